/**
 * The numbers the bundled lessons' narration and reasons state, against their own runs (reference solutions
 * played): a lesson that says "unhealthy at 60 seconds" must show it at 60 seconds. (The S7 lesson's breakdown is
 * checked in deploymentBreakdown.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import type { SimEvent } from '../../src/engine';
import { playLessonThrough } from '../../src/lessons';
import { bundledLessonText, lessonOf, simulationOf } from './helpers';

function played(id: string): SimEvent[] {
  const lesson = lessonOf(bundledLessonText(`${id}.yaml`), `${id}.yaml`);
  const sim = simulationOf(lesson);
  const events: SimEvent[] = [];
  sim.subscribe((e) => events.push(e), { requests: true });
  playLessonThrough(lesson, sim, { solve: true }).run.dispose();
  return events;
}

/** Seconds at which the first event matching every given field happened (null when none did). */
function when(events: readonly SimEvent[], type: SimEvent['type'], fields: Record<string, unknown>): number | null {
  const e = events.find((x) => x.type === type && Object.entries(fields).every(([k, v]) => (x as unknown as Record<string, unknown>)[k] === v));
  return e ? e.t / 1000 : null;
}

describe('the numbers the lessons state', () => {
  it('the slow starter: unhealthy 20 s after registering, the app up 90 s after RUNNING, the replacement stopped before', () => {
    const events = played('the-slow-starter');
    const task = (n: number, to: string) => when(events, 'task.status', { task: `ReportsService-${n}`, to });
    const target = (n: number, to: string) => when(events, 'target.health', { target: `ReportsService-${n}`, to });
    // "RUNNING 11 seconds after it starts and registers a second before that"; unhealthy after 2 checks 10 s apart.
    expect([task(1, 'PROVISIONING'), target(1, 'initial'), task(1, 'RUNNING'), target(1, 'unhealthy')]).toEqual([0, 10, 11, 20 + 10]);
    // "ReportsService-3 starts 30 seconds in ... registered at 40 seconds, was unhealthy at 60, deregistered at 98,
    // before its app would have answered at 131" (RUNNING at 41 + 90).
    expect([task(3, 'PROVISIONING'), target(3, 'initial'), task(3, 'RUNNING'), target(3, 'unhealthy'), target(3, 'draining'), target(3, 'healthy')]).toEqual([30, 40, 41, 60, 98, null]);
  });

  it('the musicians never arrive: two failures 10 s after the deploy, a 10-second wait, the breaker at the third', () => {
    const events = played('the-musicians-never-arrive');
    const failed = (n: number) => when(events, 'task.status', { task: `CheckoutService-${n}`, stopCode: 'TaskFailedToStart' });
    expect(when(events, 'command.applied', {})).toBe(60);
    expect([failed(3), failed(4), when(events, 'task.status', { task: 'CheckoutService-5', to: 'PROVISIONING' }), failed(5)]).toEqual([70, 70, 80, 90]);
    expect(when(events, 'service.event', { message: '(service checkout) (deployment ecs-svc/2) deployment failed: tasks failed to start.' })).toBe(90);
    // "CheckoutService-1 and -2 served every request throughout": no request failed.
    expect(events.filter((e) => e.type === 'request.completed' && e.status >= 500)).toEqual([]);
  });

  it('finishing the piece: 30 s of draining and 4 s to stop; the 45-second requests cut 12 to 15 s short', () => {
    const events = played('finishing-the-piece');
    const stops = events.filter((e): e is Extract<SimEvent, { type: 'command.applied' }> => e.type === 'command.applied' && e.command.do === 'stopTask').map((e) => e.t / 1000);
    const drainedAt = when(events, 'target.health', { target: 'OrdersService-1', to: 'unused' })!;
    expect(drainedAt - stops[0]!).toBeCloseTo(30, 6);
    expect(when(events, 'task.status', { task: 'OrdersService-1', to: 'STOPPED' })! - drainedAt).toBeCloseTo(4, 6);
    const cut = events.filter((e): e is Extract<SimEvent, { type: 'request.completed' }> => e.type === 'request.completed' && e.target === 'OrdersService-2' && e.status === 502);
    const ended = stops[1]! + 30;
    expect(new Set(cut.map((e) => e.t / 1000))).toEqual(new Set([ended]));
    // Each would have taken 45 s from its arrival (its latency so far says when), at most 3 s before the stop.
    expect(cut.length).toBeGreaterThan(0);
    const needed = cut.map((e) => (e.t - e.latencyMs) / 1000 + 45 - ended);
    expect(Math.min(...needed)).toBeGreaterThanOrEqual(12);
    expect(Math.max(...needed)).toBeLessThanOrEqual(15);
  });

  it('scaling by hand: a new task healthy 30 s after the change; a scale-in stops -5, -4 and -3, each draining 30 s', () => {
    const events = played('scaling-the-section-by-hand');
    const changes = events.filter((e) => e.type === 'command.applied' && e.command.do === 'setDesiredCount').map((e) => e.t / 1000);
    expect(when(events, 'target.health', { target: 'UsersService-4', to: 'healthy' })! - changes[0]!).toBeCloseTo(30, 6);
    const stopped = events.filter((e) => e.type === 'task.status' && e.to === 'DEACTIVATING' && e.t / 1000 === changes[1]);
    expect(stopped.map((e) => (e.type === 'task.status' ? e.task : null))).toEqual(['UsersService-5', 'UsersService-4', 'UsersService-3']);
    expect(when(events, 'target.health', { target: 'UsersService-5', to: 'unused' })! - changes[1]!).toBeCloseTo(30, 6);
  });

  it('three referees: the container check stops a task the load balancer still calls healthy, and a slow boot 30 s after RUNNING', () => {
    const events = played('three-referees');
    // Changes of state only: InitialHealthChecking is a new reason in the same state (initial -> initial).
    const targetStates = (task: string) => events.flatMap((e) => (e.type === 'target.health' && e.target === task && e.from !== e.to ? [e.to] : []));
    expect(targetStates('LedgerService-1')).toEqual(['healthy', 'draining', 'unused']);
    const running = when(events, 'task.status', { task: 'LedgerService-4', to: 'RUNNING' })!;
    expect(when(events, 'task.health', { task: 'LedgerService-4', to: 'UNHEALTHY' })! - running).toBeCloseTo(30, 6);
    expect(targetStates('LedgerService-4')).toEqual(['initial', 'draining', 'unused']);
  });
});
