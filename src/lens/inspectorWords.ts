/**
 * The words of the side panels (the inspector and the rule tester) in both lenses. Headings and explanations change
 * with the lens; CloudFormation names, state words and control names stay AWS's in both.
 */
import { term, type LensWords, type Lens } from './vocabulary';

export interface HealthCheckCounts {
  readonly healthyThreshold: number;
  readonly unhealthyThreshold: number;
  readonly intervalSeconds: number;
}

export interface InspectorWords {
  /** Load balancer: its request count, and its listeners. */
  readonly loadBalancerRequests: string;
  readonly listenersHeading: string;
  /** Clients: "Sending 20 requests per second". */
  readonly trafficSending: string;
  readonly trafficMixHeading: string;
  /** Listener: its rules, in the order they are read. */
  readonly ruleOrderHeading: string;
  /** Rule: "Matches <conditions>, then <action>." and its request count. */
  readonly ruleMatches: string;
  readonly ruleRequests: string;
  /** The rule tester: the rules it walked through. */
  readonly ruleTraceHeading: string;
  /** Target group: how many checks in a row turn a target healthy or unhealthy, and who acts on it. */
  readonly healthThresholds: (hc: HealthCheckCounts) => string;
  readonly registeredTargetsHeading: string;
  /** Cluster: its services. */
  readonly servicesHeading: string;
  /** Service: the scheduler's bounds, its events and its tasks. */
  readonly schedulerArithmeticHeading: string;
  readonly schedulerBounds: (lower: number, upper: number) => string;
  readonly serviceEventsTitle: string;
  readonly tasksHeading: string;
  /** The scheduler itself: what it does, and its table's first column. */
  readonly schedulerExplained: readonly string[];
  readonly schedulerServiceColumn: string;
  /** Task: the fault buttons, its request count, its lastStatus history and its target health. */
  readonly taskControlsHeading: string;
  readonly requestsServed: string;
  readonly statusHistoryHeading: string;
  readonly targetHealthTitle: string;
  /** Container instance: where it is registered, what DRAINING means, its actions, capacity and tasks. */
  readonly instanceRegisteredIn: string;
  readonly instanceDraining: string;
  readonly instanceActionsHeading: string;
  /** After removeInstance: it deregisters once its last task has stopped. */
  readonly instanceRemovingName: string;
  readonly instanceRemoving: string;
  readonly capacityHeading: string;
  readonly noTasksOnInstance: string;
}

const WORDS: LensWords<InspectorWords> = {
  aws: {
    loadBalancerRequests: 'Requests',
    listenersHeading: 'Listeners',
    trafficSending: 'Sending',
    trafficMixHeading: 'Traffic mix',
    ruleOrderHeading: 'Rules in evaluation order',
    ruleMatches: 'Matches',
    ruleRequests: 'Requests matched',
    ruleTraceHeading: `${term('aws', 'rule').many} in evaluation order`,
    healthThresholds: (hc) =>
      `A new target needs ${hc.healthyThreshold} passed checks ${hc.intervalSeconds} s apart (${hc.healthyThreshold * hc.intervalSeconds} s) to be healthy; ${hc.unhealthyThreshold} failed checks (${hc.unhealthyThreshold * hc.intervalSeconds} s) make it unhealthy. ECS, not the load balancer, replaces tasks.`,
    registeredTargetsHeading: 'Registered targets',
    servicesHeading: 'Services',
    schedulerArithmeticHeading: "The scheduler's arithmetic",
    schedulerBounds: (lower, upper) => `During a deployment ECS keeps at least ${lower} tasks healthy and runs at most ${upper} tasks.`,
    serviceEventsTitle: 'Service events',
    tasksHeading: 'Tasks',
    schedulerExplained: [
      'The ECS service scheduler keeps each service at its desired count: when a task stops, it starts a replacement.',
      'It stops tasks that the load balancer reports unhealthy (after the health check grace period) and replaces them; the load balancer itself only reports.',
      'During a deployment it keeps at least L tasks healthy and at most U running, where L and U come from the deployment configuration.',
    ],
    schedulerServiceColumn: 'Service',
    taskControlsHeading: 'Fault injection',
    requestsServed: 'Requests served',
    statusHistoryHeading: 'lastStatus history',
    targetHealthTitle: 'Target health',
    instanceRegisteredIn: 'Registered in',
    instanceDraining: 'ECS places no new task here; it starts replacements elsewhere, then stops the tasks on this instance.',
    instanceActionsHeading: 'Instance actions',
    instanceRemovingName: 'Being removed',
    instanceRemoving: 'Once its last task has stopped, ECS deregisters this container instance.',
    capacityHeading: 'Capacity',
    noTasksOnInstance: 'No tasks on this instance.',
  },
  orchestra: {
    loadBalancerRequests: 'Audience seated',
    listenersHeading: 'Entrance doors',
    trafficSending: 'Arriving at',
    trafficMixHeading: 'What the audience asks for',
    ruleOrderHeading: "The ushers' seating chart, read top-down",
    ruleMatches: 'Seats',
    ruleRequests: 'Audience seated',
    ruleTraceHeading: `${term('orchestra', 'rule').many}, read top-down`,
    healthThresholds: (hc) =>
      `A new player needs ${hc.healthyThreshold} good sound checks ${hc.intervalSeconds} s apart (${hc.healthyThreshold * hc.intervalSeconds} s) to be in tune; ${hc.unhealthyThreshold} bad ones (${hc.unhealthyThreshold * hc.intervalSeconds} s) make them out of tune. The stage manager only reports.`,
    registeredTargetsHeading: 'On the call sheet',
    servicesHeading: 'Sections',
    schedulerArithmeticHeading: "The conductor's arithmetic",
    schedulerBounds: (lower, upper) => `While swapping players the conductor keeps at least ${lower} in tune and never has more than ${upper} on stage.`,
    serviceEventsTitle: "The conductor's notes (service events)",
    tasksHeading: 'Players',
    schedulerExplained: [
      'The conductor keeps each section at its head-count: when a player leaves, a substitute walks on.',
      "The conductor sends off players the stage manager's sound check reports out of tune (after their tuning time). The conductor never runs sound checks; the stage manager never sends anyone off.",
      'When the section gets a new edition, the conductor keeps at least L players in tune and never more than U on stage.',
    ],
    schedulerServiceColumn: 'Section',
    taskControlsHeading: 'Stage directions',
    requestsServed: 'Notes played',
    statusHistoryHeading: 'On stage, step by step (lastStatus)',
    targetHealthTitle: "Stage manager's sound checks (target health)",
    instanceRegisteredIn: 'A riser on',
    instanceDraining: 'No new player takes a chair here; the conductor seats substitutes elsewhere, then sends these players off.',
    instanceActionsHeading: 'Stage directions',
    instanceRemovingName: 'Riser being taken away',
    instanceRemoving: 'Once its last player has left, the riser is taken off the stage.',
    capacityHeading: 'Chairs taken and free',
    noTasksOnInstance: 'No players on this riser.',
  },
};

export function inspectorWords(lens: Lens): InspectorWords {
  return WORDS[lens];
}
