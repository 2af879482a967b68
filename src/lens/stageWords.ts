/** The stage's own words in both lenses, beyond the nouns of vocabulary.ts: names, counts and captions on its boxes. */
import { taskLabel, taskNumber, type ServiceNaming } from './names';
import { term, type LensWords, type Lens } from './vocabulary';

/** The four states a service drawn as one block counts its tasks by (semantic zoom). */
export type TaskCountState = 'running' | 'pending' | 'draining' | 'unhealthy';

/**
 * How a task card reads in a lens. The AWS lens heads the card with the task ID (monospace, as the console shows
 * it) and closes with the task definition and the request count; the orchestra lens heads it with the player
 * ("Violin 2") and its count, and keeps the task ID in the footer, so the two lenses always connect.
 */
export interface TaskCardLook {
  /** The card's heading. */
  readonly heading: (taskId: string, naming: ServiceNaming) => string;
  /** The heading is an ID, set in the monospace face. */
  readonly monoHeading: boolean;
  /** What the footer names: the task definition it runs, or its task ID. */
  readonly foot: 'taskDefinition' | 'taskId';
  /** Where the request count sits: beside the heading or in the footer. */
  readonly countBeside: 'heading' | 'foot';
  /** A chip (no room for words) shows this: the task's number. */
  readonly chip: (taskId: string) => string;
}

export interface StageWords {
  /** The accessible name of the load balancer's box ("Load balancer api-alb"). */
  readonly loadBalancerLabel: (name: string) => string;
  /** The accessible name of a cluster's box ("Cluster api"). */
  readonly clusterLabel: (name: string) => string;
  /** The caption of the band of container instances. */
  readonly capacityCaption: string;
  /** A deleted service still on stage while its tasks drain. */
  readonly serviceLeaving: string;
  /** "3/3 running". */
  readonly serviceRunning: string;
  /** Before a service's image: the instrument it plays, in the orchestra lens. */
  readonly imagePrefix: (instrument: string) => string;
  /** The load balancer's health checks as a character of their own: a title and a caption before their summary. */
  readonly healthChecksTitle: string;
  readonly healthChecksBy: string;
  readonly taskCard: TaskCardLook;
  /** "requests/s" on the clients' box. */
  readonly perSecond: (rate: number) => string;
  /** The per-task request count's unit. */
  readonly requestUnit: string;
  /** The words of a block's counts ("3 running"). */
  readonly blockStates: Readonly<Record<TaskCountState, string>>;
  /** Under a block: how to see its tasks. */
  readonly blockHint: string;
  /** In a service's empty room: why the room is there ("Room for 6 tasks: desired 3 × maximum 200 %"). */
  readonly room: (reach: number, desired: number, maximumPercent: number) => string;
}

const chip = (taskId: string): string => {
  const n = taskNumber(taskId);
  return n === null ? taskId : String(n);
};

const WORDS: LensWords<StageWords> = {
  aws: {
    loadBalancerLabel: (name) => `${term('aws', 'loadBalancer').one} ${name}`,
    clusterLabel: (name) => `${term('aws', 'cluster').one} ${name}`,
    capacityCaption: 'CPU and memory used / registered',
    serviceLeaving: 'DRAINING (deleted)',
    serviceRunning: 'running',
    imagePrefix: () => '',
    healthChecksTitle: term('aws', 'healthCheck').many,
    healthChecksBy: 'By the load balancer',
    taskCard: { heading: (taskId) => taskId, monoHeading: true, foot: 'taskDefinition', countBeside: 'foot', chip },
    perSecond: (rate) => `${rate} requests/s`,
    requestUnit: 'req',
    blockStates: { running: 'running', pending: 'pending', draining: 'draining', unhealthy: 'unhealthy' },
    blockHint: 'Zoom in or select to see its tasks',
    room: (reach, desired, maximum) => `Room for ${reach} tasks: desired ${desired} × maximum ${maximum} %`,
  },
  orchestra: {
    loadBalancerLabel: (name) => `${term('orchestra', 'loadBalancer').one} (${name})`,
    clusterLabel: (name) => `The ${term('orchestra', 'cluster').one.toLowerCase()} (${name})`,
    capacityCaption: 'chairs taken, CPU and memory used',
    serviceLeaving: 'leaving the stage',
    serviceRunning: 'playing',
    imagePrefix: (instrument) => `${instrument} · `,
    healthChecksTitle: 'Stage manager',
    healthChecksBy: 'Sound checks',
    taskCard: {
      heading: (taskId, naming) => taskLabel('orchestra', taskId, naming).replace(/ \(.*\)$/, ''),
      monoHeading: false,
      foot: 'taskId',
      countBeside: 'heading',
      chip,
    },
    perSecond: (rate) => `${rate} notes/s`,
    requestUnit: 'req',
    blockStates: { running: 'playing', pending: 'arriving', draining: 'leaving', unhealthy: 'out of tune' },
    blockHint: 'Zoom in or select to see its musicians',
    room: (reach, desired, maximum) => `Chairs for ${reach}: ${desired} players × maximum ${maximum} %`,
  },
};

export function stageWords(lens: Lens): StageWords {
  return WORDS[lens];
}
