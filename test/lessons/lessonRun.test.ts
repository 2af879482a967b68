/**
 * The lesson runtime a lesson tab drives: steps, commands as they come due, the prediction from question to reveal,
 * hints, "show me", what is allowed and why not, and a headless play whose commands replay byte for byte.
 */
import { describe, expect, it } from 'vitest';
import { createSimulation, type ScenarioSpec, type SimEvent } from '../../src/engine';
import { LessonRun, playLessonThrough, sameInBoth, type Lesson, type LessonStep } from '../../src/lessons';
import { webWorld } from './tracking';

function step(id: string, parts: Partial<LessonStep> = {}): LessonStep {
  return {
    index: 0,
    id,
    title: sameInBoth(id),
    narration: { aws: `${id} in AWS terms`, orchestra: `${id} in orchestra terms` },
    spotlight: [],
    commands: [],
    prediction: null,
    goal: null,
    action: false,
    within: 300,
    hints: [],
    solution: [],
    allowed: null,
    locked: null,
    ...parts,
  };
}

function lesson(spec: ScenarioSpec, steps: LessonStep[]): Lesson {
  return { id: 'test', title: sameInBoth('Test'), summary: sameInBoth('A test'), file: 'test.yaml', scenarioFile: null, spec, steps: steps.map((s, index) => ({ ...s, index })) };
}

const FAIL_WEB_1 = { do: 'failHealthChecks', task: 'Web-1' } as const;
const UNHEALTHY = { kind: 'event', type: 'target.health', where: { target: 'Web-1', to: 'unhealthy' }, window: [0, null], atLeast: 1 } as const;

describe('LessonRun', () => {
  it('gives a step\'s commands once each as they come due, and is done when its goal is met', () => {
    const sim = createSimulation(webWorld());
    const run = new LessonRun(lesson(webWorld(), [step('fail', { commands: [{ at: 5, command: FAIL_WEB_1 }], goal: UNHEALTHY })]), sim);
    expect(run.dueCommands()).toEqual([]);
    expect(run.nextCommandAt()).toBe(5_000);
    sim.advanceTo(5_000);
    expect(run.dueCommands()).toEqual([FAIL_WEB_1]);
    expect(run.dueCommands()).toEqual([]);
    sim.dispatch(FAIL_WEB_1);
    sim.runUntil(19_999);
    expect(run.status()).toMatchObject({ complete: false, goalMetAt: null, overdue: false });
    sim.runUntil(20_000);
    expect(run.status()).toMatchObject({ complete: true, goalMetAt: 20_000, goal: { met: true } });
    run.next();
    expect(run.finished).toBe(true);
    expect(run.status()).toBe(null);
    run.dispose();
  });

  it('asks, waits for the run, then reveals the learner\'s answer beside what happened, with the reason', () => {
    const sim = createSimulation(webWorld());
    const prediction = {
      question: sameInBoth('When?'),
      observe: { kind: 'event', type: 'target.health', where: { target: 'Web-1', to: 'unhealthy' }, since: null, read: 'time' },
      options: { kind: 'written', options: [{ match: { kind: 'range', from: 0, to: 5 }, text: null }, { match: { kind: 'range', from: 10, to: 20 }, text: null }] },
      reason: { aws: 'After {observed}: two failed checks.', orchestra: 'After {observed}: two failed sound checks.' },
    } as const;
    const run = new LessonRun(lesson(webWorld(), [step('predict', { commands: [{ at: 0, command: FAIL_WEB_1 }], prediction })]), sim);
    for (const c of run.dueCommands()) sim.dispatch(c);
    expect(run.status()?.prediction).toMatchObject({ state: 'asking', answer: null, observed: null, right: null, reason: null });
    expect(run.status()?.prediction?.options.map((o) => o.text.aws)).toEqual(['0 to 5 s', '10 to 20 s']);
    sim.runUntil(20_000);
    // Observed, but nothing is shown before the learner answers.
    expect(run.status()?.prediction).toMatchObject({ state: 'asking', observed: null });
    run.answer(0);
    run.answer(1);
    expect(run.status()).toMatchObject({
      complete: true,
      prediction: { state: 'revealed', answer: 0, right: 1, observed: { happened: true, value: 20 }, observedText: { aws: '20 s' }, reason: { aws: 'After 20 s: two failed checks.', orchestra: 'After 20 s: two failed sound checks.' } },
    });
  });

  it('shows hints when their time comes or when asked for, in the file\'s order', () => {
    const sim = createSimulation(webWorld());
    const hints = [{ after: 30, text: sameInBoth('first') }, { after: null, text: sameInBoth('second') }, { after: null, text: sameInBoth('third') }];
    const run = new LessonRun(lesson(webWorld(), [step('hints', { hints })]), sim);
    expect(run.status()).toMatchObject({ hints: [], moreHints: true });
    expect(run.requestHint()).toEqual(sameInBoth('first'));
    sim.runUntil(29_999);
    expect(run.status()?.hints).toEqual([sameInBoth('first')]);
    sim.runUntil(30_000);
    // The first is due by now, so the one asked for earlier stands for the next.
    expect(run.status()?.hints).toEqual([sameInBoth('first'), sameInBoth('second')]);
    expect(run.requestHint()).toEqual(sameInBoth('third'));
    expect(run.status()?.moreHints).toBe(false);
    expect(run.requestHint()).toBe(null);
  });

  it('says what the learner may change, and why the rest is locked', () => {
    const sim = createSimulation(webWorld());
    const run = new LessonRun(
      lesson(webWorld(), [
        step('tg', { allowed: ['createTargetGroup', 'modifyTargetGroup', 'deleteTargetGroup'] }),
        step('watch', { allowed: [] }),
        step('said', { allowed: ['crashTask'], locked: sameInBoth('Only the crash, please.') }),
        step('free'),
      ]),
      sim,
    );
    expect(run.permission('modifyTargetGroup')).toEqual({ allowed: true });
    expect(run.permission(FAIL_WEB_1)).toEqual({
      allowed: false,
      reason: { aws: 'This step is about target groups: failHealthChecks is locked until the next step.', orchestra: 'This step is about call sheets: failHealthChecks waits until the next step.' },
    });
    run.next();
    expect(run.permission('request')).toEqual({
      allowed: false,
      reason: { aws: 'This step is for watching: request is locked until the next step.', orchestra: 'This step is for listening: request waits until the next step.' },
    });
    run.next();
    expect(run.permission('stopTask')).toEqual({ allowed: false, reason: sameInBoth('Only the crash, please.') });
    run.next();
    expect(run.permission('deleteService')).toEqual({ allowed: true });
  });

  it('"show me" adds the solution, timed from when it was asked for', () => {
    const sim = createSimulation(webWorld());
    const run = new LessonRun(lesson(webWorld(), [step('act', { action: true, goal: UNHEALTHY, solution: [{ at: 2, command: FAIL_WEB_1 }] })]), sim);
    sim.advanceTo(7_000);
    expect(run.nextCommandAt()).toBe(null);
    run.showMe();
    run.showMe();
    expect(run.status()?.showingSolution).toBe(true);
    expect(run.nextCommandAt()).toBe(9_000);
    sim.advanceTo(9_000);
    expect(run.dueCommands()).toEqual([FAIL_WEB_1]);
  });

  it('goes back and forth, starting each step at the clock, and reports a step past its time limit as overdue', () => {
    const sim = createSimulation(webWorld());
    const run = new LessonRun(lesson(webWorld(), [step('one', { within: 10, goal: UNHEALTHY }), step('two')]), sim, { step: 1 });
    expect(run.stepIndex).toBe(1);
    sim.runUntil(4_000);
    run.back();
    expect(run.status()).toMatchObject({ index: 0, startedAt: 4_000, overdue: false });
    sim.runUntil(14_000);
    expect(run.status()).toMatchObject({ overdue: true, complete: false });
    run.goTo(5);
    expect(run.finished).toBe(true);
  });
});

