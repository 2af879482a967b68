/**
 * Where a deployment's time went, read from the run's events (teaching.md S7), and the numbers the lesson "Why the
 * deploy took fifteen minutes" tells its learner, checked against its own run.
 */
import { describe, expect, it } from 'vitest';
import type { SimEvent } from '../../src/engine';
import { deploymentBreakdown, playLessonThrough } from '../../src/lessons';
import { bundledLessonText, lessonOf, simulationOf } from './helpers';

/** The lesson played with its reference solution (up to a step's start, when given), and every event of its run. */
function played(file: string, untilStep?: number): SimEvent[] {
  const lesson = lessonOf(bundledLessonText(file), file);
  const sim = simulationOf(lesson);
  const events: SimEvent[] = [];
  sim.subscribe((e) => events.push(e));
  playLessonThrough(lesson, sim, { solve: true, ...(untilStep === undefined ? {} : { untilStep }) }).run.dispose();
  return events;
}

const task = (n: number) => `ShopService-${n}`;
const batch = (tasks: number[], replaced: number[], at: number, healthChecksMs: number, drainingMs: number) => ({
  tasks: tasks.map(task),
  startedAt: at,
  waitedMs: 0,
  provisioningMs: 3_000,
  pullMs: 7_000,
  healthChecksMs,
  healthyAt: at + 10_000 + healthChecksMs,
  replaced: replaced.map(task),
  drainingMs,
  stoppingMs: 4_000,
  endedAt: at + 10_000 + healthChecksMs + drainingMs + 4_000,
});

describe('deploymentBreakdown', () => {
  const events = played('why-the-deploy-took-so-long.yaml');
  const slowEnd = events.find((e) => e.type === 'service.event' && e.message.endsWith('(deployment ecs-svc/2) deployment completed.'))!.t;

  it('breaks the slow deploy into its two batches: launch, five checks 30 s apart, 300 s of draining, the stop', () => {
    // The lesson's narration: each batch 464 s (3 s provisioning, 7 s pull, 150 s of checks, 300 s draining, 4 s
    // stopping); the second starts as the first batch's old tasks stop; 928 s from the deploy to "completed".
    const slow = deploymentBreakdown(events.filter((e) => e.t <= slowEnd), 'ShopService')!;
    expect(slow).toEqual({
      service: 'ShopService',
      startedAt: 1_000,
      completedAt: 929_000,
      batches: [batch([5, 6], [1, 2], 1_000, 150_000, 300_000), batch([7, 8], [3, 4], 465_000, 150_000, 300_000)],
    });
    expect(slow.batches.map((b) => b.endedAt! - b.startedAt)).toEqual([464_000, 464_000]);
    expect(slow.completedAt! - slow.startedAt).toBe(928_000);
  });

  it('breaks the tuned deploy into one batch: two checks 10 s apart and a 30-second delay, under two minutes', () => {
    // The old tasks in the order ECS stopped them: the most recently started first (MC6).
    const fast = deploymentBreakdown(events, 'ShopService')!;
    const deployedAt = fast.startedAt;
    expect(fast).toEqual({ service: 'ShopService', startedAt: deployedAt, completedAt: deployedAt + 64_000, batches: [batch([9, 10, 11, 12], [7, 8, 5, 6], deployedAt, 20_000, 30_000)] });
    expect(events.filter((e) => e.type === 'request.completed' && e.t > slowEnd && e.status >= 500)).toEqual([]);
  });

  it('leaves what has not happened yet unknown while the deployment runs, and is null before any deployment', () => {
    expect(deploymentBreakdown(events.filter((e) => e.t < 161_000), 'ShopService')).toEqual({
      service: 'ShopService',
      startedAt: 1_000,
      completedAt: null,
      batches: [{ ...batch([5, 6], [], 1_000, 150_000, 300_000), healthChecksMs: null, healthyAt: null, replaced: [], drainingMs: null, stoppingMs: null, endedAt: null }],
    });
    expect(deploymentBreakdown(events.filter((e) => e.t < 1_000), 'ShopService')).toBeNull();
    expect(deploymentBreakdown(events, 'NoSuchService')).toBeNull();
  });

  it('counts the wait for room: in "No chairs left" the first new task waits for the instance the learner adds', () => {
    // Deployed at 5 s, stuck until the solution adds an instance as the third step starts (120.002 s); then one
    // task at a time, since each instance has one host port 80: 20 s of checks, 20 s of draining, 4 s to stop.
    const web = (n: number) => `WebService-${n}`;
    const one = (n: number, at: number, waitedMs: number) => ({
      tasks: [web(n)], startedAt: at, waitedMs, provisioningMs: 3_000, pullMs: 7_000, healthChecksMs: 20_000, healthyAt: at + 30_000,
      replaced: [web(n - 2)], drainingMs: 20_000, stoppingMs: 4_000, endedAt: at + 54_000,
    });
    expect(deploymentBreakdown(played('no-chairs-left.yaml', 3), 'WebService')).toEqual({
      service: 'WebService',
      startedAt: 5_000,
      completedAt: 228_002,
      batches: [one(3, 120_002, 115_002), one(4, 174_002, 0)],
    });
  });
});
