import { lessonRuntime } from '../../src/lessons';
import { createSimStore } from '../../src/store';
import { bundledLessonText, lessonOf } from '../lessons/helpers';
import { defaultSpec } from '../ui/stage/defaultWorld';

// A page that plays no lesson never loads its player (src/lessons/run/lessonPlayer.ts, with the lessons runtime):
// the store answers as with no lesson until one is opened.
describe('the store before a lesson is opened', () => {
  it('plays, switches lens, resets and loads without the lessons runtime, and its lesson actions do nothing', () => {
    expect(() => lessonRuntime()).toThrow('the lessons runtime is not loaded yet');
    const store = createSimStore({ spec: defaultSpec() });
    const s = () => store.getState();
    expect(s()).toMatchObject({ lessonPlay: null, clockHeld: false, stageSpotlight: null, lessonToResume: null, lessonPresenter: null });
    for (let i = 0; i < 5; i++) s().advanceFrame(1000, i * 1000);
    expect(s().now).toBe(5000);
    s().setLens('orchestra');
    expect(s().lessonLock('crashTask')).toBeNull();
    expect(s().check({ do: 'crashTask', task: 'UsersService-1' })).toEqual({ allowed: true });
    for (const act of [s().closeLesson, s().answerPrediction.bind(null, 0), s().requestHint, s().showMe, s().nextStep, s().previousStep]) act();
    s().reset();
    s().load(defaultSpec());
    s().setLessonToResume({ id: 'a-musician-falls-ill', step: 1 });
    expect(s()).toMatchObject({ lessonPlay: null, clockHeld: false, stageSpotlight: null, lessonToResume: { id: 'a-musician-falls-ill', step: 1 }, lessonPresenter: null });
    expect(() => lessonRuntime()).toThrow();
  });

  it('plays a lesson once one is loaded and opened, in a store made before the runtime arrived', () => {
    const store = createSimStore({ spec: defaultSpec() });
    const s = () => store.getState();
    s().setLessonToResume({ id: 'a-musician-falls-ill', step: 0 });
    const lesson = lessonOf(bundledLessonText('a-musician-falls-ill.yaml'), 'a-musician-falls-ill.yaml');
    expect(s().openLesson(lesson)).toBe(true);
    expect(s().lessonToResume).toBeNull();
    expect(s().lessonPlay?.stepIndex).toBe(0);
    expect(s().lessonPresenter?.step?.index).toBe(0);
    expect(s().lessonLock('crashTask')).toBe('This step is for watching: crashTask is locked until the next step.');
    s().closeLesson();
    expect(s().lessonPlay).toBeNull();
    expect(s().lessonLock('crashTask')).toBeNull();
  });
});
