/**
 * Lesson progress in storage: versioned; progress that cannot be read (damaged, another version) is reported and
 * moved aside whole, never dropped, and nothing else in storage is touched; a file imports by merging.
 */
import { describe, expect, it } from 'vitest';
import { EMPTY_PROGRESS, mergeProgress, recordMoment, type ProgressDoc } from '../../src/session/progress/progressDoc';
import { createProgressStore, PROGRESS_KEY, type ProgressStore } from '../../src/session/progress/progressStore';

const AT = '2026-12-05T20:00:00.000Z';
const now = () => new Date(AT);

function storage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return { items, getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), removeItem: (k: string) => void items.delete(k) };
}

const moment = (stepIndex: number, done: boolean, prediction: { answer: number; right: number | null } | null = null) => ({
  lesson: 'the-sound-check',
  stepIds: ['one', 'two'],
  stepIndex,
  step: stepIndex < 2 ? { id: ['one', 'two'][stepIndex]!, done, prediction } : null,
});

/** The store once it has read what storage holds. */
async function read(store: ProgressStore): Promise<ProgressStore> {
  await store.ready;
  return store;
}

describe('lesson progress', () => {
  it('records the step the learner is on, each step once done, the first answer, and the lesson once all are done', () => {
    let doc: ProgressDoc = recordMoment(EMPTY_PROGRESS, moment(0, false), AT);
    expect(doc.lessons['the-sound-check']).toEqual({ steps: { one: { doneAt: null, prediction: null } }, lastStep: 0, finishedAt: null });
    doc = recordMoment(doc, moment(0, true, { answer: 1, right: 2 }), AT);
    doc = recordMoment(doc, moment(0, true, { answer: 2, right: 2 }), '2026-12-05T21:00:00.000Z');
    expect(doc.lessons['the-sound-check']!.steps.one).toEqual({ doneAt: AT, prediction: { answer: 1, right: 2 } });
    expect(recordMoment(doc, moment(0, true), AT)).toBe(doc);
    doc = recordMoment(doc, moment(1, true), AT);
    expect(doc.lessons['the-sound-check']).toMatchObject({ lastStep: 1, finishedAt: AT });
  });

  it('keeps progress in storage across visits', async () => {
    const kept = storage();
    createProgressStore({ storage: kept, now }).update((doc) => recordMoment(doc, moment(0, true), AT));
    const again = createProgressStore({ storage: kept, now });
    await again.ready;
    expect(again.problem()).toBeNull();
    expect(again.get().lessons['the-sound-check']!.steps.one!.doneAt).toBe(AT);
    expect(JSON.parse(kept.items.get(PROGRESS_KEY)!)).toMatchObject({ format: 'ecs-orchestra-lesson-progress', version: 1 });
  });

  it('sets damaged progress aside whole and says why, touching nothing else', async () => {
    const kept = storage({ [PROGRESS_KEY]: '{"format":"ecs-orchestra-lesson-progress","version":1,"lessons":', 'ecs-orchestra:autosave': 'the world' });
    const progress = createProgressStore({ storage: kept, now });
    await progress.ready;
    expect(progress.problem()).toEqual({
      kind: 'unreadable',
      reason: expect.stringMatching(/^It is not valid JSON \(/) as string,
      keptAs: `${PROGRESS_KEY}:kept:${AT}`,
    });
    expect(kept.items.get(`${PROGRESS_KEY}:kept:${AT}`)).toBe('{"format":"ecs-orchestra-lesson-progress","version":1,"lessons":');
    expect(kept.items.get('ecs-orchestra:autosave')).toBe('the world');
    expect(progress.get()).toEqual(EMPTY_PROGRESS);
    progress.update((doc) => recordMoment(doc, moment(0, false), AT));
    expect(kept.items.has(PROGRESS_KEY)).toBe(true);
  });

  it('sets progress of another version aside, and reports a field that does not validate with its place', async () => {
    const old = JSON.stringify({ format: 'ecs-orchestra-lesson-progress', version: 0, done: ['the-sound-check'] });
    const kept = storage({ [PROGRESS_KEY]: old });
    expect((await read(createProgressStore({ storage: kept, now }))).problem()).toEqual({ kind: 'unreadable', reason: 'It has version 0; this app reads version 1.', keptAs: `${PROGRESS_KEY}:kept:${AT}` });
    expect(kept.items.get(`${PROGRESS_KEY}:kept:${AT}`)).toBe(old);
    const bad = JSON.stringify({ format: 'ecs-orchestra-lesson-progress', version: 1, lessons: { x: { steps: {}, lastStep: -1, finishedAt: null } } });
    const reason = (await read(createProgressStore({ storage: storage({ [PROGRESS_KEY]: bad }), now }))).problem();
    expect(reason?.kind === 'unreadable' ? reason.reason : '').toMatch(/^It did not pass validation: .*lessons\.x\.lastStep/);
  });

  it('leaves unreadable progress where it is, and writes nothing, when it cannot be moved', async () => {
    const items = new Map([[PROGRESS_KEY, 'not json']]);
    const full = { getItem: (k: string) => items.get(k) ?? null, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); }, removeItem: () => { throw new Error('no'); } };
    const progress = createProgressStore({ storage: full, now });
    await progress.ready;
    expect(progress.problem()).toMatchObject({ kind: 'unreadable', keptAs: null });
    progress.update((doc) => recordMoment(doc, moment(0, false), AT));
    expect(items.get(PROGRESS_KEY)).toBe('not json');
    expect(progress.get().lessons['the-sound-check']).toBeDefined();
  });

  it('exports as a file and imports one by merging: whatever either has done is done', async () => {
    const mine = createProgressStore({ storage: null, now });
    mine.update((doc) => recordMoment(doc, moment(0, true), AT));
    const text = mine.exportText();
    expect(JSON.parse(text)).toMatchObject({ format: 'ecs-orchestra-lesson-progress', version: 1, savedAt: AT });
    const other = createProgressStore({ storage: null, now });
    other.update((doc) => recordMoment(doc, moment(1, true), '2026-12-04T10:00:00.000Z'));
    expect(await other.importText(text)).toEqual({ ok: true });
    expect(other.get().lessons['the-sound-check']).toEqual({
      steps: { one: { doneAt: AT, prediction: null }, two: { doneAt: '2026-12-04T10:00:00.000Z', prediction: null } },
      lastStep: 1,
      finishedAt: null,
    });
    expect(await other.importText('{"format":"ecs-orchestra-session"}')).toEqual({ ok: false, reason: 'It is not ECS Orchestra lesson progress ("format" must be "ecs-orchestra-lesson-progress").' });
    expect(mergeProgress(EMPTY_PROGRESS, EMPTY_PROGRESS)).toEqual(EMPTY_PROGRESS);
  });

  it('reads stored progress when its reader has come, writing nothing over it until then and losing nothing recorded meanwhile', async () => {
    const kept = storage();
    createProgressStore({ storage: kept, now }).update((doc) => recordMoment(doc, moment(0, true), AT));
    const stored = kept.items.get(PROGRESS_KEY);
    const later = createProgressStore({ storage: kept, now });
    const heard: string[] = [];
    later.subscribe(() => heard.push('changed'));
    later.update((doc) => recordMoment(doc, moment(1, true), '2026-12-05T21:00:00.000Z'));
    expect(kept.items.get(PROGRESS_KEY)).toBe(stored);
    await later.ready;
    expect(later.get().lessons['the-sound-check']).toEqual({
      steps: { one: { doneAt: AT, prediction: null }, two: { doneAt: '2026-12-05T21:00:00.000Z', prediction: null } },
      lastStep: 1,
      // As an imported file merges: what each has done, at the earlier time.
      finishedAt: null,
    });
    expect(JSON.parse(kept.items.get(PROGRESS_KEY)!)).toEqual(later.get());
    expect(heard).toEqual(['changed', 'changed']);
  });

  it('is ready at once, and reads nothing, when storage holds no progress', async () => {
    const progress = createProgressStore({ storage: storage(), now });
    let settled = false;
    void progress.ready.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(true);
    expect(progress.get()).toBe(EMPTY_PROGRESS);
  });
});
