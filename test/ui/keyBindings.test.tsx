// @vitest-environment jsdom
/**
 * Every key the `?` overlay lists does what it says. The overlay is read as a user reads it (its tables, by group);
 * each listed row must have a check here, so a key added to the table without a test fails this test, and a check
 * here for a key the overlay no longer lists fails too. Keys never act while typing in a field, nor from outside the
 * app.
 */
import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type LessonPresenter, type SimStore } from '../../src/store';
import { loadShortcuts } from '../../src/ui/shell/shortcutTable';
import { STEADY_MS } from './stage/defaultWorld';
import { renderAppShell } from './renderAppShell';
import { installBrowserStubs } from './stage/jsdomStubs';

const CRASH = { do: 'crashTask', task: 'UsersService-1' } as const;

beforeEach(() => installBrowserStubs());
afterEach(() => vi.restoreAllMocks());

/** The app with its key table in (it comes right after the first frame: src/ui/shell/shortcutTable.ts). */
async function renderApp(): Promise<SimStore> {
  const { store } = renderAppShell();
  await act(() => loadShortcuts());
  return store;
}

const taskButton = (id: string) => screen.getByRole('button', { name: new RegExp(`^Task ${id},`) });
const stageArea = () => document.querySelector<HTMLElement>('.workspace-main')!;
const appRoot = () => document.querySelector<HTMLElement>('.app')!;

/** Presses a key with focus on `on` (a task's node on the stage unless said), as the keyboard would deliver it. */
function press(key: string, on: HTMLElement = taskButton('UsersService-2'), init: Partial<KeyboardEventInit> = {}): void {
  on.focus();
  act(() => {
    fireEvent.keyDown(on, { key, ...init });
  });
}

/** The last command the run gave. */
const lastCommand = (store: SimStore) => store.getState().sim.commandLog().at(-1)?.command;

type Check = (store: SimStore) => void;