describe('playing headless', () => {
  const steps = () => [
    step('watch', { goal: { kind: 'elapsed', seconds: 12.5 } }),
    step('fail', { commands: [{ at: 0, command: FAIL_WEB_1 }], goal: UNHEALTHY }),
    step('fix', { action: true, goal: { kind: 'targets', targetGroup: 'WebTargets', state: 'healthy', task: 'Web-1', count: null, atLeast: null }, solution: [{ at: 1, command: { do: 'recoverTask', task: 'Web-1' } }], within: 60 }),
  ];

  it('ends each step when it is done and starts the next at once; the solution only with solve', () => {
    const solved = playLessonThrough(lesson(webWorld(), steps()), createSimulation(webWorld()), { solve: true });
    expect(solved.steps.map((s) => [s.step.id, s.met, s.t])).toEqual([
      ['watch', true, 12_500],
      // Failing from 12.501 s: checks at 20 and 30 s fail.
      ['fail', true, 30_000],
      // Recovered at 31.001 s: checks at 40 and 50 s pass (healthy threshold 2).
      ['fix', true, 50_000],
    ]);
    expect(solved.run.finished).toBe(true);
    const unsolved = playLessonThrough(lesson(webWorld(), steps()), createSimulation(webWorld()));
    expect(unsolved.steps.map((s) => [s.step.id, s.met, s.t])).toEqual([['watch', true, 12_500], ['fail', true, 30_000], ['fix', false, 90_001]]);
  });

  it('gives every command at a moment nothing has happened at yet, so the command log replays to the same events', () => {
    const sim = createSimulation(webWorld());
    const events: SimEvent[] = [];
    sim.subscribe((e) => events.push(e), { requests: true });
    playLessonThrough(lesson(webWorld(), steps()), sim, { solve: true });
    // A step that ends once a moment was fully played starts 1 ms later: the failure at 12.501 s, the recovery 1 s
    // after the third step started at 30.001 s.
    expect(sim.commandLog().map((c) => c.atMs)).toEqual([12_501, 31_001]);
    const replay = createSimulation(webWorld());
    const replayed: SimEvent[] = [];
    replay.subscribe((e) => replayed.push(e), { requests: true });
    for (const { atMs, command } of sim.commandLog()) {
      replay.advanceTo(atMs);
      replay.dispatch(command);
    }
    replay.advanceTo(sim.now());
    sim.advanceTo(sim.now());
    expect(JSON.stringify(replayed)).toBe(JSON.stringify(events.filter((e) => e.t < sim.now())));
  });

  it('stops before a step and hands over the run positioned at its start, as a deep link needs', () => {
    const sim = createSimulation(webWorld());
    const played = playLessonThrough(lesson(webWorld(), steps()), sim, { solve: true, untilStep: 2 });
    expect(played.steps).toHaveLength(2);
    expect(played.run.stepIndex).toBe(2);
    expect(played.run.status()).toMatchObject({ startedAt: 30_001, complete: false });
  });
});
