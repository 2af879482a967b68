/**
 * The two lenses' words. Every label, tooltip and narration line reads its nouns from here, so one switch turns
 * the whole stage from AWS terms to orchestra terms (teaching.md §5). Task IDs, lastStatus words and control names
 * never change with the lens: they are how a learner connects the two.
 */

export type Lens = 'aws' | 'orchestra';

export const LENSES: readonly Lens[] = ['aws', 'orchestra'];

/** The lens the header's "Orchestra lens" switch turns on; off is AWS. */
export const SWITCHED_LENS: Lens = 'orchestra';

/** The Tables view reads as the console and the CLI do, in AWS's words, whichever lens the stage is in. */
export const TABLES_LENS: Lens = 'aws';

/**
 * Words (or anything else) for both lenses. A table of this type that leaves out a word in either lens does not
 * compile, so the UI asks for words by lens and never chooses between two spellings itself.
 */
export type LensWords<T> = { readonly [L in Lens]: T };

export interface Term {
  /** Singular noun, sentence case ("Target group", "Call sheet"). */
  readonly one: string;
  /** Plural noun. */
  readonly many: string;
  /** One line for tooltips and the legend. */
  readonly gloss: string;
}

export type Concept =
  | 'audience'
  | 'loadBalancer'
  | 'listener'
  | 'rule'
  | 'defaultRule'
  | 'targetGroup'
  | 'target'
  | 'healthCheck'
  | 'cluster'
  | 'instance'
  | 'unplaced'
  | 'service'
  | 'task'
  | 'taskDefinition'
  | 'image'
  | 'scheduler'
  | 'deployment'
  | 'gracePeriod'
  | 'draining'
  | 'circuitBreaker'
  | 'request';

const AWS: Record<Concept, Term> = {
  audience: { one: 'Client', many: 'Clients', gloss: 'Clients on the internet sending HTTP requests' },
  loadBalancer: { one: 'Load balancer', many: 'Load balancers', gloss: 'The Application Load Balancer in front of the services' },
  listener: { one: 'Listener', many: 'Listeners', gloss: 'A port and protocol the load balancer accepts requests on' },
  rule: { one: 'Listener rule', many: 'Listener rules', gloss: 'Conditions and an action, evaluated in priority order; the first match wins' },
  defaultRule: { one: 'Default rule', many: 'Default rules', gloss: 'What the listener does when no rule matches' },
  targetGroup: { one: 'Target group', many: 'Target groups', gloss: 'The targets a rule can forward to, with their health checks' },
  target: { one: 'Target', many: 'Targets', gloss: 'A task registered in a target group' },
  healthCheck: { one: 'Health check', many: 'Health checks', gloss: 'The load balancer probing each target every interval' },
  cluster: { one: 'Cluster', many: 'Clusters', gloss: 'Where the services run' },
  instance: { one: 'Container instance', many: 'Container instances', gloss: 'An EC2 instance registered in the cluster, with CPU, memory and ports for tasks' },
  unplaced: { one: 'Task waiting for placement', many: 'Tasks waiting for placement', gloss: 'A task no container instance has room for; ECS says why and tries again' },
  service: { one: 'Service', many: 'Services', gloss: 'Keeps a desired count of tasks running from one task definition' },
  task: { one: 'Task', many: 'Tasks', gloss: 'A running copy of a task definition' },
  taskDefinition: { one: 'Task definition', many: 'Task definitions', gloss: 'family:revision, the immutable blueprint of a task' },
  image: { one: 'Image', many: 'Images', gloss: 'The container image a task runs' },
  scheduler: { one: 'Service scheduler', many: 'Service schedulers', gloss: 'ECS: starts, stops and replaces tasks to keep the desired count' },
  deployment: { one: 'Deployment', many: 'Deployments', gloss: 'A rollout of a task definition revision' },
  gracePeriod: { one: 'Health check grace period', many: 'Health check grace periods', gloss: 'Time after RUNNING during which ECS ignores failed health checks' },
  draining: { one: 'Deregistration delay', many: 'Deregistration delays', gloss: 'How long a deregistered target keeps serving the requests it has' },
  circuitBreaker: { one: 'Deployment circuit breaker', many: 'Deployment circuit breakers', gloss: 'Fails a deployment whose tasks keep failing, and can roll it back' },
  request: { one: 'Request', many: 'Requests', gloss: 'An HTTP request travelling through the load balancer' },
};

