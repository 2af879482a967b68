/**
 * The hangs of issue 16, played: the worlds that used to freeze the tab now play with every frame inside the playback
 * loop's budget. `?rate=1e9` is capped at the rate limit (and said), and the default scenario at that rate plays at
 * 60x; a service of 5,000 tasks (the most a service may have; 100,000 is refused by the loader with the limit's
 * message, test/scenario/limits.test.ts) plays at 60x. The budget is counted (a clock that never moves), so the bound
 * is exact on any machine: a frame does at most its entries, plus the rest of the instant it stopped in.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStartup } from '../../src/app/startup';
import type { ScenarioSpec } from '../../src/engine';
import { createPlayback, createSimStore, templateToWorld } from '../../src/store';
import { manualFrames } from './manualFrames';

const MAX_EVENTS = 20_000;

function scenario(file: string): ScenarioSpec {
  const world = templateToWorld(readFileSync(`public/scenarios/${file}`, 'utf8'), file);
  if (!world.ok) throw new Error(world.error.messages.join('\n'));
  return world.spec;
}

/** Plays `spec` at 60x for `wallMs` of 60 fps frames; each frame's engine work, and the clock at the end. */
function play(spec: ScenarioSpec, wallMs: number, maxEvents = MAX_EVENTS) {
  const store = createSimStore({ spec, playing: true, speed: 60 });
  const frames = manualFrames();
  createPlayback(store, { frames, budget: { maxEvents, sliceEvents: 2_000, clock: () => 0 } });
  const work: number[] = [];
  for (let t = 0; t <= wallMs; t += 1000 / 60) {
    const before = store.getState().sim.work();
    frames.frame(t);
    work.push(store.getState().sim.work() - before);
  }
  return { work, now: store.getState().now, store, cut: work.filter((w) => w >= maxEvents).length };
}

describe('the worlds that froze the tab play inside the frame budget', () => {
  it('a link asking for 1e9 requests a second: capped at the limit, said, and played at 60x frame by frame', () => {
    const started = Date.now();
    const startup = parseStartup('?rate=1e9&speed=60');
    expect(startup.rate).toBe(1000);
    expect(startup.notices).toEqual([
      'rate=1e9 is more than the simulator runs: Traffic rate, in requests per second, is at most 1,000 (the simulator), so the rate is 1000.',
    ]);
    const spec = scenario('default.json');
    const { work, now } = play({ ...spec, traffic: { ...spec.traffic!, rate: startup.rate! } }, 3_000);
    // 1,000 requests a second at 60x is about 2,000 entries a frame: within budget, so the run keeps its speed.
    expect(Math.max(...work)).toBeLessThanOrEqual(MAX_EVENTS);
    expect(now).toBeGreaterThan(170_000);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('a service of 5,000 tasks plays at 60x without a frame past the budget and the rest of one instant', () => {
    const started = Date.now();
    const template = JSON.parse(readFileSync('public/scenarios/default.json', 'utf8')) as {
      Metadata: { EcsOrchestra: { start?: string } };
      Resources: Record<string, { Type: string; Properties: Record<string, unknown> }>;
    };
    // Cold: the 5,000 launch together, as the world that froze the tab did (a warm start would begin them running).
    delete template.Metadata.EcsOrchestra.start;
    // One service of 5,000 tasks, the most a service may have; without a load balancer (a target group takes 1,000).
    const [id, service] = Object.entries(template.Resources).find(([, r]) => r.Type === 'AWS::ECS::Service')!;
    service.Properties.DesiredCount = 5000;
    delete service.Properties.LoadBalancers;
    delete service.Properties.HealthCheckGracePeriodSeconds;
    const world = templateToWorld(template, 'five-thousand.json');
    if (!world.ok) throw new Error(world.error.messages.join('\n'));
    expect(world.spec.services.find((s) => s.id === id)?.desiredCount).toBe(5000);

    // A budget small enough to cut this world's frames: 5,000 entries.
    const { work, now, store, cut } = play(world.spec, 3_000, 5_000);
    expect(cut).toBeGreaterThan(0);
    // A frame stops at the first instant's end past its budget; 5,000 tasks launched together share instants,
    // so that rest is at most one entry per task (and a scheduler pass for each).
    expect(Math.max(...work)).toBeLessThanOrEqual(5_000 + 2 * 5_000);
    expect(store.getState().snapshot.services.find((s) => s.id === id)?.runningCount).toBe(5000);
    // A few frames are cut (the instants where all 5,000 change phase together); over the 3 s the run keeps up.
    expect(now).toBeGreaterThan(170_000);
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});
