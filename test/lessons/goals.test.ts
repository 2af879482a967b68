/**
 * Each goal kind against a real run, with AWS's numbers: a target group checking every 10 s with an unhealthy
 * threshold of 2, whose target starts failing at 60 s, is unhealthy at the second failing check, 70 s (MC2, MC14:
 * the command runs before the check due at 60 s, so that check already fails).
 */
import { describe, expect, it } from 'vitest';
import type { Goal, GoalStatus } from '../../src/lessons';
import { trackGoal, webWorld } from './tracking';

const FAIL_WEB_1 = { do: 'failHealthChecks', task: 'Web-1' } as const;

function leaves(status: GoalStatus): boolean[] {
  return status.children.map((c) => c.met);
}

describe('targets', () => {
  it('the task\'s target: unhealthy at the second failing check, 70 s, and not a millisecond before', () => {
    const run = trackGoal(webWorld(), { kind: 'targets', targetGroup: 'WebTargets', state: 'unhealthy', task: 'Web-1', count: null, atLeast: null });
    expect(run.at(0).met).toBe(false);
    run.give(60_000, FAIL_WEB_1);
    expect(run.at(69_999)).toMatchObject({ met: false, progress: { kind: 'count', have: 0, want: 1 } });
    expect(run.at(70_000)).toMatchObject({ met: true, progress: { kind: 'count', have: 1, want: 1 } });
  });

  it('exactly a count, at least a count, or every target that is not draining', () => {
    const healthy = (extra: Partial<Extract<Goal, { kind: 'targets' }>>): Goal => ({ kind: 'targets', targetGroup: 'WebTargets', state: 'healthy', task: null, count: null, atLeast: null, ...extra });
    const exactly = trackGoal(webWorld(), healthy({ count: 2 }));
    const three = trackGoal(webWorld(), healthy({ atLeast: 3 }));
    const every = trackGoal(webWorld(), healthy({}));
    for (const run of [exactly, three, every]) run.give(60_000, FAIL_WEB_1);
    // 0 s: Web-1 and Web-2 healthy. 70 s: Web-1 unhealthy. 80 s: the replacement Web-3 registers (initial).
    // 100 s: Web-3 healthy after 2 checks; ECS deregisters Web-1, which drains.
    expect([0, 70_000, 80_000, 100_000].map((t) => exactly.at(t).met)).toEqual([true, false, false, true]);
    expect([0, 70_000, 80_000, 100_000].map((t) => three.at(t).met)).toEqual([false, false, false, false]);
    expect([0, 70_000, 80_000, 100_000].map((t) => every.at(t))).toMatchObject([
      { met: true, progress: { have: 2, want: 2 } },
      { met: false, progress: { have: 1, want: 2 } },
      { met: false, progress: { have: 1, want: 3 } },
      { met: true, progress: { have: 2, want: 2 } },
    ]);
    expect(exactly.sim.snapshot().targetGroups[0]!.targets.find((t) => t.taskId === 'Web-1')!.state).toBe('draining');
  });
});

describe('serviceSteady', () => {
  it('steady at its count from the warm start, not while ECS replaces a task, and again once the failed task has stopped', () => {
    const run = trackGoal(webWorld(), { kind: 'serviceSteady', service: 'Web', count: 2 });
    expect(run.at(0)).toMatchObject({ met: true, progress: { have: 2, want: 2 } });
    run.give(60_000, FAIL_WEB_1);
    expect(run.at(69_999).met).toBe(true);
    expect(run.at(70_000).met).toBe(false);
    // Web-3 RUNNING at 81 s beside Web-1 and Web-2: three running.
    expect(run.at(81_000)).toMatchObject({ met: false, progress: { have: 3, want: 2 } });
    // Web-1 drains from 100 s for 30 s, stops 4 s later, and the service is steady.
    expect(run.at(133_999).met).toBe(false);
    expect(run.at(134_000)).toMatchObject({ met: true, progress: { have: 2, want: 2 } });
  });

  it('is not met at another count', () => {
    expect(trackGoal(webWorld(), { kind: 'serviceSteady', service: 'Web', count: 3 }).at(0).met).toBe(false);
  });
});

describe('event', () => {
  const unhealthy = { target: 'Web-1', to: 'unhealthy' };
  const event = (extra: Partial<Extract<Goal, { kind: 'event' }>>): Goal => ({ kind: 'event', type: 'target.health', where: unhealthy, window: [0, null], atLeast: 1, ...extra });

  it('counts matching events from the step\'s start, within its window', () => {
    const open = trackGoal(webWorld(), event({}), 60_000);
    const early = trackGoal(webWorld(), event({ window: [0, 5] }), 60_000);
    const exact = trackGoal(webWorld(), event({ window: [10, 10] }), 60_000);
    for (const run of [open, early, exact]) run.give(60_000, FAIL_WEB_1);
    expect(open.at(69_999)).toMatchObject({ met: false, progress: { have: 0, want: 1 } });
    expect(open.at(70_000)).toMatchObject({ met: true, progress: { have: 1, want: 1 } });
    expect(early.at(200_000).met).toBe(false);
    expect(exact.at(70_000).met).toBe(true);
  });

  it('needs atLeast of them, and leaves out what happened before the step', () => {
    // Both warm targets turned healthy at 0 s, before a step starting at 60 s; only Web-3's turn at 100 s counts.
    const run = trackGoal(webWorld(), event({ where: { to: 'healthy' }, atLeast: 2 }), 60_000);
    run.give(60_000, FAIL_WEB_1);
    expect(run.at(200_000)).toMatchObject({ met: false, progress: { have: 1, want: 2 } });
  });

  it('matches part of a text, and a field inside the command', () => {
    const message = trackGoal(webWorld(), { kind: 'event', type: 'service.event', where: { message: { contains: '(task Web-1) (port 8080) is unhealthy' } }, window: [0, null], atLeast: 1 });
    const command = trackGoal(webWorld(), { kind: 'event', type: 'command.applied', where: { 'command.do': 'failHealthChecks', 'command.task': 'Web-1' }, window: [0, null], atLeast: 1 });
    for (const run of [message, command]) run.give(60_000, FAIL_WEB_1);
    expect(command.at(60_000).met).toBe(true);
    expect(message.at(69_999).met).toBe(false);
    expect(message.at(70_000).met).toBe(true);
  });
});

