/**
 * What each command does to the world (MC18, MC20, MC22). A command that names a task or service that does not
 * exist, or a task that has stopped, changes nothing and is reported as `command.rejected` with the reason.
 */
import { isEditCommand, type Command, type DeployCommand } from '../commands';
import { prepareEdit } from '../edits/applyEdit';
import { revisionId, trackDeploy, trackDesiredCount, trackInstances, trackTraffic } from '../edits/worldTracking';
import type { Engine } from '../core/engine';
import type { InstanceRec, ServiceRec, TaskRec } from '../core/model';
import { addInstances, drainInstance, DRAINING_STOPPED_REASON, hostStoppedReason, removeInstance, stopInstance } from '../capacity/instances';
import { arrive, failInFlightRequests } from '../requests/requestRouting';
import { makeShape } from '../requests/requestShape';
import type { TrafficGenerator } from '../requests/traffic';
import { startDeployment } from '../services/deployments';
import { stoppedReasons } from '../services/serviceMessages';
import type { AppBehaviour, TaskDefinitionSpec, TrafficMixEntry } from '../spec';
import { servingContainer } from '../tasks/appBehaviour';
import { registerTaskDef } from '../tasks/taskDefinitions';
import { crashTask, stopTask } from '../tasks/taskLifecycle';
import { refreshTaskHealth } from '../tasks/taskHealth';

const DEFAULT_FAILING_STATUS = 500;
const DEFAULT_SLOW_LATENCY_MS = 5000;

/** Why the command is rejected, or what applying it does. */
type Outcome = string | (() => void);

function findTask(engine: Engine, id: string): TaskRec | string {
  const task = engine.tasksById.get(id);
  if (!task) return `no task named ${id}`;
  if (task.lastStatus === 'STOPPED') return `task ${id} has stopped`;
  return task;
}

function findInstance(engine: Engine, id: string): InstanceRec | string {
  const instance = engine.instancesById.get(id);
  if (!instance) return `no container instance named ${id}`;
  if (instance.status === 'INACTIVE') return `container instance ${id} is no longer registered`;
  return instance;
}

/** A task whose instance went away: dead at once, drained like a crashed task (MC7). */
function killOnStoppedHost(engine: Engine, task: TaskRec, reason: string): void {
  if (task.lastStatus === 'STOPPED') return;
  if (task.desiredStatus === 'STOPPED') {
    task.crashed = true;
    return;
  }
  task.crashed = true;
  for (const target of task.targets) failInFlightRequests(engine, target, 'the target closed the connection: its host stopped');
  stopTask(engine, task, null, reason);
}

function findService(engine: Engine, id: string): ServiceRec | string {
  return engine.servicesById.get(id) ?? `no service named ${id}`;
}

/**
 * Checks the command against the world now; returns why it is rejected, or the change to make. Kept apart so the
 * log can say a command was applied before the events it causes.
 */
