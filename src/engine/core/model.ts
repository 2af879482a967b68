/**
 * The engine's live records. Mutable and private to src/engine: views get plain copies through snapshots.
 * Records point at each other directly (not by id) because the request hot path follows these links millions of
 * times per second.
 */
import type { ArrivalRefusal } from '../alb/arrivalRefusal';
import type { CompiledWildcard } from '../alb/wildcard';
import type { WeightedPicker } from '../alb/weightedPick';
import type { RoutableRequest } from '../alb/request';
import type {
  StopCode,
  TargetReason,
  TargetState,
  TaskDesiredStatus,
  TaskHealthStatus,
  TaskLastStatus,
} from '../events';
import type { DeploymentStatus, MarkReason, RolloutState } from '../snapshot';
import type { MarkEntry, OlderEntry, ServiceTally } from '../services/serviceTally';
import type {
  ActionSpec,
  AppBehaviour,
  ClusterSpec,
  ContainerInstanceSpec,
  ContainerSpec,
  ListenerRuleSpec,
  ListenerSpec,
  LoadBalancerSpec,
  ServiceSpec,
  TargetGroupSpec,
  TaskDefinitionSpec,
} from '../spec';

export interface TaskDefRec {
  readonly spec: TaskDefinitionSpec;
  /** family:revision */
  readonly key: string;
  readonly app: AppBehaviour;
  /** The app's `responses`, compiled once. */
  readonly responseMatchers: readonly { readonly matcher: CompiledWildcard; readonly status: number }[];
  /** The container with the container health check, if any (the essential one first). */
  readonly checkedContainer: ContainerSpec | null;
  /**
   * The containers whose health makes the task's: every essential container with a health check (else the first
   * container with one). The task is UNHEALTHY if any is, else UNKNOWN if any is, else HEALTHY.
   */
  readonly checkedContainers: readonly ContainerSpec[];
  readonly image: string;
}

export interface DeploymentRec {
  readonly id: string;
  readonly taskDef: TaskDefRec;
  status: DeploymentStatus;
  rolloutState: RolloutState;
  failedTasks: number;
  readonly createdAt: number;
  stuckReported: boolean;
  /** Its tasks not yet STOPPED, those whose desiredStatus is RUNNING, and those of them not marked (serviceTally.ts). */
  active: number;
  runningDesired: number;
  usable: number;
}

export interface TaskFaultState {
  hcStatus: number | null;
  hcTimeout: boolean;
  containerFail: boolean;
  extraLatencyMs: number;
  /** refuseConnections: the app accepts no new connections (MC33). */
  refusesConnections: boolean;
}

export type InstanceStatus = 'ACTIVE' | 'DRAINING' | 'INACTIVE';

/** An EC2 container instance: what it registered, what its tasks reserve, which host ports they hold. */
export interface InstanceRec {
  readonly spec: ContainerInstanceSpec;
  readonly cluster: ClusterRec;
  /** Registration order in the cluster, the last tie-break of placement. */
  readonly order: number;
  readonly privateIp: string;
  status: InstanceStatus;
  cpuFree: number;
  memoryFree: number;
  readonly ports: Set<number>;
  readonly tasks: Set<TaskRec>;
  /** How many of `tasks` each service has, for placement's spread by instance. */
  readonly tasksByService: Map<ServiceRec, number>;
  /** Deregister once its last task has stopped (removeInstance). */
  removeWhenEmpty: boolean;
}

export interface ClusterRec {
  readonly spec: ClusterSpec;
  /** Registered instances (ACTIVE or DRAINING), registration order. */
  instances: InstanceRec[];
  instancesEver: number;
  readonly services: ServiceRec[];
}

/** Where a task was placed and what it holds there (from placement until STOPPED). */
export interface Placement {
  readonly instance: InstanceRec;
  readonly cpu: number;
  readonly memory: number;
  /** Container port -> host port, for bridge and host network modes. */
  readonly hostPorts: ReadonlyMap<number, number>;
}

