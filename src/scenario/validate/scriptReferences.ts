/**
 * What the script and the traffic point at must exist: a command's service, the service in a task ID
 * (`<service logical ID>-<n>`, MC13), a listener on every listener port named, a command's cluster, and a container
 * instance that is registered at t = 0 or added by an earlier addInstances. A lesson's commands are checked the same
 * way, one step after another (CommandChecker).
 */
import { definitionOf, isEditCommand, type Command, type EditCommand, type Reference, addedInstanceId, type ScenarioSpec, type TrafficMixEntry, LIMITS, limitText } from '../../engine';
import { isKnownInstanceType, unknownInstanceTypeMessage } from '../instanceTypes';
import type { IssueSink } from '../issueSink';
import { scriptLengthProblem, timeProblem, trafficProblems } from './commandLimits';
import { validateEdit } from './editValidation';

const RESOURCE = 'Metadata.EcsOrchestra';

/** Where a problem goes: `path` is the place in the input (a script entry's `script[3].task`, a lesson's own). */
export interface CommandReport {
  error(path: string, message: string): void;
  warn(path: string, message: string): void;
}

function scriptReport(sink: IssueSink): CommandReport {
  return { error: (path, message) => sink.error(RESOURCE, path, message), warn: (path, message) => sink.warn(RESOURCE, path, message) };
}
const TASK_ID = /^(.+)-([1-9]\d*)$/;
const MAX_LISTED = 12;

function serviceList(spec: ScenarioSpec): string {
  return spec.services.length === 0 ? 'the template has no simulated service' : `services: ${spec.services.map((s) => s.id).join(', ')}`;
}

/** Why a service ID is unknown, or null when the world has it (`command` names the asker, e.g. `"crashTask"`). */
export function unknownServiceMessage(spec: ScenarioSpec, id: string, command: string): string | null {
  if (spec.services.some((s) => s.id === id)) return null;
  const byName = spec.services.find((s) => s.name === id);
  const hint = byName ? `use its logical ID "${byName.id}"` : serviceList(spec);
  return `${command}: service "${id}" does not exist (${hint})`;
}

/** Why a task ID names no service, or null when it does (MC13). */
export function unknownTaskMessage(spec: ScenarioSpec, task: string, command: string): string | null {
  const match = TASK_ID.exec(task);
  const serviceId = match?.[1];
  if (serviceId !== undefined && spec.services.some((s) => s.id === serviceId)) return null;
  const example = spec.services[0] ? ` e.g. "${spec.services[0].id}-1"` : '';
  return `${command}: task "${task}" names no service; task IDs are <service logical ID>-<n>,${example} (${serviceList(spec)})`;
}

/** Why no listener answers on this port, or null when one does. */
export function unknownPortMessage(spec: ScenarioSpec, port: number): string | null {
  if (spec.listeners.some((l) => l.port === port)) return null;
  const ports = [...new Set(spec.listeners.map((l) => l.port))].sort((a, b) => a - b);
  return `No listener on port ${port}; ${ports.length === 0 ? 'the template has no listener' : `the listeners are on ${ports.join(', ')}`}`;
}

function checkService(spec: ScenarioSpec, report: CommandReport, path: string, command: string, id: string): void {
  const problem = unknownServiceMessage(spec, id, `"${command}"`);
  if (problem !== null) report.error(path, problem);
}

function checkTask(spec: ScenarioSpec, report: CommandReport, path: string, command: string, task: string): void {
  const problem = unknownTaskMessage(spec, task, `"${command}"`);
  if (problem !== null) report.error(path, problem);
}

function checkPort(spec: ScenarioSpec, report: CommandReport, path: string, port: number | undefined): void {
  const problem = port === undefined ? null : unknownPortMessage(spec, port);
  if (problem !== null) report.error(path, problem);
}

function checkMix(spec: ScenarioSpec, report: CommandReport, path: string, mix: readonly TrafficMixEntry[]): void {
  mix.forEach((entry, index) => {
    checkPort(spec, report, `${path}.mix[${index}].listenerPort`, entry.listenerPort);
    checkLoadBalancer(spec, report, `${path}.mix[${index}].loadBalancer`, entry.loadBalancer);
  });
}

/** A request addressed to a load balancer must name one of the world's (logical ID, name or DNS name). */
function checkLoadBalancer(spec: ScenarioSpec, report: CommandReport, path: string, name: string | undefined): void {
  if (name === undefined) return;
  const known = spec.loadBalancers.some((lb) => lb.id === name || lb.name === name || lb.dnsName.toLowerCase() === name.toLowerCase());
  if (!known) report.error(path, `load balancer "${name}" does not exist (the world has ${spec.loadBalancers.map((lb) => lb.id).join(', ') || 'none'})`);
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
  add(cluster: string, count: number, report: CommandReport, path: string): void {
    const first = this.ever.get(cluster);
    if (first === undefined) return;
    const limit = LIMITS.containerInstancesPerCluster;
    if (first + count > limit.value) {
      report.error(path, `"addInstances": cluster ${cluster} would have registered ${first + count} container instances: ${limitText(limit)}.`);
      return;
    }
    for (let n = first; n < first + count; n++) this.ids.push(addedInstanceId(cluster, n));
    this.ever.set(cluster, first + count);
  }

  check(report: CommandReport, path: string, command: string, id: string): void {
    if (this.ids.includes(id)) return;
    const shown = this.ids.slice(0, MAX_LISTED).join(', ') + (this.ids.length > MAX_LISTED ? ` and ${this.ids.length - MAX_LISTED} more` : '');
    const known = this.ids.length === 0 ? 'no cluster has EC2 instances' : `known instances: ${shown}`;
    report.error(path, `"${command}": container instance "${id}" does not exist (${known})`);
  }
}

