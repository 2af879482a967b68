/**
 * The engine judges the limits (issue 16 with issue 9's registry): a command past one is refused by `check` and by
 * dispatch with the same words a script or a session gets, and nothing changes.
 */
import { describe, expect, it } from 'vitest';
import { createSimulation, type Command } from '../../src/engine';
import { world } from '../support/world';

const spec = world({ services: [{ id: 'Web', desiredCount: 2 }], traffic: { rate: 5, mix: [{ path: '/web' }] } });

function refusedWith(command: Command): string {
  const sim = createSimulation(spec);
  const check = sim.check(command);
  expect(check.allowed).toBe(false);
  const reason = check.allowed ? '' : check.reason;
  const events: unknown[] = [];
  sim.subscribe((e) => {
    if (e.type.startsWith('command.')) events.push(e);
  });
  const before = sim.world();
  sim.dispatch(command);
  expect(events).toEqual([{ t: 0, type: 'command.rejected', command, reason }]);
  expect(sim.world()).toBe(before);
  return reason;
}

describe('limits the engine keeps', () => {
  it('a desired count past AWS tasks per service, by setDesiredCount, updateService or createService', () => {
    const message = '5001 tasks is too many: Tasks per service is at most 5,000 (Amazon ECS service quotas).';
    expect(refusedWith({ do: 'setDesiredCount', service: 'Web', count: 5001 })).toBe(message);
    expect(refusedWith({ do: 'updateService', service: 'Web', desiredCount: 5001 })).toBe(message);
    const service = spec.services[0]!;
    expect(refusedWith({ do: 'createService', service: { ...service, id: 'Big', name: 'big', desiredCount: 5001 } })).toBe(message);
    expect(createSimulation(spec).check({ do: 'setDesiredCount', service: 'Web', count: 5000 })).toEqual({ allowed: true });
  });

  it('a traffic rate past the simulator limit, and a mix that can never draw', () => {
    expect(refusedWith({ do: 'setTraffic', rate: 1e9 })).toBe(
      '1000000000 requests per second is too many: Traffic rate, in requests per second, is at most 1,000 (the simulator).',
    );
    expect(refusedWith({ do: 'setTraffic', mix: [{ path: '/', weight: 0 }] })).toMatch(/^every mix entry has weight 0/);
    expect(createSimulation(spec).check({ do: 'setTraffic', rate: 1000 })).toEqual({ allowed: true });
  });

  it('container instances past AWS instances per cluster', () => {
    const cluster = spec.clusters[0]!.id;
    expect(refusedWith({ do: 'addInstances', cluster, count: 5001 })).toBe(
      '5001 instances is too many: Container instances per cluster is at most 5,000 (Amazon ECS service quotas).',
    );
  });
});
