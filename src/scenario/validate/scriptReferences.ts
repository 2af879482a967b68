/**
 * What the script and the traffic point at must exist: a command's service, the service in a task ID
 * (`<service logical ID>-<n>`, MC13), a listener on every listener port named, a command's cluster, and a container
 * instance that is registered at t = 0 or added by an earlier addInstances.
 */
import { definitionOf, isEditCommand, type Command, type Reference, addedInstanceId, type ScenarioSpec, type TrafficMixEntry, LIMITS, limitText } from '../../engine';
import { isKnownInstanceType, unknownInstanceTypeMessage } from '../instanceTypes';
import type { IssueSink } from '../issueSink';
import { scriptLengthProblem, timeProblem, trafficProblems } from './commandLimits';
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

function checkMix(spec: ScenarioSpec, sink: IssueSink, path: string, mix: readonly TrafficMixEntry[]): void {
  mix.forEach((entry, index) => checkPort(spec, sink, `${path}.mix[${index}].listenerPort`, entry.listenerPort));
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

  /** Numbered as the engine numbers them: by the instances the cluster ever registered. */
  add(cluster: string, count: number, sink: IssueSink, path: string): void {
    const first = this.ever.get(cluster);
    if (first === undefined) return;
    const limit = LIMITS.containerInstancesPerCluster;
    if (first + count > limit.value) {
      sink.error(RESOURCE, path, `"addInstances": cluster ${cluster} would have registered ${first + count} container instances: ${limitText(limit)}.`);
      return;
    }
    for (let n = first; n < first + count; n++) this.ids.push(addedInstanceId(cluster, n));
    this.ever.set(cluster, first + count);
  }

  check(sink: IssueSink, path: string, command: string, id: string): void {
    if (this.ids.includes(id)) return;
    const shown = this.ids.slice(0, MAX_LISTED).join(', ') + (this.ids.length > MAX_LISTED ? ` and ${this.ids.length - MAX_LISTED} more` : '');
    const known = this.ids.length === 0 ? 'no cluster has EC2 instances' : `known instances: ${shown}`;
    sink.error(RESOURCE, path, `"${command}": container instance "${id}" does not exist (${known})`);
  }
}

function checkCluster(spec: ScenarioSpec, sink: IssueSink, path: string, command: string, id: string): void {
  if (spec.clusters.some((c) => c.id === id)) return;
  const byName = spec.clusters.find((c) => c.name === id);
  const hint = byName ? `use its ID "${byName.id}"` : `clusters: ${spec.clusters.map((c) => c.id).join(', ') || 'none'}`;
  sink.error(RESOURCE, path, `"${command}": cluster "${id}" does not exist (${hint})`);
}

/** What the command names (its registry definition says), each checked against the world the script has made so far. */
function checkReference(spec: ScenarioSpec, sink: IssueSink, path: string, command: Command, reference: Reference, instances: KnownInstances): void {
  const at = `${path}.${reference.path}`;
  switch (reference.kind) {
    case 'task':
      return checkTask(spec, sink, at, command.do, reference.id);
    case 'service':
      return checkService(spec, sink, at, command.do, reference.id);
    case 'instance':
      return instances.check(sink, at, command.do, reference.id);
    case 'cluster':
      return checkCluster(spec, sink, at, command.do, reference.id);
    case 'listenerPort':
      return checkPort(spec, sink, at, reference.port);
    case 'instanceType':
      if (!isKnownInstanceType(reference.instanceType)) sink.warn(RESOURCE, at, unknownInstanceTypeMessage(reference.instanceType));
      return;
    case 'newInstances':
      return instances.add(reference.cluster, reference.count, sink, at);
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
    if (!isEditCommand(command)) {
      for (const reference of definitionOf(command).references(command)) checkReference(world, sink, path, command, reference, instances);
      return;
    }
    const checked = validateEdit(world, command);
    if (checked.ok) world = checked.world;
    else for (const e of checked.errors) sink.error(RESOURCE, path, `"${command.do}": ${e.resource}${e.path ? '.' + e.path : ''}: ${e.message}`);
  });
}
