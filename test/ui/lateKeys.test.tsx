// @vitest-environment jsdom
/**
 * The key table comes right after the first frame (src/ui/shell/shortcutTable.ts): a key pressed before it is in is
 * not lost but handled when it arrives, and the `?` overlay lists the keys from it. Its own file, so the table is not
 * in yet when the app mounts (a module stays loaded for the rest of a file).
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadedShortcuts } from '../../src/ui/shell/shortcutTable';
import { renderAppShell } from './renderAppShell';
import { installBrowserStubs } from './stage/jsdomStubs';

/** The first import of a module under the test runner can take a moment on a busy machine. */
const LAZY = { timeout: 8000 };

beforeEach(() => installBrowserStubs());
afterEach(() => vi.restoreAllMocks());

describe('the keys before their table is in', () => {
  it('handles a key pressed before the table arrived once it has, and then opens the overlay with every group', async () => {
    const { store } = renderAppShell();
    expect(loadedShortcuts()).toBeNull();
    const stage = document.querySelector<HTMLElement>('.workspace-main')!;
    stage.focus();
    act(() => {
      fireEvent.keyDown(stage, { key: 'k' });
    });
    await waitFor(() => expect(store.getState().playing).toBe(true), LAZY);
    act(() => {
      fireEvent.keyDown(stage, { key: '?' });
    });
    const overlay = await screen.findByRole('dialog', { name: 'Keys' });
    for (const group of ['Playback', 'Timeline', 'Tasks and the stage', 'Presenting', 'Editing']) {
      expect(within(overlay).getByRole('table', { name: group })).toBeInTheDocument();
    }
    expect(within(overlay).getByRole('button', { name: 'Close' })).toHaveFocus();
  });
});
