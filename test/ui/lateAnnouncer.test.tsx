// @vitest-environment jsdom
/**
 * The screen readers' live region (NarrationAnnouncer) is not in the app's first picture: the shell mounts it right
 * after the first frame (src/ui/afterFirstFrame.ts). It then speaks of what happens from there on, and does not
 * read out what happened while it was on its way in one burst. Its own file, so the first frame has not been
 * painted yet when the app mounts (a module stays loaded for the rest of a file); here the test says when it is.
 */
import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { firstFramePainted, isFirstFramePainted } from '../../src/ui/afterFirstFrame';
import { AppShell } from '../../src/ui/shell/AppShell';
import type { ScenarioSource } from '../../src/ui/scenarioSource';
import { renderWorld } from './renderWorld';
import { defaultSpec } from './stage/defaultWorld';
import { installBrowserStubs } from './stage/jsdomStubs';

// The stage does not say when its first picture is painted: the test does (afterFirstFrame's own fallback is 1.5 s away).
vi.mock('../../src/ui/stage/firstPicture', () => ({ watchFirstPicture: () => () => {} }));

const noSource: ScenarioSource = { list: () => Promise.resolve([]), read: () => Promise.reject(new Error('not used')) };
/** The first import of a module under the test runner can take a moment on a busy machine. */
const LAZY = { timeout: 8000 };

beforeEach(() => installBrowserStubs());
afterEach(() => vi.restoreAllMocks());

describe('the live region after the first frame', () => {
  it('arrives after the first frame and speaks of what happens from then on, not of what happened before', async () => {
    // Already fetched, so only the first frame holds it back.
    await import('../../src/ui/panels/narration/NarrationAnnouncer');
    const { store } = renderWorld(<AppShell source={noSource} entries={[]} listError={null} />, { spec: defaultSpec() });
    await act(() => new Promise((resolve) => setTimeout(resolve, 100)));
    expect(isFirstFramePainted()).toBe(false);
    expect(screen.queryByTestId('narration-announcer')).not.toBeInTheDocument();
    // Something important happens while the live region waits.
    act(() => store.getState().dispatch({ do: 'crashTask', task: 'EARLY-1' }));
    act(() => firstFramePainted());
    const announcer = await screen.findByTestId('narration-announcer', {}, LAZY);
    expect(announcer).toHaveAttribute('aria-live', 'polite');
    // Its announcements go out at once when nothing was said before (the interval counts from the last one).
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(announcer.textContent).toBe('');
    act(() => store.getState().dispatch({ do: 'crashTask', task: 'LATE-2' }));
    await waitFor(() => expect(announcer).toHaveTextContent('Could not crash task LATE-2: no task named LATE-2.'), LAZY);
    expect(announcer).not.toHaveTextContent('EARLY-1');
  });
});
