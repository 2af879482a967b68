/**
 * What the script and the traffic point at must exist: a command's service, the service in a task ID
 * (`<service logical ID>-<n>`, MC13), a listener on every listener port named, a command's cluster, and a container
 * instance that is registered at t = 0 or added by an earlier addInstances.
 */
import { isEditCommand, type AddInstancesCommand, type Command } from '../../engine/commands';
import { instanceId } from '../../engine/names';
import type { ScenarioSpec, TrafficMixEntry } from '../../engine/spec';
import { isKnownInstanceType, unknownInstanceTypeMessage } from '../instanceTypes';
import type { IssueSink } from '../issueSink';
import { LIMITS, limitText } from '../../engine/limits';
import { commandLimitProblems, scriptLengthProblem, timeProblem, trafficProblems } from './commandLimits';
import { validateEdit } from './editValidation';

const RESOURCE = 'Metadata.EcsOrchestra';
const TASK_ID = /^(.+)-([1-9]\d*)$/;
const MAX_LISTED = 12;

function serviceList(spec: ScenarioSpec): string {
  return spec.services.length === 0 ? 'the template has no simulated service' : `services: ${spec.services.map((s) => s.id).join(', ')}`;
}

function checkService(spec: ScenarioSpec, sink: IssueSink, path: string, command: string, id: string): void {
  if (spec.services.some((s) => s.id === id)) return;
  const byName = spec.services.find((s) => s.name === id);
  const hint = byName ? `use its logical ID "${byName.id}"` : serviceList(spec);
  sink.error(RESOURCE, path, `"${command}": service "${id}" does not exist (${hint})`);
}

function checkTask(spec: ScenarioSpec, sink: IssueSink, path: string, command: string, task: string): void {
  const match = TASK_ID.exec(task);
  const serviceId = match?.[1];
  if (serviceId !== undefined && spec.services.some((s) => s.id === serviceId)) return;
  const example = spec.services[0] ? ` e.g. "${spec.services[0].id}-1"` : '';
  sink.error(RESOURCE, path, `"${command}": task "${task}" names no service; task IDs are <service logical ID>-<n>,${example} (${serviceList(spec)})`);
}

function checkPort(spec: ScenarioSpec, sink: IssueSink, path: string, port: number | undefined): void {
  if (port === undefined || spec.listeners.some((l) => l.port === port)) return;
  const ports = [...new Set(spec.listeners.map((l) => l.port))].sort((a, b) => a - b);
  sink.error(RESOURCE, path, `No listener on port ${port}; ${ports.length === 0 ? 'the template has no listener' : `the listeners are on ${ports.join(', ')}`}`);
}

function checkMix(spec: ScenarioSpec, sink: IssueSink, path: string, mix: readonly TrafficMixEntry[] | undefined): void {
  (mix ?? []).forEach((entry, index) => checkPort(spec, sink, `${path}.mix[${index}].listenerPort`, entry.listenerPort));
}

/** Instance IDs the script may name: the ones at t = 0, then each addInstances' in script order. */
class KnownInstances {
  private readonly ids: string[];
  /** Instances each cluster has ever registered; an added instance is numbered by it, as the engine numbers it. */
  private readonly ever = new Map<string, number>();

  constructor(spec: ScenarioSpec) {
    this.ids = spec.clusters.flatMap((c) => c.instances.map((i) => i.id));
    for (const cluster of spec.clusters) this.ever.set(cluster.id, cluster.instances.length);
  }

  /** Mirrors src/engine/capacity/instances.ts addInstances: `<cluster>/added/<instances ever registered>`. */
  add(command: AddInstancesCommand, sink: IssueSink, path: string): void {
    const first = this.ever.get(command.cluster);
    if (first === undefined) return;
    const count = command.count ?? 1;
    const limit = LIMITS.containerInstancesPerCluster;
    if (first + count > limit.value) {
      sink.error(RESOURCE, `${path}.count`, `"addInstances": cluster ${command.cluster} would have registered ${first + count} container instances: ${limitText(limit)}.`);
      return;
    }
    for (let n = first; n < first + count; n++) this.ids.push(instanceId(`${command.cluster}/added/${n}`));
    this.ever.set(command.cluster, first + count);
  }

