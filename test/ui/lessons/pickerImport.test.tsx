// @vitest-environment jsdom
/**
 * The lesson picker with progress (what is done, what comes next, continue where you left off, damaged progress
 * reported), and Import opening a lesson file written by hand in a temporary folder, which then plays.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { recordMoment } from '../../../src/session/progress/progressDoc';
import { PROGRESS_KEY } from '../../../src/session/progress/progressStore';
import { ImportDialog } from '../../../src/ui/io/ImportDialog';
import { LessonPanel } from '../../../src/ui/lessons/LessonPanel';
import { libraryOf, memoryStorage, renderWithLibrary } from './library';

const AT = '2026-12-05T20:00:00.000Z';

describe('the lesson picker', () => {
  it('says what is done and what comes next, and continues a lesson where the learner left it', async () => {
    const user = userEvent.setup();
    const library = libraryOf(memoryStorage());
    library.progress.update((doc) => {
      const ids = ['the-stage', 'falls-ill', 'finishing-the-piece', 'your-turn'];
      let next = doc;
      for (let i = 0; i < 4; i++) next = recordMoment(next, { lesson: 'a-musician-falls-ill', stepIds: ids, stepIndex: i, step: { id: ids[i]!, done: true, prediction: null } }, AT);
      return recordMoment(next, { lesson: 'who-plays-this-request', stepIds: ['a', 'b', 'c'], stepIndex: 1, step: { id: 'a', done: true, prediction: null } }, AT);
    });
    const { store } = renderWithLibrary(<LessonPanel />, library);
    await screen.findByRole('button', { name: 'Play again: A musician falls ill' });
    const entry = (id: string) => document.querySelector<HTMLElement>(`[data-lesson="${id}"]`)!;
    expect(entry('a-musician-falls-ill')).toHaveTextContent('Done');
    // The library's order (index.json): the first lesson not finished is the one up next.
    expect(entry('the-stage-and-the-conductor')).toHaveTextContent('Up next');
    expect(entry('who-plays-this-request')).toHaveTextContent('In progress: 1 step done');
    expect(entry('who-plays-this-request')).not.toHaveTextContent(/up next/i);
    expect(entry('the-sound-check')).toHaveTextContent('Not started');
    await user.click(within(entry('who-plays-this-request')).getByRole('button', { name: 'Continue at step 2: Which rule matches this request?' }));
    await waitFor(() => expect(store.getState().lessonPlay?.stepIndex).toBe(1));
    expect(store.getState().lessonPlay?.lesson.id).toBe('who-plays-this-request');
  });

  it('reports progress that could not be read, and where it was kept', async () => {
    const library = libraryOf(memoryStorage({ [PROGRESS_KEY]: '{broken' }));
    renderWithLibrary(<LessonPanel />, library);
    const alert = await screen.findByText(/^Your lesson progress could not be read/);
    expect(alert).toHaveAttribute('role', 'alert');
    expect(alert).toHaveTextContent(/^Your lesson progress could not be read: It is not valid JSON/);
    expect(alert).toHaveTextContent(`It is kept in this browser's storage under "${PROGRESS_KEY}:kept:${AT}", and progress starts afresh.`);
  });
});

const HANDWRITTEN = `id: my-first-lesson
title: My first lesson
summary: Watch the users service answer.
scenario: default.json
steps:
  - id: watch
    title: Watch it answer
    narration:
      aws: Ten seconds of requests to /api/users/7, all answered 200.
      orchestra: Ten seconds of notes for /api/users/7, every one answered 200.
    spotlight: [UsersService]
    goal:
      requests: { path: /api/users/7, status: 200, share: { atLeast: 1 }, over: 10 }
    within: 30
    allow: []
`;

describe('Import of a lesson file', () => {
  it('opens a lesson written by hand in a temporary folder, which plays', async () => {
    const user = userEvent.setup();
    const folder = mkdtempSync(join(tmpdir(), 'lesson-'));
    writeFileSync(join(folder, 'my-first-lesson.yaml'), HANDWRITTEN);
    const { store } = renderWithLibrary(
      <>
        <ImportDialog />
        <LessonPanel />
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'Import…' }));
    const dialog = screen.getByRole('dialog', { name: 'Import templates' });
    const text = readFileSync(join(folder, 'my-first-lesson.yaml'), 'utf8');
    await user.upload(await within(dialog).findByLabelText('Choose files'), new File([text], 'my-first-lesson.yaml', { type: 'application/yaml' }));
    await user.click(within(dialog).getByRole('button', { name: 'Load' }));
    await waitFor(() => expect(store.getState().lessonPlay?.lesson.id).toBe('my-first-lesson'));
    expect(screen.getByRole('heading', { name: 'Step 1 of 1: Watch it answer' })).toBeInTheDocument();
    expect(store.getState().stageSpotlight).toEqual([{ kind: 'service', id: 'UsersService' }]);
    act(() => {
      for (let i = 0; i < 15; i++) store.getState().advanceFrame(1000, i * 1000);
    });
    expect(store.getState().lessonPlay?.status?.complete).toBe(true);
  });

  it('lists the lesson loader\'s messages, with the file, step and field, and keeps the world', async () => {
    const user = userEvent.setup();
    const { store } = renderWithLibrary(<ImportDialog />);
    const sim = store.getState().sim;
    await user.click(screen.getByRole('button', { name: 'Import…' }));
    const dialog = screen.getByRole('dialog', { name: 'Import templates' });
    const broken = HANDWRITTEN.replace('spotlight: [UsersService]', 'spotlight: [NoSuchService]');
    await user.upload(await within(dialog).findByLabelText('Choose files'), new File([broken], 'broken-lesson.yaml', { type: 'application/yaml' }));
    await user.click(within(dialog).getByRole('button', { name: 'Load' }));
    const problems = await within(dialog).findByRole('list', { name: 'Problems' });
    expect(problems).toHaveTextContent('broken-lesson.yaml');
    expect(problems).toHaveTextContent('NoSuchService');
    expect(store.getState().sim).toBe(sim);
    expect(store.getState().lessonPlay).toBeNull();
  });
});