export interface TaskRec {
  readonly id: string;
  readonly service: ServiceRec;
  /** The service's launch count that named it: its place in `service.tasks`, which is in launch order. */
  readonly launchNo: number;
  /** EC2 tasks only; null on Fargate. */
  readonly placement: Placement | null;
  readonly deployment: DeploymentRec;
  readonly taskDef: TaskDefRec;
  readonly az: string;
  readonly ip: string;
  /** Scheduler pass that launched it, for the launch throttle's per-batch count. */
  readonly batch: number;
  lastStatus: TaskLastStatus;
  desiredStatus: TaskDesiredStatus;
  healthStatus: TaskHealthStatus;
  readonly launchedAt: number;
  runningAt: number | null;
  stoppingAt: number | null;
  stoppedAt: number | null;
  stopCode: StopCode | null;
  stoppedReason: string | null;
  /** Bumped on every lifecycle change, so phase events scheduled earlier can tell they are stale. */
  phaseToken: number;
  crashed: boolean;
  /**
   * From when its app answers connections (simulated ms): RUNNING's time plus the app's startupSeconds, Infinity
   * while it is not RUNNING or has crashed. Kept with lastStatus (setStatus) so a request asks one question.
   */
  answersFrom: number;
  everHealthy: boolean;
  /** Counted healthy by the scheduler right now (MC6). */
  healthy: boolean;
  /** What ECS marked it for replacement for (MC6), or null while it is not marked. */
  mark: MarkReason | null;
  markedAt: number;
  /** The stoppedReason its stop will carry, in ECS's words (set with `mark`). */
  markStoppedReason: string | null;
  /** The grace period has ended (or there is none) since the task reached RUNNING. */
  graceOver: boolean;
  readonly faults: TaskFaultState;
  readonly targets: TargetRec[];
  requestsServed: number;
  inFlight: number;
  /** Load on a task (MC26): requestsServed when the current minute began, and the most in flight during it. */
  servedAtMinute: number;
  peakInFlight: number;
  /** Task scale-in protection (fact 68): protected until this time (ms); 0 when not protected. */
  protectedUntil: number;
  /** Per checked container (TaskDefRec.checkedContainers): its consecutive failures, health, and next check time. */
  readonly containerChecks: { failRun: number; health: TaskHealthStatus; nextAt: number }[];
  readonly statusHistory: { status: TaskLastStatus; at: number }[];
  /**
   * Placed by a warm start: RUNNING since before the clock started, so every wait that counts from RUNNING (the
   * app's startup, the container check's start period, a plain task's 40 s, the grace period) is already over.
   */
  readonly warm: boolean;
  /** What its service's tally counts it as now (serviceTally.ts), and the tokens of its queue entries there. */
  tallied: number;
  markEntry: MarkEntry | null;
  olderEntry: OlderEntry | null;
}

export interface TargetRec {
  readonly tg: TargetGroupRec;
  readonly task: TaskRec;
  /** The port the group sends to: the container port for ip targets, the host port for instance targets. */
  readonly port: number;
  /** Instance targets register as instance-id:host-port; null for ip targets. */
  readonly instance: string | null;
  /** Registration order inside the group, for round robin (MC3, MC15). */
  readonly regSeq: number;
  readonly registeredAt: number;
  state: TargetState;
  reason: TargetReason | null;
  description: string | null;
  /** Bumped when checks must stop (draining), so scheduled checks can tell they are stale. */
  checkGen: number;
  okRun: number;
  failRun: number;
  drainingEndsAt: number | null;
  /** Head of the intrusive list of in-flight request slots, or -1. */
  inFlightHead: number;
  inFlight: number;
  requests: number;
  readonly history: { state: TargetState; reason: TargetReason | null; at: number }[];
  /** When its slow start began (MC31), or -1 when it is not in slow start. */
  slowStartFrom: number;
  /** Slow start's share so far: each pass of the round robin adds the target's weight; a whole one is a pick. */
  slowStartCredit: number;
}

/** A client's sticky choice (MC32): the target or group it keeps until `until` (simulated ms). */
export interface StickyEntry<T> {
  readonly to: T;
  readonly until: number;
}

