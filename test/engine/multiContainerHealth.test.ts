/**
 * A task with several essential containers with health checks (ECS's task health: "If any essential container is
 * UNHEALTHY, the task is UNHEALTHY; else if any is UNKNOWN, the task is UNKNOWN; else HEALTHY"). Each container
 * keeps its own check clock (MC21): the app checks every 10 s, the sidecar every 30 s, both from RUNNING at 11 s.
 */
import { describe, expect, it } from 'vitest';
import type { ContainerHealthCheckSpec, ScenarioSpec } from '../../src/engine';
import { ofType, run, world } from '../support/world';
import { at } from '../support/timeline';

const check = (extra: Partial<ContainerHealthCheckSpec> = {}): ContainerHealthCheckSpec => ({
  command: ['CMD-SHELL', 'exit 0'], intervalSeconds: 10, timeoutSeconds: 5, retries: 3, startPeriodSeconds: 0, ...extra,
});

function withSidecar(spec: ScenarioSpec, essential: boolean): ScenarioSpec {
  const [td] = spec.taskDefinitions;
  const [app] = td?.containers ?? [];
  if (!td || !app) throw new Error('world');
  const sidecar = { ...app, name: 'sidecar', essential, portMappings: [], healthCheck: check({ intervalSeconds: 30 }) };
  return { ...spec, taskDefinitions: [{ ...td, containers: [app, sidecar] }] };
}

const healthOf = (events: Parameters<typeof ofType>[0]) => ofType(events, 'task.health').filter((e) => e.task === 'Worker-1').map((e) => [e.from, e.to, e.t]);

describe('task health from several essential containers', () => {
  it('stays UNKNOWN while one container is UNKNOWN: HEALTHY at 41 s, when the sidecar passes its first check', () => {
    const { events } = run(withSidecar(world({ services: [{ id: 'Worker', path: null, containerHealthCheck: check() }] }), true), 100);
    expect(healthOf(events)).toEqual([['UNKNOWN', 'HEALTHY', 41_000]]);
  });

  it('is UNHEALTHY as soon as any is: the app fails at 101, 111, 121 s while the sidecar has failed only once', () => {
    const spec = world({ services: [{ id: 'Worker', path: null, containerHealthCheck: check() }], script: [at(100, { do: 'failHealthChecks', task: 'Worker-1', container: true })] });
    const { events } = run(withSidecar(spec, true), 200);
    expect(healthOf(events)).toEqual([['UNKNOWN', 'HEALTHY', 41_000], ['HEALTHY', 'UNHEALTHY', 121_000]]);
  });

  it('leaves a non-essential container out: HEALTHY at 21 s with the app alone', () => {
    const { events } = run(withSidecar(world({ services: [{ id: 'Worker', path: null, containerHealthCheck: check() }] }), false), 100);
    expect(healthOf(events)).toEqual([['UNKNOWN', 'HEALTHY', 21_000]]);
  });
});
