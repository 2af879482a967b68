/**
 * A task definition as the form holds it: one container (the load-balanced one when revising), its image split
 * into repository and tag, task-level size, the container health check and how the simulated app behaves. It
 * becomes a RegisterTaskDefinition of the family's next revision; every other container and setting is kept.
 */
import { DEFAULT_APP, nextRevision, revisionLogicalId, type Command, type ContainerSpec, type NetworkMode, type RegisterTaskDefinitionCommand, type ScenarioSpec, type ServiceSpec, type TaskDefinitionSpec } from '../../../engine';
import { wholeNumber, type DraftResult } from '../form/draft';
import { logicalIdFor, nameProblem } from './ids';
import { appDraft, appFromDraft, type AppDraft } from './appDraft';

export type Compatibility = 'FARGATE' | 'EC2';

export interface HealthCheckDraft {
  readonly enabled: boolean;
  /** CMD-SHELL form as typed, e.g. "curl -f http://localhost:8080/health || exit 1". */
  readonly command: string;
  readonly interval: string;
  readonly timeout: string;
  readonly retries: string;
  readonly startPeriod: string;
}

export interface TaskDefinitionDraft {
  readonly family: string;
  readonly containerName: string;
  readonly repository: string;
  readonly tag: string;
  readonly containerPort: string;
  /** Bridge and host only; empty in bridge mode means a dynamic host port. */
  readonly hostPort: string;
  readonly networkMode: NetworkMode;
  readonly compatibility: Compatibility;
  readonly cpu: string;
  readonly memory: string;
  readonly healthCheck: HealthCheckDraft;
  readonly app: AppDraft;
}

/** "repo/name:tag" → ["repo/name", "tag"]; a colon in a registry's port is not a tag. */
export function splitImage(image: string): { repository: string; tag: string } {
  const at = image.lastIndexOf(':');
  if (at < 0 || at < image.lastIndexOf('/')) return { repository: image, tag: '' };
  return { repository: image.slice(0, at), tag: image.slice(at + 1) };
}

const NO_HEALTH_CHECK: HealthCheckDraft = { enabled: false, command: '', interval: '30', timeout: '5', retries: '3', startPeriod: '0' };

function healthCheckDraft(container: ContainerSpec | undefined): HealthCheckDraft {
  const check = container?.healthCheck;
  if (!check) return NO_HEALTH_CHECK;
  const command = check.command[0] === 'CMD-SHELL' ? check.command.slice(1).join(' ') : check.command.join(' ');
  return { enabled: true, command, interval: String(check.intervalSeconds), timeout: String(check.timeoutSeconds), retries: String(check.retries), startPeriod: String(check.startPeriodSeconds) };
}

/** The container a form edits: the one the service's load balancer sends to, else the first. */
export function editedContainer(td: TaskDefinitionSpec, service?: ServiceSpec): ContainerSpec | undefined {
  const bound = service?.loadBalancers.find((lb) => td.containers.some((c) => c.name === lb.containerName))?.containerName;
  return td.containers.find((c) => c.name === bound) ?? td.containers[0];
}

export function taskDefinitionDraft(td: TaskDefinitionSpec, service?: ServiceSpec): TaskDefinitionDraft {
  const container = editedContainer(td, service);
  const port = container?.portMappings[0];
  return {
    family: td.family,
    containerName: container?.name ?? td.family,
    ...splitImage(container?.image ?? ''),
    containerPort: String(port?.containerPort ?? ''),
    hostPort: port?.hostPort === null || port === undefined ? '' : String(port.hostPort),
    networkMode: td.networkMode,
    compatibility: td.requiresCompatibilities.includes('FARGATE') ? 'FARGATE' : 'EC2',
    cpu: td.cpu === null ? '' : String(td.cpu),
    memory: td.memory === null ? '' : String(td.memory),
    healthCheck: healthCheckDraft(container),
    app: appDraft(td.app),
  };
}

/** RegisterTaskDefinition's starting point for a new family: a Fargate web app on 8080 at the smallest size. */
export function newTaskDefinitionDraft(): TaskDefinitionDraft {
  return {
    family: '',
    containerName: 'app',
    repository: 'public.ecr.aws/orchestra/app',
    tag: '1.0.0',
    containerPort: '8080',
    hostPort: '',
    networkMode: 'awsvpc',
    compatibility: 'FARGATE',
    cpu: '256',
    memory: '512',
    healthCheck: NO_HEALTH_CHECK,
    app: appDraft(DEFAULT_APP),
  };
}