export interface TargetGroupRec {
  /** Replaced by ModifyTargetGroup; checks and draining read it when they happen. */
  spec: TargetGroupSpec;
  readonly index: number;
  /** Registered targets (not yet unused), in registration order. */
  readonly targets: TargetRec[];
  nextRegSeq: number;
  /** regSeq of the target picked last; round robin continues after it (MC15). */
  lastPickedSeq: number;
  /** Where that target sat in `targets`, a hint that saves a scan. */
  lastPickedIndex: number;
  healthyCount: number;
  unhealthyCount: number;
  drainingCount: number;
  requests: number;
  /** Used by at least one listener action. */
  inUse: boolean;
  /** Client identity -> the target its stickiness cookie names (MC32); null while stickiness is off. */
  sticky: Map<string, StickyEntry<TargetRec>> | null;
}

export interface ActionRec {
  readonly spec: ActionSpec;
  /** Forward actions: the groups, and the weighted picker when there are several (its peek is the rule tester's). */
  readonly groups: readonly TargetGroupRec[];
  readonly weighted: WeightedPicker | null;
  /** A forward to exactly one group: that group (the request path's common case), else null. */
  readonly only: TargetGroupRec | null;
  /** Target-group stickiness of a weighted forward: client identity -> the group's index (MC32); null when off. */
  readonly groupSticky: Map<string, StickyEntry<number>> | null;
}

export interface RuleRec {
  spec: ListenerRuleSpec | null;
  priority: number | 'default';
  readonly action: ActionRec;
  requests: number;
}

export interface ListenerRec {
  readonly spec: ListenerSpec;
  readonly lb: LoadBalancerSpec;
  /** Evaluation order: rules by priority, then the default rule. */
  readonly rules: readonly RuleRec[];
  /** Index into `rules` of the first matching rule (the default when none matches). */
  readonly route: (req: RoutableRequest) => number;
}

export interface ServiceRec {
  /** Replaced by UpdateService (grace period, deployment configuration, placement). */
  spec: ServiceSpec;
  /** DeleteService: scaled to 0 and draining; gone from the world once its last task has stopped. */
  deleted: boolean;
  readonly index: number;
  readonly name: string;
  readonly cluster: ClusterRec;
  /** Tasks need a container instance (launch type EC2). */
  readonly onEc2: boolean;
  /** The last "unable to place a task" message, so it is not repeated until the cause changes. */
  placementFailure: string | null;
  desiredCount: number;
  /** Newest first; the first is PRIMARY. INACTIVE ones are dropped. */
  deployments: DeploymentRec[];
  lastCompleted: DeploymentRec | null;
  readonly targetGroups: readonly TargetGroupRec[];
  /** Tasks not yet STOPPED plus the recently stopped, launch order. */
  tasks: TaskRec[];
  launches: number;
  started: number;
  stopped: number;
  steady: boolean;
  throttleLevel: number;
  throttleUntil: number;
  throttledBatches: Set<number>;
  /** Something changed that the scheduler should look at; set through markDirty (engineState.ts) only. */
  dirty: boolean;
  /** Waiting in the engine's dirtyServices. */
  queued: boolean;
  /** Its tasks counted by state, kept as they change, so a scheduler pass need not walk them (serviceTally.ts). */
  readonly tally: ServiceTally;
  /** Fact 69's message was said and still holds (scaling/protection.ts). */
  protectionReported: boolean;
}

/** One kind of request (a traffic-mix entry or a scripted request), with its routing decision cached. */
export interface RequestShape extends RoutableRequest {
  readonly listenerPort: number;
  readonly listener: ListenerRec | null;
  /** Rule index from listener.route, computed once (rules do not change while a shape lives). */
  readonly ruleIndex: number;
  /** Answered by the load balancer at arrival regardless of targets (405 for TRACE, 463), or 0. */
  readonly refusal: ArrivalRefusal;
  /** request.completed's reason for the refusal ('' when there is none). */
  readonly refusalReason: string;
  readonly weight: number;
  /** The client identity the request carries (its cookies, MC32), or null: a new client every time. */
  readonly client: string | null;
  /** Cache of the app's answer for this path: valid while `appCacheFor` is the same task definition. */
  appCacheFor: TaskDefRec | null;
  appCacheStatus: number;
  /** A redirect's Location for this shape, built once. */
  locationCache: string | null;
}
