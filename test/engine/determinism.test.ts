/**
 * Determinism (MC1, MC14, MC17): the same scenario and seed give byte-identical event logs; a live session of
 * dispatches and advanceTo replays byte for byte as a script.
 */
import type { ScenarioSpec, ScriptEntry, SimEvent } from '../../src/engine';
import { createSimulation } from '../../src/engine';
import { world } from '../support/world';
import { at, requests } from '../support/timeline';

const script: ScriptEntry[] = [
  at(180, { do: 'slowTask', task: 'Web-2', latencyMs: 800 }),
  at(190, { do: 'failHealthChecks', task: 'Web-1' }),
  at(210, { do: 'failHealthChecks', task: 'Api-1', timeout: true }),
  at(230, { do: 'crashTask', task: 'Web-3' }),
  at(260, { do: 'setTraffic', rate: 25 }),
  at(300, { do: 'deploy', service: 'Api', image: 'example/api:2' }),
  at(320, { do: 'stopTask', task: 'Web-2' }),
  at(400, { do: 'setDesiredCount', service: 'Web', count: 2 }),
  at(401.5, { do: 'recoverTask', task: 'Web-1' }),
  at(500, { do: 'request', path: '/web/one' }),
];

const scenario = (withScript: boolean, seed = 7): ScenarioSpec =>
  world({
    seed,
    services: [
      { id: 'Web', desiredCount: 3, deregistrationDelaySeconds: 30, app: { latencyMs: 150, errorRate: 0.1 } },
      { id: 'Api', desiredCount: 2, app: { latencyMs: 40 }, algorithm: 'least_outstanding_requests' },
    ],
    traffic: { rate: 8, mix: [{ path: '/web', weight: 3 }, { path: '/api/x', weight: 2 }, { path: '/missing' }] },
    script: withScript ? script : [],
  });

/** Every event as a JSON line, requests included. */
function lines(spec: ScenarioSpec, untilMs: number, seed?: number): string[] {
  const sim = createSimulation(spec, seed === undefined ? {} : { seed });
  const out: string[] = [];
  sim.subscribe((e) => out.push(JSON.stringify(e)), { requests: true });
  sim.runUntil(untilMs);
  return out;
}

const parse = (ls: readonly string[]): SimEvent[] => ls.map((l) => JSON.parse(l) as SimEvent);

/** Null when both logs are identical, else where they first differ (a compact failure instead of a 20k-line diff). */
function firstDifference(actual: readonly string[], expected: readonly string[]) {
  const n = Math.max(actual.length, expected.length);
  for (let i = 0; i < n; i++) {
    if (actual[i] !== expected[i]) {
      return { index: i, lengths: [actual.length, expected.length], actual: actual.slice(i, i + 4), expected: expected.slice(i, i + 4) };
    }
  }
  return null;
}

describe('same scenario, same seed', () => {
  it('gives byte-identical JSON lines for every event, requests included', () => {
    const a = lines(scenario(true), 600_000);
    const b = lines(scenario(true), 600_000);
    expect(firstDifference(b, a)).toBeNull();
    const events = parse(a);
    const types = new Set(events.map((e) => e.type));
    // The recoverTask at 401.5 s finds Web-1 already being stopped (scaled in at 400 s), so the engine refuses it.
    expect([...types].sort()).toEqual(['command.applied', 'command.rejected', 'request.completed', 'service.event', 'target.health', 'task.status']);
    expect(requests(events).length).toBeGreaterThan(2500);
  });
});

describe('a different seed', () => {
  it('changes the traffic', () => {
    const a = requests(parse(lines(scenario(true), 300_000)));
    const b = requests(parse(lines(scenario(true), 300_000, 8)));
    expect(b.map((r) => r.t)).not.toEqual(a.map((r) => r.t));
  });

  it('changes nothing when there is no traffic (only arrivals and errorRate draw random numbers)', () => {
    const quiet = world({ seed: 1, services: [{ id: 'Web', desiredCount: 2 }], script: [at(200, { do: 'crashTask', task: 'Web-1' })] });
    expect(firstDifference(lines(quiet, 800_000, 99), lines(quiet, 800_000))).toBeNull();
  });
});

