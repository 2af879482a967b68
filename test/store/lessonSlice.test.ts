import { createSimStore } from '../../src/store';
import { bundledLessonText, lessonOf } from '../lessons/helpers';
import { defaultSpec } from '../ui/stage/defaultWorld';

const fallIll = () => lessonOf(bundledLessonText('a-musician-falls-ill.yaml'), 'a-musician-falls-ill.yaml');

function storeWithLesson() {
  const store = createSimStore({ spec: defaultSpec() });
  const s = () => store.getState();
  expect(s().openLesson(fallIll())).toBe(true);
  return { store, s };
}

describe('a lesson played in the store', () => {
  it('opens at step 1 with its spotlight, and locks what the step does not allow, saying why in the lens', () => {
    const { s } = storeWithLesson();
    expect(s().lessonPlay?.stepIndex).toBe(0);
    expect(s().stageSpotlight).toEqual([
      { kind: 'cluster', id: 'ApiCluster' },
      { kind: 'scheduler', id: null },
      { kind: 'service', id: 'UsersService' },
      { kind: 'service', id: 'AuthService' },
      { kind: 'service', id: 'DashboardService' },
    ]);
    const crash = { do: 'crashTask', task: 'UsersService-1' } as const;
    expect(s().lessonLock('crashTask')).toBe('This step is for watching: crashTask is locked until the next step.');
    expect(s().check(crash)).toEqual({ allowed: false, reason: 'This step is for watching: crashTask is locked until the next step.', code: null });
    s().setLens('orchestra');
    expect(s().check(crash)).toEqual({ allowed: false, reason: 'This step is for listening: crashTask waits until the next step.', code: null });
    // The backstop: a locked command sent anyway is not given.
    s().dispatch(crash);
    expect(s().sim.commandLog()).toEqual([]);
    expect(s().edit(crash, 'Crash a task')).toEqual({ ok: false, errors: [{ severity: 'error', resource: 'Lesson', path: '', message: 'This step is for listening: crashTask waits until the next step.' }] });
  });

  it('meets a goal as the clock runs, holds the clock there until Next, gives the next step its commands, and holds the clock while a prediction asks', () => {
    const { s } = storeWithLesson();
    for (let i = 0; i < 40; i++) s().advanceFrame(1000, i * 1000);
    // The step's goal is met at 10 s: the clock waits there for Next, as the headless run moves on at that moment.
    expect(s().now).toBe(10_000);
    expect(s().lessonPlay?.status?.complete).toBe(true);
    expect(s().clockHeld).toBe(true);
    s().nextStep();
    expect(s().lessonPlay?.stepIndex).toBe(1);
    expect(s().sim.commandLog()).toEqual([{ atMs: 10_000, command: { do: 'failHealthChecks', task: 'UsersService-2' } }]);
    expect(s().clockHeld).toBe(true);
    expect(s().lessonPlay?.stepStart).toEqual({ atMs: 10_000, commands: 0 });
    s().advanceFrame(1000, 1e6);
    expect(s().now).toBe(10_000);
    s().answerPrediction(2);
    expect(s().clockHeld).toBe(false);
    for (let i = 0; i < 90 && !s().lessonPlay?.status?.complete; i++) s().advanceFrame(1000, 2e6 + i * 1000);
    const prediction = s().lessonPlay?.status?.prediction;
    expect(prediction?.state).toBe('revealed');
    expect(prediction?.right).toBe(2);
    expect(prediction?.answer).toBe(2);
  });

  it('restarts the lesson on a reset, and ends it when another world loads', () => {
    const { s } = storeWithLesson();
    for (let i = 0; i < 40; i++) s().advanceFrame(1000, i * 1000);
    s().nextStep();
    s().reset();
    expect(s().lessonPlay?.stepIndex).toBe(0);
    expect(s().now).toBe(0);
    s().load(defaultSpec());
    expect(s().lessonPlay).toBeNull();
    expect(s().stageSpotlight).toBeNull();
    expect(s().lessonLock('crashTask')).toBeNull();
  });

  it('opens a deep link at its step, the steps before it played with their solutions', () => {
    const store = createSimStore({ spec: defaultSpec() });
    expect(store.getState().openLesson(fallIll(), { step: 2 })).toBe(true);
    const state = store.getState();
    expect(state.lessonPlay?.stepIndex).toBe(2);
    expect(state.lessonPlay?.stepStart?.atMs).toBe(state.now);
    expect(state.sim.commandLog()[0]).toEqual({ atMs: 10_001, command: { do: 'failHealthChecks', task: 'UsersService-2' } });
  });
});
