/**
 * Commands: the only way anything in the world changes. The UI, scenario scripts and tests all send these
 * plain objects, so a run is fully described by its scenario, seed and the commands with their times.
 */
import type { AppBehaviour, TrafficMixEntry } from './spec';

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

export type Command =
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
];
