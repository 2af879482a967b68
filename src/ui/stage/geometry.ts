/**
 * Sizes of the stage's boxes, in rem so presenter mode (a larger root font) grows boxes and text together. The
 * smallest text on the stage is 0.75rem, so a box laid out here reads at 12 px when the stage shows it at zoom 1:
 * every size below is budgeted for that (readability.ts says which zoom is readable).
 *
 * Three variants: left to right (the way a request travels) with task cards, the same with task chips (a mark and
 * a number, for stages too small for cards), and top to bottom with cards for narrow screens.
 */
export type Direction = 'LR' | 'TB';

/** How much a task shows: a card (state words, ID, revision, requests) or a chip (its mark and number). */
export type Density = 'cards' | 'chips';

export interface Box {
  readonly w: number;
  readonly h: number;
}

export interface Geometry {
  readonly direction: Direction;
  readonly density: Density;
  /** Space between the columns (LR) or rows (TB) of the picture. */
  readonly flowGap: number;
  /** Space between stacked blocks of one kind (two load balancers, two target groups). */
  readonly stackGap: number;
  readonly pad: number;
  readonly header: number;
  /** The clients: a strip on top of the load balancer's column (LR), or a box of their own (TB). */
  readonly audience: Box;
  /** LR: room left of the load balancer's column for the edges from the clients down to the doors. */
  readonly gutter: number;
  /** A door (listener) is a row above its rules, which are indented under it by `doorGap`. */
  readonly door: Box;
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

const LR_CARDS: Geometry = {
  direction: 'LR',
  density: 'cards',
  flowGap: 2,
  stackGap: 0.75,
  pad: 0.5,
  header: 2,
  audience: { w: 15, h: 2.5 },
  gutter: 1.25,
  door: { w: 14, h: 2 },
  doorGap: 1.25,
  rule: { w: 12.25, h: 3.125 },
  ruleGap: 0.375,
  listenerGap: 0.75,
  targetGroup: { w: 11, h: 6 },
  stageManager: { w: 11, h: 4 },
  conductor: 2.375,
  serviceHeader: 2.375,
  lane: 0.375,
  task: { w: 9, h: 4.375 },
  taskGap: 0.375,
  serviceGap: 0.5,
  minColumns: 3,
  maxColumns: 12,
  placeLine: 1,
  waiting: 3.5,
  capacityHeader: 2,
  instance: { w: 9, h: 8.5 },
  instanceGap: 0.375,
};

const LR_CHIPS: Geometry = {
  ...LR_CARDS,
  density: 'chips',
  serviceHeader: 1.75,
  task: { w: 5, h: 1.75 },
  taskGap: 0.375,
  minColumns: 3,
  maxColumns: 16,
  placeLine: 0,
};

const TB_CARDS: Geometry = {
  direction: 'TB',
  density: 'cards',
  flowGap: 2.5,
  stackGap: 0.75,
  pad: 0.5,
  header: 2.25,
  audience: { w: 17, h: 3.5 },
  gutter: 0,
  door: { w: 18, h: 2.25 },
  doorGap: 1.5,
  rule: { w: 16.5, h: 3.125 },
  ruleGap: 0.375,
  listenerGap: 0.75,
  targetGroup: { w: 18.5, h: 6 },
  stageManager: { w: 18.5, h: 3.25 },
  conductor: 3,
  serviceHeader: 2.5,
  lane: 0.375,
  task: { w: 9.25, h: 4.375 },
  taskGap: 0.375,
  serviceGap: 0.5,
  minColumns: 2,
  maxColumns: 2,
  placeLine: 1,
  waiting: 5.5,
  capacityHeader: 2,
  instance: { w: 9.25, h: 8.5 },
  instanceGap: 0.375,
};

function scaleBox(box: Box, rem: number): Box {
  return { w: box.w * rem, h: box.h * rem };
}

function variant(direction: Direction, density: Density): Geometry {
  if (direction === 'TB') return TB_CARDS;
  return density === 'chips' ? LR_CHIPS : LR_CARDS;
}

/** The geometry in pixels for a root font size of `rem` pixels. Top to bottom has cards only. */
export function geometryFor(direction: Direction, rem: number, density: Density = 'cards'): Geometry {
  const g = variant(direction, density);
  return {
    ...g,
    flowGap: g.flowGap * rem,
    stackGap: g.stackGap * rem,
    pad: g.pad * rem,
    header: g.header * rem,
    audience: scaleBox(g.audience, rem),
    gutter: g.gutter * rem,
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
