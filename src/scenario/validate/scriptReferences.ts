/**
 * What the script and the traffic point at must exist: a command's service, the service in a task ID
 * (`<service logical ID>-<n>`, MC13), and a listener on every listener port named.
 */
import type { Command } from '../../engine/commands';
import type { ScenarioSpec, TrafficMixEntry } from '../../engine/spec';
import type { IssueSink } from '../issueSink';

const RESOURCE = 'Metadata.EcsOrchestra';
const TASK_ID = /^(.+)-([1-9]\d*)$/;

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

function checkCommand(spec: ScenarioSpec, sink: IssueSink, path: string, command: Command): void {
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
  }
}

/** `scriptIndex` maps each spec entry back to its position in the written script, for the issue path. */
export function validateScriptAndTraffic(spec: ScenarioSpec, scriptIndex: readonly number[], sink: IssueSink): void {
  if (spec.traffic) checkMix(spec, sink, 'traffic', spec.traffic.mix);
  spec.script.forEach((entry, index) => checkCommand(spec, sink, `script[${scriptIndex[index] ?? index}]`, entry.command));
}
