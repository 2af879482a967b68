/**
 * The command line checks and plays lessons: --lessons lists the bundled ones, --lesson plays one headless (with its
 * reference solution under --solve) and prints a line per step beside the usual events; a lesson file that does not
 * validate exits 2 with its report.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, lines } from './harness';

const ofType = (out: string, type: string) => lines(out).filter((l) => l.type === type);

function tempLesson(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'lesson-')), 'my-lesson.yaml');
  writeFileSync(file, text);
  return file;
}

const HAND_WRITTEN = `id: my-first-lesson
title: My first lesson
summary: A crash and the replacement.
scenario: crash-and-replace.json
steps:
  - id: crash
    title: A crash
    narration:
      aws: OrdersService-1 crashes; ECS replaces it.
      orchestra: The violinist OrdersService-1 walks out; the conductor calls a substitute.
    commands:
      - { at: 5, do: crashTask, task: OrdersService-1 }
    goal:
      event: { type: task.status, where: { task: OrdersService-1, to: STOPPED } }
    within: 60
`;

describe('npm run simulate -- --lessons', () => {
  it('prints one line per bundled lesson, in the index\'s order', () => {
    const { code, out, err } = cli('--lessons');
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(lines(out)).toEqual([
      { type: 'lesson', id: 'the-stage-and-the-conductor', title: 'The cluster and the service scheduler', steps: 4 },
      { type: 'lesson', id: 'sheet-music-and-instruments', title: 'Task definitions, revisions and images', steps: 4 },
      { type: 'lesson', id: 'front-of-house', title: 'Listeners on 80 and 443', steps: 3 },
      { type: 'lesson', id: 'who-plays-this-request', title: 'Which rule matches this request?', steps: 5 },
      { type: 'lesson', id: 'round-robin', title: 'Round robin', steps: 4 },
      { type: 'lesson', id: 'a-musician-falls-ill', title: 'A musician falls ill', steps: 4 },
      { type: 'lesson', id: 'the-sound-check', title: 'How health checks detect a failure', steps: 4 },
      { type: 'lesson', id: 'finishing-the-piece', title: 'Deregistration delay and in-flight requests', steps: 3 },
      { type: 'lesson', id: 'scaling-the-section-by-hand', title: 'Changing a service\'s desired count', steps: 3 },
      { type: 'lesson', id: 'the-wrong-health-check-path', title: 'The health check that never passes', steps: 3 },
      { type: 'lesson', id: 'the-slow-starter', title: 'The slow starter and the grace period', steps: 3 },
      { type: 'lesson', id: 'three-referees', title: 'Which health check stopped the task?', steps: 3 },
      { type: 'lesson', id: 'the-musicians-never-arrive', title: 'An image that cannot be pulled', steps: 3 },
      { type: 'lesson', id: 'rule-order-matters', title: 'Rule order matters', steps: 3 },
      { type: 'lesson', id: 'path-patterns-are-literal', title: 'Path patterns are literal', steps: 5 },
      { type: 'lesson', id: 'nobodys-home', title: '503, 502 and failing open', steps: 4 },
      { type: 'lesson', id: 'why-the-deploy-took-so-long', title: 'Why the deploy took fifteen minutes', steps: 5 },
      { type: 'lesson', id: 'no-chairs-left', title: 'A deployment with nowhere to place its tasks', steps: 4 },
    ]);
  });
});

describe('npm run simulate -- --lesson', () => {
  it('plays a bundled lesson with its solution: a line per step, a line per prediction, beside the events', () => {
    const { code, out, err } = cli('--lesson', 'the-sound-check', '--solve');
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(ofType(out, 'lesson.step')).toEqual([
      { type: 'lesson.step', lesson: 'the-sound-check', step: 'every-ten-seconds', goal: 'all of (20 s have passed; not (A target.health event with to = "unhealthy"))', met: true, t: 20_000 },
      { type: 'lesson.step', lesson: 'the-sound-check', step: 'how-long', goal: 'A target.health event with target = "WebService-1", to = "unhealthy"', met: true, t: 40_000 },
      { type: 'lesson.step', lesson: 'the-sound-check', step: 'the-substitute', goal: 'all of (WebService-4\'s target in WebTargetGroup healthy; Service WebService steady at 3 tasks)', met: true, t: 94_000 },
      {
        type: 'lesson.step',
        lesson: 'the-sound-check',
        step: 'faster-checks',
        goal: 'all of (A target.health event with target = "WebService-2", to = "unhealthy" between 30 s and 40 s into the step; not (WebTargetGroup.healthCheck.intervalSeconds is 10))',
        met: true,
        t: 130_000,
      },
    ]);
    // Failing from 20.001 s with checks every 10 s: the second failing check is at 40 s.
    expect(ofType(out, 'lesson.prediction').map((p) => [p.step, p.observed, p.right])).toEqual([
      ['how-long', 19.999, 1],
      ['the-substitute', 30, 0],
    ]);
    const events = lines(out).filter((l) => !String(l.type).startsWith('lesson'));
    expect(events.filter((e) => e.type === 'command.applied').map((e) => [e.t, (e.command as { do: string }).do])).toEqual([
      [20_001, 'failHealthChecks'],
      [94_001, 'modifyTargetGroup'],
      [124_001, 'failHealthChecks'],
    ]);
    expect(events.some((e) => e.type === 'request.completed')).toBe(true);
    // A step's line comes after everything of the moment it ended, and before anything later.
    const all = lines(out);
    const howLong = all.findIndex((l) => l.step === 'how-long' && l.type === 'lesson.step');
    const isEvent = (l: Record<string, unknown>) => !String(l.type).startsWith('lesson');
    const before = all.slice(0, howLong).filter(isEvent);
    expect(before.filter((e) => e.t === 40_000).map((e) => e.type)).toEqual(['target.health', 'service.event', 'task.status', 'service.event']);
    expect(before[before.length - 4]).toMatchObject({ type: 'target.health', target: 'WebService-1', to: 'unhealthy' });
    expect(all.slice(howLong + 1).find(isEvent)!.t).toBeGreaterThan(40_000);
    expect(cli('--lesson', 'the-sound-check', '--solve').out).toBe(out);
  });

  it('without --solve leaves the step that asks for action unmet, and still exits 0', () => {
    const { code, out } = cli('--lesson', 'the-wrong-health-check-path');
    expect(code).toBe(0);
    expect(ofType(out, 'lesson.step').map((s) => [s.step, s.met, s.t])).toEqual([
      ['never-healthy', true, 30_000],
      ['who-stops-it', true, 64_000],
      ['fix-the-path', false, 214_001],
    ]);
  });

  it('plays a lesson file written by hand, by its path', () => {
    const { code, out, err } = cli('--lesson', tempLesson(HAND_WRITTEN), '--solve');
    expect(err).toBe('');
    expect(code).toBe(0);
    // The crash at 5 s; the task drains for the 30-second delay and stops 2 s later.
    expect(ofType(out, 'lesson.step')).toEqual([
      { type: 'lesson.step', lesson: 'my-first-lesson', step: 'crash', goal: 'A task.status event with task = "OrdersService-1", to = "STOPPED"', met: true, t: 37_000 },
    ]);
  });

  it('exits 2 with the report for a lesson file that does not validate', () => {
    const broken = HAND_WRITTEN.replace('task: OrdersService-1, to: STOPPED', 'task: UsersService-1, to: GONE');
    const { code, out, err } = cli('--lesson', tempLesson(broken));
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe(
      [
        'error: my-lesson.yaml: step 1 "crash": goal.event.where.task: "task.status": task "UsersService-1" names no service; task IDs are <service logical ID>-<n>, e.g. "OrdersService-1" (services: OrdersService)',
        'error: my-lesson.yaml: step 1 "crash": goal.event.where.to: must be "PROVISIONING" or "PENDING" or "ACTIVATING" or "RUNNING" or "DEACTIVATING" or "STOPPING" or "DEPROVISIONING" or "STOPPED", got "GONE"',
        '2 error(s): the lesson cannot be played',
        '',
      ].join('\n'),
    );
  });

  it('exits 3 under --solve when a goal is not met', () => {
    const unmet = HAND_WRITTEN.replace('task: OrdersService-1, to: STOPPED', 'task: OrdersService-2, to: STOPPED');
    const { code, out } = cli('--lesson', tempLesson(unmet), '--solve');
    expect(code).toBe(3);
    expect(ofType(out, 'lesson.step')).toMatchObject([{ step: 'crash', met: false, t: 60_000 }]);
  });

  it('exits 1 for a lesson that does not exist, or options --lesson does not take', () => {
    const missing = cli('--lesson', 'no-such-lesson');
    expect(missing.code).toBe(1);
    expect(missing.err).toBe('no bundled lesson "no-such-lesson" and no lesson file by that name (bundled: the-stage-and-the-conductor, sheet-music-and-instruments, front-of-house, who-plays-this-request, round-robin, a-musician-falls-ill, the-sound-check, finishing-the-piece, scaling-the-section-by-hand, the-wrong-health-check-path, the-slow-starter, three-referees, the-musicians-never-arrive, rule-order-matters, path-patterns-are-literal, nobodys-home, why-the-deploy-took-so-long, no-chairs-left)\n');
    const summary = cli('--lesson', 'the-sound-check', '--summary');
    expect(summary.code).toBe(1);
    expect(summary.err).toBe('--summary is not an option of --lesson\nusage: npm run simulate -- --lessons | --lesson <id or lesson file> [--solve] [--seed N]\n');
  });
});
