/**
 * Commands: the only way anything in the world changes. The UI, scenario scripts and tests all send these
 * plain objects, so a run is fully described by its scenario, seed and the commands with their times.
 */
import type {
  ActionSpec,
  Algorithm,
  AppBehaviour,
  ClusterSpec,
  ConditionSpec,
  DeploymentConfigurationSpec,
  ListenerRuleSpec,
  ListenerSpec,
  PlacementConstraintSpec,
  PlacementStrategySpec,
  ServiceSpec,
  TargetGroupHealthCheckSpec,
  TargetGroupSpec,
  TaskDefinitionSpec,
  TrafficMixEntry,
} from './spec';

export interface RequestCommand {
  readonly do: 'request';
  readonly method?: string;
  readonly host?: string;
  readonly path?: string;
  readonly query?: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly sourceIp?: string;
  readonly listenerPort?: number;
}

export interface CrashTaskCommand { readonly do: 'crashTask'; readonly task: string }
export interface FailHealthChecksCommand {
  readonly do: 'failHealthChecks';
  readonly task: string;
  /** Status the app answers its health-check paths with; default 500 (MC18). */
  readonly status?: number;
  /** No answer at all: the check times out. */
  readonly timeout?: boolean;
  /** Fail the container health check instead of the target group's. */
  readonly container?: boolean;
}
export interface RecoverTaskCommand { readonly do: 'recoverTask'; readonly task: string }
export interface StopTaskCommand { readonly do: 'stopTask'; readonly task: string }
export interface SlowTaskCommand { readonly do: 'slowTask'; readonly task: string; readonly latencyMs?: number }
export interface SetDesiredCountCommand { readonly do: 'setDesiredCount'; readonly service: string; readonly count: number }
export interface SetTrafficCommand {
  readonly do: 'setTraffic';
  readonly rate?: number;
  readonly mix?: readonly TrafficMixEntry[];
}
/** A new revision of the service's task definition (image on the load-balanced container, app settings) and the service updated to it. */
export type DeployCommand = {
  readonly do: 'deploy';
  readonly service: string;
  readonly image?: string;
} & Partial<Omit<AppBehaviour, 'responses'>> & { readonly responses?: AppBehaviour['responses'] };
export interface ForceNewDeploymentCommand { readonly do: 'forceNewDeployment'; readonly service: string }

/** EC2: a container instance goes DRAINING; its tasks are replaced elsewhere, then stopped. */
export interface DrainInstanceCommand { readonly do: 'drainInstance'; readonly instance: string }
/** EC2: the instance stops; its tasks stop at once ("Host EC2 (instance i-...) stopped/terminated."). */
export interface StopInstanceCommand { readonly do: 'stopInstance'; readonly instance: string }
/** EC2: drain the instance and deregister it once its last task has stopped. */
export interface RemoveInstanceCommand { readonly do: 'removeInstance'; readonly instance: string }
/** EC2: register new container instances in the cluster (default 1, of the cluster's first instance type). */
export interface AddInstancesCommand {
  readonly do: 'addInstances';
  readonly cluster: string;
  readonly count?: number;
  readonly instanceType?: string;
}

/*
 * Edits: the world's structure, one command per AWS API call a console click would make (CreateService,
 * ModifyTargetGroup, CreateRule, ...). Whole resources are given in the spec's own shape, so a command replays
 * without the loader; the sandbox validates them with the loader's validators before dispatching.
 */