const ORCHESTRA: Record<Concept, Term> = {
  audience: { one: 'Audience member', many: 'Audience', gloss: 'The audience arriving for the concert (clients sending requests)' },
  loadBalancer: { one: 'Front of house', many: 'Front of house', gloss: 'Front of house seats the audience (the load balancer)' },
  listener: { one: 'Entrance door', many: 'Entrance doors', gloss: 'A door the audience comes in by (a listener: port and protocol)' },
  rule: { one: "Usher's seating rule", many: "Ushers' seating chart", gloss: 'The ushers read the seating chart top-down; the first matching line wins (listener rules)' },
  defaultRule: { one: 'Usual seating', many: 'Usual seating', gloss: 'Where the ushers send anyone no line of the chart matches (the default rule)' },
  targetGroup: { one: 'Call sheet', many: 'Call sheets', gloss: 'The players who may receive audience, with their sound checks (a target group)' },
  target: { one: 'Player on the call sheet', many: 'Players on the call sheet', gloss: 'A musician listed on a call sheet (a target)' },
  healthCheck: { one: "Stage manager's sound check", many: "Stage manager's sound checks", gloss: 'The stage manager checks each player every interval; reports only, never fires anyone (health checks)' },
  cluster: { one: 'Stage', many: 'Stages', gloss: 'Where the musicians play (the cluster)' },
  instance: { one: 'Riser', many: 'Risers', gloss: 'A riser on the stage with a number of chairs: CPU, memory and ports (a container instance)' },
  unplaced: { one: 'Musician in the wings', many: 'Musicians in the wings', gloss: 'No chair left on any riser: the musician waits in the wings (a task that cannot be placed)' },
  service: { one: 'Section', many: 'Sections', gloss: 'A section with a required head-count, like "3 violins" (a service)' },
  task: { one: 'Musician', many: 'Musicians', gloss: 'A musician performing with an instrument (a task)' },
  taskDefinition: { one: 'Sheet music', many: 'Sheet music', gloss: 'A printed edition of the part; a change is a new edition (task definition revision)' },
  image: { one: 'Instrument', many: 'Instruments', gloss: 'What each musician plays (the container image)' },
  scheduler: { one: 'Conductor', many: 'Conductors', gloss: 'Brings in substitutes and sends players off (the ECS service scheduler)' },
  deployment: { one: 'New edition rollout', many: 'New edition rollouts', gloss: 'Handing the section a new edition of the sheet music (a deployment)' },
  gracePeriod: { one: 'Tuning time', many: 'Tuning times', gloss: 'Time before sound-check reports count (the health check grace period)' },
  draining: { one: 'Finishing the piece', many: 'Finishing the piece', gloss: 'A player leaving finishes the current piece first (draining, for the deregistration delay)' },
  circuitBreaker: { one: 'Conductor reverting the edition', many: 'Conductor reverting the edition', gloss: 'After too many failed substitutes the conductor goes back to the previous edition (circuit breaker)' },
  request: { one: 'Note', many: 'Notes', gloss: 'A request, drawn as a note travelling to a player' },
};

const TABLES: LensWords<Record<Concept, Term>> = { aws: AWS, orchestra: ORCHESTRA };

export function term(lens: Lens, concept: Concept): Term {
  return TABLES[lens][concept];
}

/** What a lens draws besides its words. */
export interface LensLook {
  /** The metaphor's pictures: instruments and sheet music on the sections, risers with chairs, requests as notes. */
  readonly pictures: boolean;
  /** ECS's own words under a service event the lens retells: the console will say it AWS's way. */
  readonly quotesServiceEvents: boolean;
}

const LOOKS: LensWords<LensLook> = {
  aws: { pictures: false, quotesServiceEvents: false },
  orchestra: { pictures: true, quotesServiceEvents: true },
};

export function lensLook(lens: Lens): LensLook {
  return LOOKS[lens];
}

/** Every concept in the order a request meets it: the legend's rows. */
export const LEGEND_ORDER: readonly Concept[] = [
  'audience',
  'loadBalancer',
  'listener',
  'rule',
  'defaultRule',
  'targetGroup',
  'healthCheck',
  'cluster',
  'instance',
  'unplaced',
  'scheduler',
  'service',
  'task',
  'taskDefinition',
  'image',
  'gracePeriod',
  'draining',
  'circuitBreaker',
  'request',
];

/** Instruments the orchestra lens gives to services that do not name one, in service order. */
export const INSTRUMENTS = ['violin', 'saxophone', 'cello', 'trumpet', 'drum', 'microphone'] as const;
export type Instrument = (typeof INSTRUMENTS)[number];

export function instrumentFor(declared: string | null, serviceIndex: number): Instrument {
  const known = INSTRUMENTS.find((i) => i === declared);
  return known ?? INSTRUMENTS[serviceIndex % INSTRUMENTS.length]!;
}

/** Target and task states in plain words per lens; the AWS word itself is always shown beside them. */
export const TARGET_STATE_WORDS: LensWords<Record<string, string>> = {
  aws: {
    initial: 'initial',
    healthy: 'healthy',
    unhealthy: 'unhealthy',
    draining: 'draining',
    unused: 'unused',
  },
  orchestra: {
    initial: 'being sound-checked',
    healthy: 'in tune',
    unhealthy: 'out of tune',
    draining: 'finishing the piece',
    unused: 'off the call sheet',
  },
};