export function prepareCommand(engine: Engine, traffic: TrafficGenerator, command: Command): Outcome {
  if (isEditCommand(command)) return prepareEdit(engine, traffic, command);
  switch (command.do) {
    case 'request': {
      const shape = makeShape(engine, command);
      if (shape === null) return `no listener on port ${command.listenerPort ?? '(default)'}`;
      return () => arrive(engine, shape);
    }
    case 'crashTask': {
      const task = findTask(engine, command.task);
      if (typeof task === 'string') return task;
      if (task.crashed || task.desiredStatus === 'STOPPED') return `task ${task.id} is already stopping`;
      if (task.lastStatus !== 'RUNNING' && task.lastStatus !== 'ACTIVATING') {
        return `task ${task.id} is ${task.lastStatus}: its containers are not running yet`;
      }
      return () => crashTask(engine, task);
    }
    case 'failHealthChecks': {
      const task = findTask(engine, command.task);
      if (typeof task === 'string') return task;
      if (command.container === true && task.taskDef.checkedContainer === null) {
        return `task ${task.id} has no container health check`;
      }
      return () => {
        if (command.container === true) task.faults.containerFail = true;
        else if (command.timeout === true) task.faults.hcTimeout = true;
        else task.faults.hcStatus = command.status ?? DEFAULT_FAILING_STATUS;
        engine.version++;
      };
    }
    case 'recoverTask': {
      const task = findTask(engine, command.task);
      if (typeof task === 'string') return task;
      return () => {
        task.faults.hcStatus = null;
        task.faults.hcTimeout = false;
        task.faults.containerFail = false;
        task.faults.extraLatencyMs = 0;
        engine.version++;
        refreshTaskHealth(engine, task);
      };
    }
    case 'slowTask': {
      const task = findTask(engine, command.task);
      if (typeof task === 'string') return task;
      return () => {
        task.faults.extraLatencyMs = command.latencyMs ?? DEFAULT_SLOW_LATENCY_MS;
        engine.version++;
      };
    }
    case 'stopTask': {
      const task = findTask(engine, command.task);
      if (typeof task === 'string') return task;
      if (task.desiredStatus === 'STOPPED') return `task ${task.id} is already stopping`;
      return () => void stopTask(engine, task, 'UserInitiated', stoppedReasons.user);
    }
    case 'setDesiredCount': {
      const service = findService(engine, command.service);
      if (typeof service === 'string') return service;
      if (!Number.isInteger(command.count) || command.count < 0) return 'the desired count must be a whole number, 0 or more';
      return () => {
        service.desiredCount = command.count;
        service.dirty = true;
        trackDesiredCount(engine, service.spec.id, command.count);
        engine.version++;
      };
    }
    case 'setTraffic': {
      const spec: { rate?: number; mix?: readonly TrafficMixEntry[] } = {};
      if (command.rate !== undefined) spec.rate = command.rate;
      if (command.mix !== undefined) spec.mix = command.mix;
      return () => {
        traffic.set(spec);
        trackTraffic(engine, { rate: traffic.rate, mix: traffic.mix });
        engine.version++;
      };
    }
    case 'deploy': {
      const service = findService(engine, command.service);
      if (typeof service === 'string') return service;
      return () => {
        const rec = registerRevision(engine, service, command);
        trackDeploy(engine, service.spec.id, rec.spec);
        startDeployment(engine, service, rec);
      };
    }
    case 'forceNewDeployment': {
      const service = findService(engine, command.service);
      if (typeof service === 'string') return service;
      return () => void startDeployment(engine, service, service.deployments[0]!.taskDef);
    }
    case 'drainInstance':
    case 'removeInstance': {
      const instance = findInstance(engine, command.instance);
      if (typeof instance === 'string') return instance;
      if (command.do === 'drainInstance' && instance.status === 'DRAINING') return `container instance ${instance.spec.id} is already draining`;
      return () => {
        const stopPending = (task: TaskRec) => void stopTask(engine, task, 'ServiceSchedulerInitiated', DRAINING_STOPPED_REASON);
        if (command.do === 'drainInstance') drainInstance(engine, instance, stopPending);
        else removeInstance(engine, instance, stopPending);
        trackInstances(engine, instance.cluster);
        for (const task of instance.tasks) refreshTaskHealth(engine, task);
      };
    }
    case 'stopInstance': {
      const instance = findInstance(engine, command.instance);
      if (typeof instance === 'string') return instance;
      return () => {
        stopInstance(engine, instance, (task) => killOnStoppedHost(engine, task, hostStoppedReason(instance)));
        trackInstances(engine, instance.cluster);
      };
    }
    case 'addInstances': {
      const cluster = engine.clustersById.get(command.cluster);
      if (!cluster) return `no cluster named ${command.cluster}`;
      const count = command.count ?? 1;
      if (!Number.isInteger(count) || count < 1) return 'the number of instances must be a whole number, 1 or more';
      return () => {
        addInstances(engine, cluster, count, command.instanceType);
        trackInstances(engine, cluster);
      };
    }
  }
}

const APP_KEYS = [
  'provisioningSeconds',
  'pendingSeconds',
  'activatingSeconds',
  'startupSeconds',
  'shutdownSeconds',
  'ignoresSigterm',
  'latencyMs',
  'errorRate',
  'responses',
  'pullError',
  'instrument',
] as const satisfies readonly (keyof AppBehaviour)[];

/** The next revision of the service's family (fact 1), with the new image on its load-balanced container. */
function registerRevision(engine: Engine, service: ServiceRec, command: DeployCommand) {
  const current = service.deployments[0]!.taskDef;
  const family = current.spec.family;
  const revision = (engine.familyRevision.get(family) ?? current.spec.revision) + 1;
  engine.familyRevision.set(family, revision);
  const serving = servingContainer(current.spec, service.spec.loadBalancers[0]?.containerName);
  const containers = current.spec.containers.map((c) =>
    command.image !== undefined && c === serving ? { ...c, image: command.image } : c,
  );
  // A new image clears an inherited pull error unless the command gives one again (MC22).
  const app: Record<string, unknown> = { ...current.app, pullError: command.image !== undefined ? null : current.app.pullError };
  for (const key of APP_KEYS) if (command[key] !== undefined) app[key] = command[key];
  const id = revisionId(engine, current.spec.id, revision);
  const spec: TaskDefinitionSpec = { ...current.spec, id, revision, containers, app: app as unknown as AppBehaviour };
  return registerTaskDef(engine, spec);
}