describe('a live session replays as a script (MC14)', () => {
  /** Dispatch each command at its time after advanceTo, as the live app does. */
  function live(untilMs: number) {
    const sim = createSimulation(scenario(false));
    const out: string[] = [];
    sim.subscribe((e) => out.push(JSON.stringify(e)), { requests: true });
    for (const entry of script) {
      sim.advanceTo(entry.at * 1000);
      sim.dispatch(entry.command);
    }
    sim.runUntil(untilMs);
    return { sim, out };
  }

  it('dispatch after advanceTo gives the same event log as the same commands scripted at the same times', () => {
    const { out } = live(600_000);
    expect(firstDifference(out, lines(scenario(true), 600_000))).toBeNull();
  });

  it('advancing in frames of any size gives the same log as one advance (the app plays frame by frame)', () => {
    const frameSizes = [1, 7, 16, 17, 33, 250, 1000, 16.7];
    const sim = createSimulation(scenario(true));
    const framed: string[] = [];
    sim.subscribe((e) => framed.push(JSON.stringify(e)), { requests: true });
    let t = 0;
    for (let i = 0; t < 600_000; i++) {
      t = Math.min(600_000, t + frameSizes[i % frameSizes.length]!);
      sim.advanceTo(t);
    }
    const once = createSimulation(scenario(true));
    const whole: string[] = [];
    once.subscribe((e) => whole.push(JSON.stringify(e)), { requests: true });
    once.advanceTo(600_000);
    expect(framed.length).toBeGreaterThan(5000);
    expect(firstDifference(framed, whole)).toBeNull();
  });

  it('commandLog() with the spec and seed is enough to replay the run', () => {
    const { sim, out } = live(600_000);
    const log = sim.commandLog();
    expect(log.map((c) => c.atMs)).toEqual(script.map((e) => e.at * 1000));
    const replay = { ...scenario(false), script: log.map((c) => ({ at: c.atMs / 1000, command: c.command })) };
    expect(firstDifference(lines(replay, 600_000), out)).toBeNull();
  });

  it('a command dispatched at an instant where a health check is due acts before the check (MC14)', () => {
    // MC2's clock: target registered at 0, checks every 30 s; a failHealthChecks at 210 s fails the 210 s check.
    const spec = world({ services: [{ id: 'Web', app: { provisioningSeconds: 0, pendingSeconds: 0 } }] });
    const sim = createSimulation(spec);
    const health: SimEvent[] = [];
    sim.subscribe((e) => {
      if (e.type === 'target.health' && e.target === 'Web-1') health.push(e);
    });
    sim.advanceTo(210_000);
    sim.dispatch({ do: 'failHealthChecks', task: 'Web-1' });
    sim.runUntil(240_000);
    expect(health.map((e) => (e.type === 'target.health' ? [e.to, e.t] : null))).toEqual([
      ['initial', 0],
      ['initial', 30_000],
      ['healthy', 150_000],
      ['unhealthy', 240_000],
    ]);
  });
});

describe("an advance with a budget (the playback loop's frames)", () => {
  /** Plays the live session the app way: frames of a budgeted advance, each command dispatched when the clock gets to its time. */
  function budgeted(maxEvents: (frame: number) => number) {
    const sim = createSimulation(scenario(false));
    const out: string[] = [];
    sim.subscribe((e) => out.push(JSON.stringify(e)), { requests: true });
    const work: number[] = [];
    let next = 0;
    let frame = 0;
    let cuts = 0;
    while (sim.now() < 600_000) {
      const due = next < script.length ? script[next]!.at * 1000 : 600_000;
      const before = sim.work();
      const reached = sim.advanceTo(Math.min(due, sim.now() + 1000), { maxEvents: maxEvents(frame++) });
      work.push(sim.work() - before);
      if (!reached) cuts++;
      if (reached && next < script.length && sim.now() === due) sim.dispatch(script[next++]!.command);
    }
    return { out, work, cuts, sim };
  }

  it('gives the same log however it is cut, commands included', () => {
    const whole = lines(scenario(true), 600_000);
    for (const sizes of [[1], [3, 50, 7], [200, 1, 1, 13]]) {
      const run = budgeted((frame) => sizes[frame % sizes.length]!);
      expect(run.cuts).toBeGreaterThan(100);
      expect(firstDifference(run.out, whole)).toBeNull();
    }
  });

  it('stops at the end of an instant past its budget and says it did not get there', () => {
    const sim = createSimulation(scenario(true));
    expect(sim.advanceTo(600_000, { maxEvents: 1 })).toBe(false);
    // The first thing due is the scheduler's pass at t = 0: the clock stops 1 ms past it.
    expect(sim.now()).toBe(1);
    expect(sim.advanceTo(600_000, { maxEvents: 1_000_000 })).toBe(true);
    expect(sim.now()).toBe(600_000);
  });

  it('does at most the budget plus the rest of one instant', () => {
    const run = budgeted(() => 25);
    // Requests, checks and launches rarely share a millisecond in this world: a frame ends within a few entries of 25.
    expect(Math.max(...run.work)).toBeLessThanOrEqual(40);
    expect(run.work.filter((w) => w > 25).length).toBeLessThan(run.work.length / 10);
  });
});

describe('runUntil is inclusive, advanceTo exclusive', () => {
  it('a change due at 160 s happens with runUntil(160000) but not with advanceTo(160000)', () => {
    const spec = world({ services: [{ id: 'Web' }] });
    const a = createSimulation(spec);
    a.advanceTo(160_000);
    expect([a.now(), a.snapshot().targetGroups[0]!.targets[0]!.state]).toEqual([160_000, 'initial']);
    a.runUntil(160_000);
    expect(a.snapshot().targetGroups[0]!.targets[0]!.state).toBe('healthy');
    const b = createSimulation(spec);
    b.runUntil(160_000);
    expect([b.now(), b.snapshot().targetGroups[0]!.targets[0]!.state]).toEqual([160_000, 'healthy']);
    expect(b.nextEventTime()).toBe(190_000);
  });
});
