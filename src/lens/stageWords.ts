/** The stage's own words in both lenses, beyond the nouns of vocabulary.ts: names, counts and captions on its boxes. */
import { term, type LensWords, type Lens } from './vocabulary';

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
}

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
  },
};

export function stageWords(lens: Lens): StageWords {
  return WORDS[lens];
}