/** One check per row of the overlay, keyed by the keys as listed. */
const CHECKS: Record<string, Check> = {
  'Space or K': (store) => {
    press(' ', stageArea());
    expect(store.getState().playing).toBe(true);
    press('k');
    expect(store.getState().playing).toBe(false);
  },
  'N or .': (store) => {
    const before = store.getState().now;
    press('n');
    const after = store.getState().now;
    expect(after).toBeGreaterThan(before);
    press('.');
    expect(store.getState().now).toBeGreaterThan(after);
  },
  '+': (store) => {
    press('+');
    expect(store.getState().speed).toBe(2);
  },
  '-': (store) => {
    press('-');
    expect(store.getState().speed).toBe(0.5);
  },
  '← or J': (store) => {
    press('ArrowLeft');
    expect(store.getState().now).toBe(STEADY_MS - 10_000);
    press('j');
    expect(store.getState().now).toBe(STEADY_MS - 20_000);
  },
  '→ or U': (store) => {
    store.getState().seekTo(STEADY_MS - 20_000);
    press('ArrowRight');
    expect(store.getState().now).toBe(STEADY_MS - 10_000);
    press('u');
    expect(store.getState().now).toBe(STEADY_MS);
    // Past the end the run plays on.
    press('u');
    expect(store.getState().now).toBe(STEADY_MS + 10_000);
  },
  '[': (store) => {
    store.getState().dispatch(CRASH);
    store.getState().advanceTo(STEADY_MS + 20_000);
    press('[');
    expect(store.getState().now).toBe(Math.max(...store.getState().timeline.markers.map((m) => m.t)));
  },
  ']': (store) => {
    store.getState().dispatch(CRASH);
    store.getState().advanceTo(STEADY_MS + 20_000);
    store.getState().seekTo(STEADY_MS - 1);
    press(']');
    expect(store.getState().now).toBe(STEADY_MS);
    expect(screen.getByTestId('timeline-status')).toHaveTextContent('At 01:00, your command: crashTask UsersService-1');
  },
  'Page Down': (store) => {
    store.getState().seekTo(10_000);
    store.getState().addBookmark('Ten');
    store.getState().seekTo(30_000);
    store.getState().addBookmark('Thirty');
    store.getState().seekTo(0);
    press('PageDown');
    expect(store.getState().now).toBe(10_000);
    // With a lesson open, the lesson's next step.
    const lesson: LessonPresenter = { step: { index: 0, count: 3, title: 'One', notes: null }, nextTitle: 'Two', next: vi.fn(), back: vi.fn() };
    act(() => store.setState({ lessonPresenter: lesson }));
    press('PageDown');
    expect(lesson.next).toHaveBeenCalledTimes(1);
    expect(store.getState().now).toBe(10_000);
  },
  'Page Up': (store) => {
    store.getState().seekTo(10_000);
    store.getState().addBookmark('Ten');
    store.getState().seekTo(STEADY_MS);
    press('PageUp');
    expect(store.getState().now).toBe(10_000);
    const lesson: LessonPresenter = { step: { index: 1, count: 3, title: 'Two', notes: 'Say why' }, nextTitle: 'Three', next: vi.fn(), back: vi.fn() };
    act(() => store.setState({ lessonPresenter: lesson }));
    press('PageUp');
    expect(lesson.back).toHaveBeenCalledTimes(1);
  },
  Home: (store) => {
    press('Home');
    expect(store.getState().now).toBe(0);
  },
  End: (store) => {
    store.getState().seekTo(1_000);
    press('End');
    expect(store.getState().now).toBe(STEADY_MS);
  },
  M: (store) => {
    press('m');
    expect(store.getState().timeline.bookmarks).toEqual([{ atMs: STEADY_MS, name: 'Bookmark at 01:00' }]);
  },
  C: (store) => {
    press('c');
    expect(lastCommand(store)).toEqual({ do: 'crashTask', task: 'UsersService-2' });
  },
  H: (store) => {
    press('h');
    expect(lastCommand(store)).toEqual({ do: 'failHealthChecks', task: 'UsersService-2' });
  },
  X: (store) => {
    press('x');
    expect(lastCommand(store)).toEqual({ do: 'stopTask', task: 'UsersService-2' });
  },
  T: () => {
    press('t');
    expect(taskButton('UsersService-3')).toHaveFocus();
  },
  'Shift+T': () => {
    press('T', taskButton('UsersService-2'), { shiftKey: true });
    expect(taskButton('UsersService-1')).toHaveFocus();
  },
  '0': () => {
    const fit = screen.getByRole('button', { name: 'Fit stage' });
    const clicked = vi.fn();
    fit.addEventListener('click', clicked);
    press('0');
    expect(clicked).toHaveBeenCalledTimes(1);
  },
  L: (store) => {
    press('l');
    expect(store.getState().lens).toBe('orchestra');
  },
  O: (store) => {
    press('o');
    expect(store.getState().presenter.spotlight).toBe(true);
    expect(appRoot()).toHaveAttribute('data-spotlight');
  },
  Z: () => {
    press('z');
    expect(screen.getByTestId('laser-pointer')).toBeInTheDocument();
  },
  P: () => {
    press('p');
    expect(appRoot()).toHaveAttribute('data-presenting');
    expect(screen.getByTestId('caption-strip')).toBeInTheDocument();
    expect(screen.queryByRole('complementary', { name: 'Details' })).not.toBeInTheDocument();
    press('p', stageArea());
    expect(appRoot()).not.toHaveAttribute('data-presenting');
  },
  F: () => {
    const requestFullscreen = vi.fn(() => Promise.resolve());
    appRoot().requestFullscreen = requestFullscreen;
    press('f');
    expect(requestFullscreen).toHaveBeenCalledTimes(1);
  },
  I: () => {
    press('i');
    expect(appRoot()).toHaveAttribute('data-contrast', 'high');
  },
  D: () => {
    press('p');
    expect(screen.queryByRole('complementary', { name: 'Details' })).not.toBeInTheDocument();
    press('d', stageArea());
    expect(screen.getByRole('complementary', { name: 'Details' })).toBeInTheDocument();
  },
  B: () => {
    press('b');
    expect(screen.getByTestId('blackout')).toHaveTextContent('Black screen');
    press('b');
    expect(screen.queryByTestId('blackout')).not.toBeInTheDocument();
  },
  S: () => {
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    press('s');
    expect(open).toHaveBeenCalledTimes(1);
    expect(new URL(String(open.mock.calls[0]![0])).searchParams.get('speaker')).toBe('1');
  },
  '?': () => {
    press('?');
    expect(screen.getByRole('dialog', { name: 'Keys' })).toBeInTheDocument();
    press('?', screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog', { name: 'Keys' })).not.toBeInTheDocument();
  },
  Escape: (store) => {
    press('?');
    press('Escape', screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog', { name: 'Keys' })).not.toBeInTheDocument();
    store.getState().select({ kind: 'task', id: 'UsersService-2' });
    press('Escape');
    expect(store.getState().selection).toBeNull();
  },
  'Ctrl+Z (⌘Z)': (store) => {
    store.getState().edit({ do: 'setDesiredCount', service: 'UsersService', count: 4 }, 'Desired count 4');
    press('z', taskButton('UsersService-2'), { ctrlKey: true });
    expect(store.getState().world.services.find((s) => s.id === 'UsersService')?.desiredCount).toBe(3);
  },
  'Ctrl+Shift+Z or Ctrl+Y (⇧⌘Z)': (store) => {
    store.getState().edit({ do: 'setDesiredCount', service: 'UsersService', count: 4 }, 'Desired count 4');
    store.getState().undo();
    press('y', taskButton('UsersService-2'), { ctrlKey: true });
    expect(store.getState().world.services.find((s) => s.id === 'UsersService')?.desiredCount).toBe(4);
  },
};

/** The rows of the overlay, as listed: [keys, what they do]. */
function overlayRows(): string[] {
  press('?');
  const overlay = screen.getByRole('dialog', { name: 'Keys' });
  const rows = within(overlay)
    .getAllByRole('row')
    .map((row) => within(row).queryByRole('rowheader')?.textContent ?? null)
    .filter((keys): keys is string => keys !== null);
  press('Escape', within(overlay).getByRole('button', { name: 'Close' }));
  return rows;
}

describe('the keys the overlay lists', () => {
  it('lists one row for every check here, and nothing else', async () => {
    await renderApp();
    expect(overlayRows().sort()).toEqual(Object.keys(CHECKS).sort());
  });

  for (const [keys, check] of Object.entries(CHECKS)) {
    it(`${keys} does what the overlay says`, async () => {
      const store = await renderApp();
      check(store);
    });
  }

  it('never act while typing in a field, nor from outside the app', async () => {
    const store = await renderApp();
    const field = document.createElement('input');
    appRoot().append(field);
    press('k', field);
    expect(store.getState().playing).toBe(false);
    const outside = document.createElement('button');
    document.body.append(outside);
    press('k', outside);
    expect(store.getState().playing).toBe(false);
    press('p', outside);
    expect(appRoot()).not.toHaveAttribute('data-presenting');
  });
});
