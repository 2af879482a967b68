/**
 * Sizes of the stage's boxes, in rem so presenter mode (a larger root font) grows boxes and text together. Two
 * variants: left to right (the way a request travels) and top to bottom for narrow screens.
 */
export type Direction = 'LR' | 'TB';

export interface Box {
  readonly w: number;
  readonly h: number;
}

export interface Geometry {
  readonly direction: Direction;
  /** Space between the columns (LR) or rows (TB) of the picture. */
  readonly flowGap: number;
  /** Space between stacked blocks of one kind (two load balancers, two target groups). */
  readonly stackGap: number;
  readonly pad: number;
  readonly header: number;
  readonly audience: Box;
  readonly door: Box;
  /** LR: gap between a door and its rules. TB: how far rules are indented under their door. */
  readonly doorGap: number;
  readonly rule: Box;
  readonly ruleGap: number;
  readonly listenerGap: number;
  readonly targetGroup: Box;
  readonly stageManager: Box;
  readonly conductor: number;
  readonly serviceHeader: number;
  /** The strip under a service's header where requests walk to their task. */
  readonly lane: number;
  readonly task: Box;
  readonly taskGap: number;
  readonly serviceGap: number;
  readonly minColumns: number;
  readonly maxColumns: number;
  /** EC2 only: the extra line on a task card naming its container instance and host port. */
  readonly placeLine: number;
  /** EC2 only: the ghost card of a service whose tasks wait "in the wings" (full width of the service). */
  readonly waiting: number;
  /** EC2 only: the band of container instances (risers) under the services, its header and one card's size. */
  readonly capacityHeader: number;
  readonly instance: Box;
  readonly instanceGap: number;
}

const LR: Geometry = {
  direction: 'LR',
  flowGap: 3.5,
  stackGap: 1,
  pad: 0.75,
  header: 2.5,
  audience: { w: 7, h: 6 },
  door: { w: 7.5, h: 4.5 },
  doorGap: 2.5,
  rule: { w: 15, h: 3.5 },
  ruleGap: 0.5,
  listenerGap: 1.25,
  targetGroup: { w: 14, h: 7.5 },
  stageManager: { w: 14, h: 4.5 },
  conductor: 3.75,
  serviceHeader: 4.25,
  lane: 0.75,
  task: { w: 9.5, h: 5.5 },
  taskGap: 0.5,
  serviceGap: 0.75,
  minColumns: 3,
  maxColumns: 12,
  placeLine: 1.1,
  waiting: 4.75,
  capacityHeader: 2.5,
  instance: { w: 9.5, h: 8.25 },
  instanceGap: 0.5,
};

const TB: Geometry = {
  direction: 'TB',
  flowGap: 3,
  stackGap: 1,
  pad: 0.75,
  header: 2.75,
  audience: { w: 17, h: 4 },
  door: { w: 18.5, h: 3.5 },
  doorGap: 1.5,
  rule: { w: 17, h: 3.75 },
  ruleGap: 0.5,
  listenerGap: 1,
  targetGroup: { w: 18.5, h: 7.5 },
  stageManager: { w: 18.5, h: 4 },
  conductor: 4,
  serviceHeader: 4.25,
  lane: 0.75,
  task: { w: 9.25, h: 5.5 },
  taskGap: 0.5,
  serviceGap: 0.75,
  minColumns: 2,
  maxColumns: 2,
  placeLine: 1.1,
  waiting: 6.5,
  capacityHeader: 2.5,
  instance: { w: 9.25, h: 8.25 },
  instanceGap: 0.5,
};

function scaleBox(box: Box, rem: number): Box {
  return { w: box.w * rem, h: box.h * rem };
}

/** The geometry in pixels for a root font size of `rem` pixels. */
export function geometryFor(direction: Direction, rem: number): Geometry {
  const g = direction === 'LR' ? LR : TB;
  return {
    ...g,
    flowGap: g.flowGap * rem,
    stackGap: g.stackGap * rem,
    pad: g.pad * rem,
    header: g.header * rem,
    audience: scaleBox(g.audience, rem),
    door: scaleBox(g.door, rem),
    doorGap: g.doorGap * rem,
    rule: scaleBox(g.rule, rem),
    ruleGap: g.ruleGap * rem,
    listenerGap: g.listenerGap * rem,
    targetGroup: scaleBox(g.targetGroup, rem),
    stageManager: scaleBox(g.stageManager, rem),
    conductor: g.conductor * rem,
    serviceHeader: g.serviceHeader * rem,
    lane: g.lane * rem,
    task: scaleBox(g.task, rem),
    taskGap: g.taskGap * rem,
    serviceGap: g.serviceGap * rem,
    placeLine: g.placeLine * rem,
    waiting: g.waiting * rem,
    capacityHeader: g.capacityHeader * rem,
    instance: scaleBox(g.instance, rem),
    instanceGap: g.instanceGap * rem,
  };
}
