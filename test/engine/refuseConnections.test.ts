/**
 * refuseConnections (MC33): a task that refuses connections gets 502 from the load balancer at once for every new
 * request, while what is in flight is still answered (unlike crashTask); its health checks fail as a connection
 * error (Target.FailedHealthChecks), so it turns unhealthy after UnhealthyThresholdCount checks and is replaced.
 */
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../src/engine';
import { ofType, run, world } from '../support/world';
import { at } from '../support/timeline';

describe('a task that refuses connections', () => {
  // One task, checks every 10 s from registration at 10 s, unhealthy after 2 failures; requests take 3 s.
  const spec = world({
    services: [{ id: 'Web', path: '/*', app: { latencyMs: 3000 }, gracePeriodSeconds: 1000, healthCheck: { intervalSeconds: 10, healthyThreshold: 2, unhealthyThreshold: 2 } }],
    script: [
      at(99, { do: 'request', path: '/in-flight' }),
      at(100, { do: 'refuseConnections', task: 'Web-1' }),
      at(100.5, { do: 'request', path: '/new' }),
    ],
  });
  const { events } = run(spec, 200);
  const requests = ofType(events, 'request.completed');

  it('answers a new request 502 from the load balancer at once, and still answers the one in flight', () => {
    expect(requests.map((r) => [r.path, r.t, r.status, r.source, r.latencyMs, r.target])).toEqual([
      ['/new', 100_500, 502, 'elb', 0, 'Web-1'],
      ['/in-flight', 102_000, 200, 'target', 3000, 'Web-1'],
    ]);
  });

  it('fails its health checks as a connection error: unhealthy at 110 s (checks at 100 and 110 s; the command at 100 s acts first, MC14)', () => {
    const change = ofType(events, 'target.health').find((e) => e.target === 'Web-1' && e.to === 'unhealthy');
    expect([change?.t, change?.reason, change?.description]).toEqual([110_000, 'Target.FailedHealthChecks', 'Health checks failed']);
  });

  it('is refused twice and undone by recoverTask, which the check says', () => {
    const sim = createSimulation(world({ services: [{ id: 'Web', path: '/*' }] }));
    sim.runUntil(200_000);
    expect(sim.check({ do: 'refuseConnections', task: 'Web-1' })).toEqual({ allowed: true });
    sim.dispatch({ do: 'refuseConnections', task: 'Web-1' });
    sim.runUntil(200_001);
    expect(sim.check({ do: 'refuseConnections', task: 'Web-1' })).toEqual({ allowed: false, code: null, reason: 'task Web-1 already refuses connections' });
    expect(sim.snapshot().tasks.find((t) => t.id === 'Web-1')?.faults.refusesConnections).toBe(true);
    sim.dispatch({ do: 'recoverTask', task: 'Web-1' });
    sim.runUntil(200_002);
    expect(sim.snapshot().tasks.find((t) => t.id === 'Web-1')?.faults.refusesConnections).toBe(false);
    const answered: number[] = [];
    sim.subscribe((e) => { if (e.type === 'request.completed') answered.push(e.status); }, { requests: true });
    sim.dispatch({ do: 'request', path: '/' });
    sim.runUntil(201_000);
    expect(answered).toEqual([200]);
  });
});