  check(sink: IssueSink, path: string, command: string, id: string): void {
    if (this.ids.includes(id)) return;
    const shown = this.ids.slice(0, MAX_LISTED).join(', ') + (this.ids.length > MAX_LISTED ? ` and ${this.ids.length - MAX_LISTED} more` : '');
    const known = this.ids.length === 0 ? 'no cluster has EC2 instances' : `known instances: ${shown}`;
    sink.error(RESOURCE, path, `"${command}": container instance "${id}" does not exist (${known})`);
  }
}

function checkCluster(spec: ScenarioSpec, sink: IssueSink, path: string, command: AddInstancesCommand): void {
  if (command.instanceType !== undefined && !isKnownInstanceType(command.instanceType)) {
    sink.warn(RESOURCE, `${path}.instanceType`, unknownInstanceTypeMessage(command.instanceType));
  }
  if (spec.clusters.some((c) => c.id === command.cluster)) return;
  const byName = spec.clusters.find((c) => c.name === command.cluster);
  const hint = byName ? `use its ID "${byName.id}"` : `clusters: ${spec.clusters.map((c) => c.id).join(', ') || 'none'}`;
  sink.error(RESOURCE, `${path}.cluster`, `"addInstances": cluster "${command.cluster}" does not exist (${hint})`);
}

function checkCommand(spec: ScenarioSpec, sink: IssueSink, path: string, command: Command, instances: KnownInstances): void {
  switch (command.do) {
    case 'request':
      return checkPort(spec, sink, `${path}.listenerPort`, command.listenerPort);
    case 'setTraffic':
      return checkMix(spec, sink, path, command.mix);
    case 'crashTask':
    case 'failHealthChecks':
    case 'recoverTask':
    case 'stopTask':
    case 'slowTask':
      return checkTask(spec, sink, `${path}.task`, command.do, command.task);
    case 'setDesiredCount':
    case 'deploy':
    case 'forceNewDeployment':
      return checkService(spec, sink, `${path}.service`, command.do, command.service);
    case 'drainInstance':
    case 'stopInstance':
    case 'removeInstance':
      return instances.check(sink, `${path}.instance`, command.do, command.instance);
    case 'addInstances':
      checkCluster(spec, sink, path, command);
      return instances.add(command, sink, path);
  }
}

/**
 * `scriptIndex` maps each spec entry back to its position in the written script, for the issue path. Edits in the
 * script change the world the later entries are checked against, in time order, as they will run.
 */
export function validateScriptAndTraffic(spec: ScenarioSpec, scriptIndex: readonly number[], sink: IssueSink): void {
  if (spec.traffic) {
    checkMix(spec, sink, 'traffic', spec.traffic.mix);
    for (const problem of trafficProblems(spec.traffic)) sink.error(RESOURCE, `traffic.${problem.path}`, problem.message);
  }
  const tooLong = scriptLengthProblem(spec.script.length);
  if (tooLong !== null) {
    // Nothing of a script that long is checked or run: reading it is the cost the limit prevents.
    sink.error(RESOURCE, 'script', tooLong);
    return;
  }
  const instances = new KnownInstances(spec);
  let world: ScenarioSpec = spec;
  spec.script.forEach((entry, index) => {
    const path = `script[${scriptIndex[index] ?? index}]`;
    const command = entry.command;
    const late = timeProblem(entry.at * 1000);
    if (late !== null) sink.error(RESOURCE, `${path}.at`, late);
    const overLimit = commandLimitProblems(command);
    for (const problem of overLimit) sink.error(RESOURCE, `${path}.${problem.path}`, `"${command.do}": ${problem.message}`);
    if (overLimit.length > 0) return;
    if (!isEditCommand(command)) {
      checkCommand(world, sink, path, command, instances);
      return;
    }
    const checked = validateEdit(world, command);
    if (checked.ok) world = checked.world;
    else for (const e of checked.errors) sink.error(RESOURCE, path, `"${command.do}": ${e.resource}${e.path ? '.' + e.path : ''}: ${e.message}`);
  });
}
