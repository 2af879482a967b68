/**
 * A session in a lesson (autosave, share link, file) is written as the current step started and names the lesson
 * and step; opened again, the replay reaches that moment and the lesson resumes there, its step's commands given
 * once, never twice.
 */
import { describe, expect, it } from 'vitest';
import { AUTOSAVE_KEY, writeSave } from '../../src/session/autosave';
import { encodeSession, decodeSession } from '../../src/session/shareLink';
import { startSession } from '../../src/session/startSession';
import { openSessionInStore, sessionDocOf } from '../../src/session/storeSession';
import { createSimStore } from '../../src/store';
import { bundledLessonText, lessonOf } from '../lessons/helpers';
import { defaultSpec } from '../ui/stage/defaultWorld';

const fallIll = () => lessonOf(bundledLessonText('a-musician-falls-ill.yaml'), 'a-musician-falls-ill.yaml');

describe('a session in a lesson', () => {
  it('is written as the step started, names the lesson and step, and resumes there when opened', async () => {
    const store = createSimStore({ spec: defaultSpec() });
    const s = () => store.getState();
    s().openLesson(fallIll());
    // Step 1's goal is met at 10 s, where the clock waits for Next.
    for (let i = 0; i < 40; i++) s().advanceFrame(1000, i * 1000);
    expect(s().now).toBe(10_000);
    s().nextStep();
    s().answerPrediction(2);
    for (let i = 0; i < 20; i++) s().advanceFrame(1000, 1e5 + i * 1000);
    expect(s().now).toBe(30_000);
    const doc = sessionDocOf(s());
    expect(doc.lesson).toEqual({ id: 'a-musician-falls-ill', step: 2 });
    expect(doc.atMs).toBe(10_000);
    expect(doc.commands).toEqual([]);

    // Through a share link, as "Copy link" carries it.
    const opened = await decodeSession(await encodeSession(doc));
    expect(opened.ok && opened.lesson).toEqual({ id: 'a-musician-falls-ill', step: 2 });
    const other = createSimStore({ spec: defaultSpec() });
    const result = openSessionInStore(other, doc);
    expect(result.ok && (await result.replay)).toBe('done');
    expect(other.getState().now).toBe(10_000);
    expect(other.getState().lessonToResume).toEqual({ id: 'a-musician-falls-ill', step: 1 });
    other.getState().resumeLesson(fallIll(), 1);
    expect(other.getState().lessonPlay?.stepIndex).toBe(1);
    expect(other.getState().clockHeld).toBe(true);
    expect(other.getState().sim.commandLog()).toEqual([{ atMs: 10_000, command: { do: 'failHealthChecks', task: 'UsersService-2' } }]);
  });

  it('is restored at startup when the address names its very lesson and step, and set aside otherwise', async () => {
    const store = createSimStore({ spec: defaultSpec() });
    store.getState().openLesson(fallIll(), { step: 2 });
    const items = new Map<string, string>();
    const autosave = { storage: { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), removeItem: (k: string) => void items.delete(k) } };
    expect(writeSave(autosave, sessionDocOf(store.getState(), '2026-12-05T20:00:00.000Z'))).toEqual({ ok: true });
    const same = await startSession({ autosave, share: null, lesson: { id: 'a-musician-falls-ill', step: 3 } }, true);
    expect(same.session?.lesson).toEqual({ id: 'a-musician-falls-ill', step: 3 });
    expect(same.notice).toMatchObject({ kind: 'restored' });
    const other = await startSession({ autosave, share: null, lesson: { id: 'a-musician-falls-ill', step: 1 } }, true, new Date('2026-12-05T21:00:00.000Z'));
    expect(other.session).toBeNull();
    expect(other.notice).toMatchObject({ kind: 'replaced' });
    // Kept under another key, never dropped.
    expect(items.has(AUTOSAVE_KEY)).toBe(false);
    expect([...items.values()].some((text) => text.includes('"a-musician-falls-ill"'))).toBe(true);
  });
});