export interface CreateClusterCommand { readonly do: 'createCluster'; readonly cluster: ClusterSpec }
export interface DeleteClusterCommand { readonly do: 'deleteCluster'; readonly cluster: string }
/** A task definition revision; its `id` is new, its revision the family's next one (fact 1). */
export interface RegisterTaskDefinitionCommand { readonly do: 'registerTaskDefinition'; readonly taskDefinition: TaskDefinitionSpec }
/** INACTIVE: no new service may use it; tasks already running from it go on. */
export interface DeregisterTaskDefinitionCommand { readonly do: 'deregisterTaskDefinition'; readonly taskDefinition: string }
export interface CreateServiceCommand { readonly do: 'createService'; readonly service: ServiceSpec }
/** UpdateService: a new task definition (or forceNewDeployment) starts a rolling deployment; the rest applies at once. */
export interface UpdateServiceCommand {
  readonly do: 'updateService';
  readonly service: string;
  readonly desiredCount?: number;
  /** ID of a registered task definition. */
  readonly taskDefinition?: string;
  readonly healthCheckGracePeriodSeconds?: number;
  readonly deployment?: DeploymentConfigurationSpec;
  readonly placementStrategies?: readonly PlacementStrategySpec[];
  readonly placementConstraints?: readonly PlacementConstraintSpec[];
  readonly forceNewDeployment?: boolean;
}
/** DeleteService with force: the desired count drops to 0, the tasks drain and stop, then the service is gone. */
export interface DeleteServiceCommand { readonly do: 'deleteService'; readonly service: string }
export interface CreateTargetGroupCommand { readonly do: 'createTargetGroup'; readonly targetGroup: TargetGroupSpec }
/** ModifyTargetGroup and ModifyTargetGroupAttributes. */
export interface ModifyTargetGroupCommand {
  readonly do: 'modifyTargetGroup';
  readonly targetGroup: string;
  readonly healthCheck?: TargetGroupHealthCheckSpec;
  readonly deregistrationDelaySeconds?: number;
  readonly algorithm?: Algorithm;
}
export interface DeleteTargetGroupCommand { readonly do: 'deleteTargetGroup'; readonly targetGroup: string }
export interface CreateListenerCommand { readonly do: 'createListener'; readonly listener: ListenerSpec }
export interface ModifyListenerCommand {
  readonly do: 'modifyListener';
  readonly listener: string;
  readonly port?: number;
  readonly protocol?: 'HTTP' | 'HTTPS';
  readonly defaultActions?: readonly ActionSpec[];
}
/** DeleteListener: its rules go with it, as in AWS. */
export interface DeleteListenerCommand { readonly do: 'deleteListener'; readonly listener: string }
export interface CreateRuleCommand { readonly do: 'createRule'; readonly rule: ListenerRuleSpec }
/** ModifyRule (conditions, actions) and SetRulePriorities (priority). */
export interface ModifyRuleCommand {
  readonly do: 'modifyRule';
  readonly rule: string;
  readonly priority?: number;
  readonly conditions?: readonly ConditionSpec[];
  readonly actions?: readonly ActionSpec[];
}
export interface DeleteRuleCommand { readonly do: 'deleteRule'; readonly rule: string }

export type EditCommand =
  | CreateClusterCommand
  | DeleteClusterCommand
  | RegisterTaskDefinitionCommand
  | DeregisterTaskDefinitionCommand
  | CreateServiceCommand
  | UpdateServiceCommand
  | DeleteServiceCommand
  | CreateTargetGroupCommand
  | ModifyTargetGroupCommand
  | DeleteTargetGroupCommand
  | CreateListenerCommand
  | ModifyListenerCommand
  | DeleteListenerCommand
  | CreateRuleCommand
  | ModifyRuleCommand
  | DeleteRuleCommand;

export const EDIT_COMMAND_NAMES: readonly EditCommand['do'][] = [
  'createCluster',
  'deleteCluster',
  'registerTaskDefinition',
  'deregisterTaskDefinition',
  'createService',
  'updateService',
  'deleteService',
  'createTargetGroup',
  'modifyTargetGroup',
  'deleteTargetGroup',
  'createListener',
  'modifyListener',
  'deleteListener',
  'createRule',
  'modifyRule',
  'deleteRule',
];

export function isEditCommand(command: Command): command is EditCommand {
  return (EDIT_COMMAND_NAMES as readonly string[]).includes(command.do);
}

export type Command =
  | EditCommand
  | RequestCommand
  | CrashTaskCommand
  | FailHealthChecksCommand
  | RecoverTaskCommand
  | StopTaskCommand
  | SlowTaskCommand
  | SetDesiredCountCommand
  | SetTrafficCommand
  | DeployCommand
  | ForceNewDeploymentCommand
  | DrainInstanceCommand
  | StopInstanceCommand
  | RemoveInstanceCommand
  | AddInstancesCommand;

export type CommandName = Command['do'];

export const COMMAND_NAMES: readonly CommandName[] = [
  'request',
  'crashTask',
  'failHealthChecks',
  'recoverTask',
  'stopTask',
  'slowTask',
  'setDesiredCount',
  'setTraffic',
  'deploy',
  'forceNewDeployment',
  'drainInstance',
  'stopInstance',
  'removeInstance',
  'addInstances',
  ...EDIT_COMMAND_NAMES,
];