describe('requests', () => {
  const spec = () =>
    webWorld({ app: { responses: [{ pattern: '/web/bad', status: 500 }] } }, 20);
  const mixed = () => {
    const s = spec();
    return { ...s, traffic: { rate: 20, mix: [{ path: '/web' }, { path: '/web/bad' }] } };
  };

  it('judges the share over the last `over` seconds, once the step has run that long', () => {
    const run = trackGoal(mixed(), { kind: 'requests', path: '/web/bad', listenerPort: null, status: 500, atLeast: 1, atMost: null, over: 5, minRequests: 1 });
    expect(run.at(4_999)).toMatchObject({ met: false, progress: { kind: 'share', share: 1 } });
    expect(run.at(5_000)).toMatchObject({ met: true, progress: { kind: 'share', share: 1 } });
    expect(run.tracker.nextChange(0)).toBe(5_000);
  });

  it('reads the share of a status class, at most, and of every path, exactly as the requests in the window give it', () => {
    const none = trackGoal(mixed(), { kind: 'requests', path: '/web', listenerPort: 80, status: '5xx', atLeast: null, atMost: 0, over: 5, minRequests: 1 });
    const half = trackGoal(mixed(), { kind: 'requests', path: null, listenerPort: null, status: 200, atLeast: 0.5, atMost: null, over: 5, minRequests: 1 });
    const events: { t: number; status: number }[] = [];
    half.sim.subscribe((e) => {
      if (e.type === 'request.completed') events.push({ t: e.t, status: e.status });
    }, { requests: true });
    expect(none.at(10_000)).toMatchObject({ met: true, progress: { share: 0 } });
    const status = half.at(10_000);
    const window = events.filter((e) => e.t > 5_000 && e.t <= 10_000);
    const share = window.filter((e) => e.status === 200).length / window.length;
    expect(window.length).toBeGreaterThan(50);
    expect(status).toMatchObject({ met: share >= 0.5, progress: { kind: 'share', share, requests: window.length } });
  });

  it('needs minRequests in the window', () => {
    const run = trackGoal(mixed(), { kind: 'requests', path: '/web/bad', listenerPort: null, status: 500, atLeast: 1, atMost: null, over: 5, minRequests: 1000 });
    expect(run.at(10_000).met).toBe(false);
  });
});

describe('property', () => {
  it('reads the world spec now: a health-check path changed by modifyTargetGroup, a rule\'s condition values', () => {
    const path = trackGoal(webWorld(), { kind: 'property', resource: 'WebTargets', path: 'healthCheck.path', equals: '/ping' });
    const values = trackGoal(webWorld(), { kind: 'property', resource: 'WebRule', path: 'conditions[0].values', equals: ['/web*'] });
    expect(path.at(0)).toMatchObject({ met: false, progress: { kind: 'value', value: '/health' } });
    expect(values.at(0).met).toBe(true);
    const healthCheck = { ...path.sim.world().targetGroups[0]!.healthCheck, path: '/ping' };
    path.give(30_000, { do: 'modifyTargetGroup', targetGroup: 'WebTargets', healthCheck });
    expect(path.at(30_000)).toMatchObject({ met: true, progress: { value: '/ping' } });
  });
});

describe('elapsed, all, any and not', () => {
  it('elapsed is met exactly so many seconds after the step started', () => {
    const run = trackGoal(webWorld(), { kind: 'elapsed', seconds: 30 }, 10_000);
    expect(run.tracker.nextChange(10_000)).toBe(40_000);
    expect(run.at(39_999)).toMatchObject({ met: false, progress: { kind: 'seconds', have: 29.999, want: 30 } });
    expect(run.at(40_000).met).toBe(true);
    expect(run.tracker.nextChange(40_000)).toBe(null);
  });

  it('combine their goals\' answers, which the status lists', () => {
    const unhealthy: Goal = { kind: 'event', type: 'target.health', where: { to: 'unhealthy' }, window: [0, null], atLeast: 1 };
    const twenty: Goal = { kind: 'elapsed', seconds: 20 };
    const quiet: Goal = { kind: 'all', goals: [twenty, { kind: 'not', goal: unhealthy }] };
    const either: Goal = { kind: 'any', goals: [unhealthy, { kind: 'elapsed', seconds: 100 }] };
    const a = trackGoal(webWorld(), quiet, 50_000);
    const b = trackGoal(webWorld(), either, 50_000);
    for (const run of [a, b]) run.give(60_000, FAIL_WEB_1);
    expect(leaves(a.at(69_999))).toEqual([false, true]);
    expect(a.at(70_000)).toMatchObject({ met: false });
    expect(leaves(a.at(70_000))).toEqual([true, false]);
    expect(b.at(69_999).met).toBe(false);
    expect(leaves(b.at(70_000))).toEqual([true, false]);
    expect(b.tracker.nextChange(70_000)).toBe(150_000);
  });
});
