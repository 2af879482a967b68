/**
 * "The world with the commands so far as its script": a run with commands dispatched live, exported with
 * scriptWithCommands and loaded back, replays to the same event log, byte for byte.
 */
import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/engine/commands';
import { createSimulation, type Simulation } from '../../src/engine';
import { targetGroupArn } from '../../src/engine/names';
import type { ScenarioSpec } from '../../src/engine/spec';
import { exportTemplate, scriptWithCommands, toJsonText, toYamlText } from '../../src/scenario';
import { loadOk } from './helpers';
import { specOf, templateFiles } from './exportHelpers';

interface Step {
  readonly atMs: number;
  readonly command: Command;
}

function eventLog(sim: ReturnType<typeof createSimulation>, steps: readonly Step[], untilMs: number): string[] {
  const lines: string[] = [];
  sim.subscribe((event) => lines.push(JSON.stringify(event)), { requests: true });
  // As the app does: advance to the moment, then dispatch.
  for (const step of steps) {
    sim.advanceTo(step.atMs);
    sim.dispatch(step.command);
  }
  sim.advanceTo(untilMs);
  return lines;
}

/** The exported template with the merged script, loaded back, run to `untilMs`. */
function replayOfExport(spec: ScenarioSpec, live: Simulation, untilMs: number, format: 'json' | 'yaml'): string[] {
  const script = scriptWithCommands(spec.script, live.commandLog());
  const template = exportTemplate(spec, { script });
  const loaded = loadOk(format === 'json' ? toJsonText(template) : toYamlText(template)).spec;
  expect(loaded).toStrictEqual({ ...spec, script });
  return eventLog(createSimulation(loaded), [], untilMs);
}

function replayMatches(spec: ScenarioSpec, steps: readonly Step[], untilMs: number, format: 'json' | 'yaml'): void {
  const live = createSimulation(spec);
  const liveLog = eventLog(live, steps, untilMs);
  const replayLog = replayOfExport(spec, live, untilMs, format);
  expect(replayLog.length).toBe(liveLog.length);
  expect(replayLog.join('\n')).toBe(liveLog.join('\n'));
}

const spec = (name: string): ScenarioSpec => specOf(templateFiles().find((f) => f.name === name)!);

describe('scriptWithCommands', () => {
  it('merges by time, the scenario’s own entries first at the same millisecond, the log in its order', () => {
    const own = [{ at: 1, command: { do: 'crashTask', task: 'A-1' } }, { at: 2.5, command: { do: 'stopTask', task: 'A-2' } }] as const;
    const log = [
      { atMs: 2500, command: { do: 'recoverTask', task: 'A-3' } },
      { atMs: 400, command: { do: 'setTraffic', rate: 3 } },
      { atMs: 2500, command: { do: 'slowTask', task: 'A-3' } },
    ] as const;
    expect(scriptWithCommands(own, log).map((e) => [e.at, e.command.do])).toEqual([
      [0.4, 'setTraffic'], [1, 'crashTask'], [2.5, 'stopTask'], [2.5, 'recoverTask'], [2.5, 'slowTask'],
    ]);
  });
});

