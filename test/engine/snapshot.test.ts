/**
 * The read models (snapshot(), counters(), recentEvents()): plain data that matches the world at the time it is
 * read (api.ts).
 */
import { createSimulation } from '../../src/engine';
import { world } from '../support/world';

describe('snapshot()', () => {
  it('is the same object until something changes', () => {
    const sim = createSimulation(world({ services: [{ id: 'Web' }] }));
    sim.runUntil(170_000);
    const first = sim.snapshot();
    expect(sim.snapshot()).toBe(first);
    sim.dispatch({ do: 'stopTask', task: 'Web-1' });
    expect(sim.snapshot()).not.toBe(first);
  });

  it('stays the same object while only requests happen; counters() carries the figures, fresh on every call', () => {
    const sim = createSimulation(world({ services: [{ id: 'Web' }], traffic: { rate: 5, mix: [{ path: '/web' }] } }));
    sim.runUntil(200_000);
    const before = sim.snapshot();
    const countedBefore = sim.counters().total;
    // Web-1 is healthy from 160 s and nothing but requests happens between 200 s and 300 s.
    sim.runUntil(300_000);
    expect(sim.snapshot()).toBe(before);
    expect(sim.now()).toBe(300_000);
    const counters = sim.counters();
    expect(counters.total).toBeGreaterThan(countedBefore);
    // Before Web-1 turned healthy the group answered 503 itself: counted for the group, not for a task.
    expect(counters.byTargetGroup['WebTargets']).toBe(counters.byTask['Web-1']! + counters.byStatus['503']!);
    expect(counters.byListenerRule['Listener']).toEqual({ '10': counters.byTargetGroup['WebTargets'] });
    expect(counters.byRule).toEqual({ '10': counters.byTargetGroup['WebTargets'] });
    expect(counters.byStatus['200']).toBe(counters.byTask['Web-1']);
  });

  it('counts the requests in flight per target at the moment of the call', () => {
    const sim = createSimulation(
      world({ services: [{ id: 'Web', app: { latencyMs: 1000 } }], script: [{ at: 200, command: { do: 'request', path: '/web' } }] }),
    );
    sim.runUntil(200_500);
    expect(sim.counters().inFlightByTarget).toEqual({ WebTargets: { 'Web-1': 1 } });
    expect(sim.counters().inFlight).toBe(1);
    sim.runUntil(201_000);
    expect(sim.counters().inFlightByTarget).toEqual({ WebTargets: {} });
    expect(sim.counters().byStatus).toEqual({ '200': 1 });
  });

  it('is a copy: changing the world later does not change a snapshot already taken', () => {
    const sim = createSimulation(world({ services: [{ id: 'Web' }] }));
    sim.runUntil(170_000);
    const before = sim.snapshot();
    const copy = JSON.stringify(before);
    sim.dispatch({ do: 'stopTask', task: 'Web-1' });
    sim.runUntil(600_000);
    expect(JSON.stringify(before)).toBe(copy);
  });
});

describe('recentEvents()', () => {
  it('keeps the last events, oldest first, without requests unless asked', () => {
    const spec = world({ services: [{ id: 'Web' }], traffic: { rate: 5, mix: [{ path: '/web' }] } });
    const sim = createSimulation(spec, { eventRingSize: 4 });
    const all: string[] = [];
    sim.subscribe((e) => all.push(JSON.stringify(e)));
    sim.runUntil(200_000);
    expect(sim.recentEvents().map((e) => JSON.stringify(e))).toEqual(all.slice(-4));
    const withRequests = createSimulation(spec, { eventRingSize: 3, ringRequests: true });
    withRequests.runUntil(200_000);
    expect(withRequests.recentEvents().map((e) => e.type)).toEqual(['request.completed', 'request.completed', 'request.completed']);
  });
});