function healthCheckFromDraft(draft: HealthCheckDraft, errors: Record<string, string>): ContainerSpec['healthCheck'] {
  if (!draft.enabled) return null;
  if (draft.command.trim() === '') errors['healthCheck.command'] = 'Enter the command the container runs to check itself.';
  const numbers = (['interval', 'timeout', 'retries', 'startPeriod'] as const).map((field) => {
    const value = wholeNumber(draft[field]);
    if (value === null) errors[`healthCheck.${field}`] = 'Enter a whole number.';
    return value ?? 0;
  });
  const [intervalSeconds = 0, timeoutSeconds = 0, retries = 0, startPeriodSeconds = 0] = numbers;
  return { command: ['CMD-SHELL', draft.command.trim()], intervalSeconds, timeoutSeconds, retries, startPeriodSeconds };
}

/** Task-level size: empty means not set (EC2 may size by container instead; Fargate's validator says it must be set). */
function optionalWhole(text: string, field: string, errors: Record<string, string>): number | null {
  if (text.trim() === '') return null;
  const value = wholeNumber(text);
  if (value === null) errors[field] = 'Enter a whole number, or leave it empty.';
  return value;
}

/**
 * The task definition the draft registers: `base` (the revision being revised) supplies what the form does not
 * show; a new family starts from a single essential container.
 */
export function taskDefinitionFromDraft(world: ScenarioSpec, draft: TaskDefinitionDraft, base: TaskDefinitionSpec | null, service?: ServiceSpec): DraftResult<TaskDefinitionSpec> {
  const errors: Record<string, string> = {};
  const family = draft.family.trim();
  const familyProblem = nameProblem('family', family);
  if (familyProblem) errors.family = familyProblem;
  const containerName = draft.containerName.trim();
  if (containerName === '') errors.containerName = 'Enter a container name.';
  if (draft.repository.trim() === '') errors.repository = 'Enter the image repository.';
  const containerPort = wholeNumber(draft.containerPort);
  if (containerPort === null) errors.containerPort = 'Enter the port the app listens on, a whole number.';
  // awsvpc has no host port to choose: it is the container port (fact 7).
  const hostPort = draft.networkMode === 'awsvpc' ? null : optionalWhole(draft.hostPort, 'hostPort', errors);
  const cpu = optionalWhole(draft.cpu, 'cpu', errors);
  const memory = optionalWhole(draft.memory, 'memory', errors);
  const healthCheck = healthCheckFromDraft(draft.healthCheck, errors);
  const app = appFromDraft(draft.app, base?.app ?? DEFAULT_APP);
  if (!app.ok) Object.assign(errors, app.errors);
  if (Object.keys(errors).length > 0 || containerPort === null || !app.ok) return { ok: false, errors };

  const tag = draft.tag.trim();
  const image = tag === '' ? draft.repository.trim() : `${draft.repository.trim()}:${tag}`;
  const edited = base ? editedContainer(base, service) : undefined;
  const container: ContainerSpec = {
    name: containerName,
    image,
    essential: edited?.essential ?? true,
    portMappings: [{ containerPort, hostPort, protocol: edited?.portMappings[0]?.protocol ?? 'tcp' }, ...(edited?.portMappings.slice(1) ?? [])],
    healthCheck,
    cpu: edited?.cpu ?? null,
    memory: edited?.memory ?? null,
    memoryReservation: edited?.memoryReservation ?? null,
    stopTimeoutSeconds: edited?.stopTimeoutSeconds ?? 30,
  };
  const containers = base && edited ? base.containers.map((c) => (c === edited ? container : c)) : [container];
  const revision = nextRevision(world, family);
  const sameFamily = base !== null && base.family === family;
  return {
    ok: true,
    value: {
      id: sameFamily ? revisionLogicalId(world, base.id, revision) : logicalIdFor(world, revision > 1 ? `${family}-rev-${revision}` : family, 'TaskDef'),
      family,
      revision,
      networkMode: draft.networkMode,
      requiresCompatibilities: [draft.compatibility],
      cpu,
      memory,
      containers,
      app: app.value,
    },
  };
}

/** "Register" alone, or "Register and deploy": the revision and UpdateService to it, one edit, one Undo. */
export function registerCommands(td: TaskDefinitionSpec, deployTo: ServiceSpec | null): { commands: Command[]; label: string } {
  const register: RegisterTaskDefinitionCommand = { do: 'registerTaskDefinition', taskDefinition: td };
  const name = `${td.family}:${td.revision}`;
  if (!deployTo) return { commands: [register], label: `Register task definition ${name}` };
  return {
    commands: [register, { do: 'updateService', service: deployTo.id, taskDefinition: td.id }],
    label: `Register ${name} and deploy to ${deployTo.name}`,
  };
}

