/**
 * Slow start (fact 122, MC31) and sticky sessions (facts 96, 106; MC32), with AWS's numbers: a new target's share
 * ramps linearly over slow_start.duration_seconds (so over the ramp it gets 1 - ln 2 = 30.7 % of a two-target
 * group's requests, then half); a client with a stickiness cookie returns to its target until the duration ends or
 * the target is no longer healthy; a weighted forward's group stickiness keeps a client on its group.
 */
import { describe, expect, it } from 'vitest';
import type { RequestCompletedEvent, ScenarioSpec, TargetGroupSpec } from '../../src/engine';
import { ofType, run, world } from '../support/world';
import { at } from '../support/timeline';

function withGroup(spec: ScenarioSpec, change: Partial<TargetGroupSpec>): ScenarioSpec {
  return { ...spec, targetGroups: spec.targetGroups.map((g) => ({ ...g, ...change })) };
}

const fast = { intervalSeconds: 5, healthyThreshold: 2, unhealthyThreshold: 2 };
const share = (requests: readonly RequestCompletedEvent[], task: string) => requests.filter((r) => r.target === task).length / requests.length;
const between = (requests: readonly RequestCompletedEvent[], from: number, to: number) => requests.filter((r) => r.t >= from * 1000 && r.t < to * 1000);

describe('slow start (MC31)', () => {
  // Web-1 healthy from the warm start; Web-2 starts at 100 s, registers at 110 s and is healthy at 120 s (checks at 115, 120).
  const spec = withGroup(world({
    start: 'warm',
    services: [{ id: 'Web', path: '/*', healthCheck: fast }],
    traffic: { rate: 200, mix: [{ path: '/' }] },
    script: [at(100, { do: 'setDesiredCount', service: 'Web', count: 2 })],
  }), { slowStartSeconds: 60 });
  const { events } = run(spec, 260);
  const requests = ofType(events, 'request.completed');

  it('ramps the new target from nothing to its full share over the 60 s: 30.7 % of the group\'s requests over the ramp, half after', () => {
    expect(ofType(events, 'target.health').find((e) => e.target === 'Web-2' && e.to === 'healthy')?.t).toBe(120_000);
    const ramp = between(requests, 120, 180);
    expect(share(ramp, 'Web-2')).toBeGreaterThan(0.29);
    expect(share(ramp, 'Web-2')).toBeLessThan(0.325);
    expect(share(between(requests, 120, 130), 'Web-2')).toBeLessThan(share(between(requests, 150, 160), 'Web-2'));
    const after = between(requests, 180, 240);
    expect(Math.abs(after.filter((r) => r.target === 'Web-2').length - after.filter((r) => r.target === 'Web-1').length)).toBeLessThanOrEqual(1);
  });

  it('gives no slow start without it: the new target takes half at once', () => {
    const plain = ofType(run(withGroup(spec, { slowStartSeconds: 0 }), 150).events, 'request.completed');
    const first = between(plain, 121, 150);
    expect(Math.abs(first.filter((r) => r.target === 'Web-2').length - first.filter((r) => r.target === 'Web-1').length)).toBeLessThanOrEqual(1);
  });
});

describe('sticky sessions (MC32)', () => {
  // Three healthy targets from the warm start; alice's requests (path /alice) carry her cookie, the others none.
  const base = world({
    start: 'warm',
    services: [{ id: 'Web', path: '/*', desiredCount: 3, healthCheck: fast, deregistrationDelaySeconds: 0 }],
    traffic: { rate: 20, mix: [{ path: '/alice', client: 'alice' }, { path: '/' }] },
  });
  const sticky = withGroup(base, { stickiness: { type: 'lb_cookie', durationSeconds: 60 } });
  const aliceOf = (requests: readonly RequestCompletedEvent[]) => requests.filter((r) => r.path === '/alice');

  it('sends a client back to her target until the cookie\'s 60 s end, then picks again; others go round robin', () => {
    const requests = ofType(run(sticky, 200).events, 'request.completed');
    const alice = aliceOf(requests);
    const firstAt = alice[0]!.t;
    const held = alice.filter((r) => r.t < firstAt + 60_000);
    expect(held.length).toBeGreaterThan(100);
    expect(new Set(held.map((r) => r.target)).size).toBe(1);
    const others = requests.filter((r) => r.path === '/' && r.t < firstAt + 60_000);
    expect(new Set(others.map((r) => r.target))).toEqual(new Set(['Web-1', 'Web-2', 'Web-3']));
    // Without stickiness her requests go round robin like anyone's.
    const plain = aliceOf(ofType(run(base, 60).events, 'request.completed'));
    expect(new Set(plain.map((r) => r.target)).size).toBe(3);
  });

  it('moves her when her target drains, and she stays on the new one', () => {
    const first = aliceOf(ofType(run(sticky, 90).events, 'request.completed'));
    const holder = first.find((r) => r.t > 80_000)!.target!;
    const requests = ofType(run({ ...sticky, script: [at(85, { do: 'stopTask', task: holder })] }, 120).events, 'request.completed');
    const after = aliceOf(requests).filter((r) => r.t > 85_000);
    expect(after.every((r) => r.target !== holder)).toBe(true);
    expect(new Set(after.map((r) => r.target)).size).toBe(1);
  });

  it('keeps a client on the group a weighted forward first sent her to, for the action\'s 300 s', () => {
    const two = world({ start: 'warm', services: [{ id: 'Web', path: '/*', healthCheck: fast }, { id: 'Api', path: '/api*', healthCheck: fast }], traffic: { rate: 20, mix: [{ path: '/alice', client: 'alice' }, { path: '/' }] } });
    const weighted: ScenarioSpec = {
      ...two,
      rules: two.rules.map((r) => (r.id === 'WebRule'
        ? { ...r, actions: [{ type: 'forward' as const, targetGroups: [{ targetGroupId: 'WebTargets', weight: 1 }, { targetGroupId: 'ApiTargets', weight: 1 }], stickinessSeconds: 300 }] }
        : r)),
    };
    const requests = ofType(run(weighted, 200).events, 'request.completed');
    expect(new Set(aliceOf(requests).map((r) => r.targetGroup)).size).toBe(1);
    expect(new Set(requests.filter((r) => r.path === '/').map((r) => r.targetGroup))).toEqual(new Set(['WebTargets', 'ApiTargets']));
  });
});