function checkCluster(spec: ScenarioSpec, report: CommandReport, path: string, command: string, id: string): void {
  if (spec.clusters.some((c) => c.id === id)) return;
  const byName = spec.clusters.find((c) => c.name === id);
  const hint = byName ? `use its ID "${byName.id}"` : `clusters: ${spec.clusters.map((c) => c.id).join(', ') || 'none'}`;
  report.error(path, `"${command}": cluster "${id}" does not exist (${hint})`);
}

/** What the command names (its registry definition says), each checked against the world the script has made so far. */
function checkReference(spec: ScenarioSpec, report: CommandReport, path: string, command: Command, reference: Reference, instances: KnownInstances): void {
  const at = `${path}.${reference.path}`;
  switch (reference.kind) {
    case 'task':
      return checkTask(spec, report, at, command.do, reference.id);
    case 'service':
      return checkService(spec, report, at, command.do, reference.id);
    case 'instance':
      return instances.check(report, at, command.do, reference.id);
    case 'cluster':
      return checkCluster(spec, report, at, command.do, reference.id);
    case 'listenerPort':
      return checkPort(spec, report, at, reference.port);
    case 'instanceType':
      if (!isKnownInstanceType(reference.instanceType)) report.warn(at, unknownInstanceTypeMessage(reference.instanceType));
      return;
    case 'newInstances':
      return instances.add(reference.cluster, reference.count, report, at);
  }
}

/**
 * Commands checked one after another, each against the world the earlier ones made: what a command names must
 * exist, and an edit must be one the API accepts (it then changes the world the later ones see). With
 * `compiled`, a compiled command (deploy, setDesiredCount) changes that world too, as the edits it stands for.
 */
export class CommandChecker {
  private readonly instances: KnownInstances;
  private current: ScenarioSpec;

  constructor(spec: ScenarioSpec, private readonly options: { readonly compiled?: boolean } = {}) {
    this.instances = new KnownInstances(spec);
    this.current = spec;
  }

  /** The world the commands so far have made. */
  get world(): ScenarioSpec {
    return this.current;
  }

  /** `path` is the command's own place in the input, e.g. "script[3]". */
  check(command: Command, path: string, report: CommandReport): void {
    if (isEditCommand(command)) {
      this.applyEdit(command, path, report);
      return;
    }
    const definition = definitionOf(command);
    for (const reference of definition.references(command)) checkReference(this.current, report, path, command, reference, this.instances);
    if (this.options.compiled !== true || definition.kind !== 'compiled') return;
    const edits = definition.compile(this.current, command);
    // A refusal here is the command's own check, which the run reports when it dispatches it.
    if ('allowed' in edits) return;
    for (const edit of edits) this.applyEdit(edit, path, report);
  }

  private applyEdit(command: EditCommand, path: string, report: CommandReport): void {
    const checked = validateEdit(this.current, command);
    if (checked.ok) this.current = checked.world;
    else for (const e of checked.errors) report.error(path, `"${command.do}": ${e.resource}${e.path ? '.' + e.path : ''}: ${e.message}`);
  }
}

/**
 * `scriptIndex` maps each spec entry back to its position in the written script, for the issue path. Edits in the
 * script change the world the later entries are checked against, in time order, as they will run.
 */
export function validateScriptAndTraffic(spec: ScenarioSpec, scriptIndex: readonly number[], sink: IssueSink): void {
  const report = scriptReport(sink);
  if (spec.traffic) {
    checkMix(spec, report, 'traffic', spec.traffic.mix);
    for (const problem of trafficProblems(spec.traffic)) sink.error(RESOURCE, `traffic.${problem.path}`, problem.message);
  }
  const tooLong = scriptLengthProblem(spec.script.length);
  if (tooLong !== null) {
    // Nothing of a script that long is checked or run: reading it is the cost the limit prevents.
    sink.error(RESOURCE, 'script', tooLong);
    return;
  }
  const checker = new CommandChecker(spec);
  spec.script.forEach((entry, index) => {
    const path = `script[${scriptIndex[index] ?? index}]`;
    const late = timeProblem(entry.at * 1000);
    if (late !== null) sink.error(RESOURCE, `${path}.at`, late);
    checker.check(entry.command, path, report);
  });
}