describe('a run exported with its commands replays to the same event log', () => {
  it('crash-and-replace with desired counts, a deploy and traffic changes, one at the script’s own millisecond', () => {
    const steps: Step[] = [
      { atMs: 20_500, command: { do: 'setDesiredCount', service: 'OrdersService', count: 4 } },
      { atMs: 20_501, command: { do: 'setTraffic', rate: 25 } },
      { atMs: 90_000, command: { do: 'failHealthChecks', task: 'OrdersService-1', status: 503 } },
      { atMs: 121_337, command: { do: 'deploy', service: 'OrdersService', image: 'public.ecr.aws/orchestra/orders:2', latencyMs: 35, responses: [{ pattern: '/slow*', status: 504 }] } },
      { atMs: 150_001, command: { do: 'crashTask', task: 'OrdersService-2' } },
      { atMs: 151_000, command: { do: 'request', path: '/orders', query: 'id=7' } },
    ];
    replayMatches(spec('crash-and-replace.json'), steps, 240_000, 'json');
  });

  it('an EC2 world with instances added, drained and stopped (YAML)', () => {
    const world = spec('dynamic-ports.json');
    const [first, second] = world.clusters[0]!.instances;
    const steps: Step[] = [
      { atMs: 15_000, command: { do: 'addInstances', cluster: world.clusters[0]!.id, count: 2, instanceType: 't3.large' } },
      { atMs: 60_250, command: { do: 'drainInstance', instance: first!.id } },
      { atMs: 100_000, command: { do: 'stopInstance', instance: second!.id } },
      { atMs: 100_002, command: { do: 'setDesiredCount', service: world.services[0]!.id, count: 5 } },
    ];
    replayMatches(world, steps, 200_000, 'yaml');
  });

  it('a world edited live: a task definition, a target group, a rule and a service created, the rule moved', () => {
    const world = spec('default.json');
    const users = world.taskDefinitions.find((td) => td.id === 'UsersTaskDef')!;
    const usersGroup = world.targetGroups.find((tg) => tg.id === 'UsersTargetGroup')!;
    const usersService = world.services.find((s) => s.id === 'UsersService')!;
    const container = users.containers[0]!;
    const steps: Step[] = [
      { atMs: 5_000, command: { do: 'registerTaskDefinition', taskDefinition: { ...users, id: 'ReportsTaskDef', family: 'reports', containers: [{ ...container, image: 'public.ecr.aws/orchestra/reports:1' }] } } },
      { atMs: 5_000, command: { do: 'createTargetGroup', targetGroup: { ...usersGroup, id: 'ReportsTargets', name: 'reports-tg', arn: targetGroupArn('reports-tg', 'ReportsTargets') } } },
      { atMs: 6_000, command: { do: 'createRule', rule: { id: 'ReportsRule', listenerId: 'HttpsListener', priority: 5, conditions: [{ field: 'path-pattern', values: ['/api/reports*'] }], actions: [{ type: 'forward', targetGroups: [{ targetGroupId: 'ReportsTargets', weight: 1 }] }] } } },
      { atMs: 6_500, command: { do: 'createService', service: { ...usersService, id: 'ReportsService', name: 'reports', taskDefinitionId: 'ReportsTaskDef', desiredCount: 2, loadBalancers: [{ targetGroupId: 'ReportsTargets', containerName: container.name, containerPort: 8080 }] } } },
      { atMs: 7_000, command: { do: 'setTraffic', rate: 12, mix: [{ host: 'shop.example.com', path: '/api/reports/9', listenerPort: 443 }, { host: 'shop.example.com', path: '/api/users/1', listenerPort: 443 }] } },
      { atMs: 80_000, command: { do: 'modifyRule', rule: 'ReportsRule', priority: 40 } },
    ];
    replayMatches(world, steps, 150_000, 'json');
  });
});

describe('two commands dispatched in the same millisecond', () => {
  // The instant's batched service messages are written after each command, live and in a script alike.
  it('replay exactly as the store replays the command log, and exactly as the live run', () => {
    const world = spec('crash-and-replace.json');
    const steps: Step[] = [
      { atMs: 20_500, command: { do: 'setDesiredCount', service: 'OrdersService', count: 4 } },
      { atMs: 20_500, command: { do: 'setTraffic', rate: 25 } },
    ];
    const live = createSimulation(world);
    const liveLog = eventLog(live, steps, 60_000);
    const storeReplay = createSimulation(world);
    for (const { atMs, command } of live.commandLog()) storeReplay.schedule(atMs, command);
    const exported = replayOfExport(world, live, 60_000, 'json');
    expect(exported.join('\n')).toBe(eventLog(storeReplay, [], 60_000).join('\n'));
    expect(exported.join('\n')).toBe(liveLog.join('\n'));
  });
});

describe('the world as it stands after edits exports and loads back to the same world', () => {
  it('with new revisions from deploy, created resources and added instances', () => {
    const sim = createSimulation(spec('no-chairs-left.json'));
    const cluster = sim.initialWorld.clusters[0]!;
    const service = sim.initialWorld.services[0]!;
    const group = sim.initialWorld.targetGroups[0]!;
    eventLog(sim, [
      { atMs: 10_000, command: { do: 'deploy', service: service.id, image: 'example/web:2', errorRate: 0.05 } },
      { atMs: 20_000, command: { do: 'addInstances', cluster: cluster.id, count: 1, instanceType: 'm5.xlarge' } },
      { atMs: 30_000, command: { do: 'deploy', service: service.id, startupSeconds: 9 } },
      { atMs: 40_000, command: { do: 'modifyTargetGroup', targetGroup: group.id, deregistrationDelaySeconds: 5, algorithm: 'least_outstanding_requests' } },
      { atMs: 41_000, command: { do: 'updateService', service: service.id, desiredCount: 1, healthCheckGracePeriodSeconds: 45 } },
    ], 60_000);
    const world = sim.world();
    expect(world.taskDefinitions.map((td) => td.revision)).toEqual([1, 2, 3]);
    expect(loadOk(toJsonText(exportTemplate(world))).spec).toStrictEqual(world);
    expect(loadOk(toYamlText(exportTemplate(world))).spec).toStrictEqual(world);
  });
});
