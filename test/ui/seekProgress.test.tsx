// @vitest-environment jsdom
/**
 * Opening a world a week in: while the replay runs, a dialog says what is opening and how far it has got, with
 * Cancel; cancelled, a note says where the world stopped.
 */
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sessionDocOf } from '../../src/session/storeSession';
import { openSession } from '../../src/session/sessionDoc';
import { createSimStore } from '../../src/store';
import { formatClock } from '../../src/ui/format';
import { SeekProgress } from '../../src/ui/io/SeekProgress';
import { loadedTinySpec } from '../session/loadedTinySpec';
import { renderWorld } from './renderWorld';

const WEEK_MS = 7 * 24 * 3600 * 1000;

function weekLongSession() {
  const source = createSimStore({ spec: loadedTinySpec({ traffic: { rate: 20, mix: [{ path: '/web/home' }] } }) });
  source.getState().advanceTo(30_000);
  const opened = openSession(JSON.parse(JSON.stringify({ ...sessionDocOf(source.getState()), atMs: WEEK_MS })) as unknown);
  if (!opened.ok) throw new Error(JSON.stringify(opened.errors));
  return opened;
}

describe('seek progress', () => {
  it('shows what is opening and how far it has got; Cancel stops it and a note says where', async () => {
    const user = userEvent.setup();
    const session = weekLongSession();
    const { store } = renderWorld(<SeekProgress />, { spec: session.spec, seed: session.seed });
    // The test says when each slice may run.
    let release: () => void = () => {};
    const pause = () => new Promise<void>((resolve) => (release = resolve));
    let seek!: Promise<unknown>;
    act(() => {
      seek = store.getState().seek({ commands: session.commands, atMs: session.atMs, what: 'the shared world' }, { pause, budget: { maxEvents: 5_000, sliceEvents: 5_000, wallMs: Infinity } });
    });
    const dialog = screen.getByRole('dialog', { name: 'Opening the shared world' });
    const first = store.getState().seeking!.at;
    expect(first).toBeGreaterThan(0);
    expect(dialog).toHaveTextContent(`Replaying it to its moment: `);
    expect(dialog).toHaveTextContent(/of 168:00:00 simulated \(0 %\)/);
    expect(screen.getByRole('progressbar', { name: 'Opening the shared world' })).toHaveAttribute('value', '0');
    await act(async () => {
      release();
      await Promise.resolve();
    });
    expect(store.getState().seeking!.at).toBeGreaterThan(first);

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await act(async () => {
      release();
      await seek;
    });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const now = store.getState().now;
    expect(now).toBeGreaterThan(first);
    expect(screen.getByRole('status', { name: 'Opening stopped' })).toHaveTextContent(
      `Stopped opening the shared world at ${formatClock(now)}, before its moment (168:00:00). The world is paused there, with every command up to then applied; Play goes on from it.`,
    );
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status', { name: 'Opening stopped' })).not.toBeInTheDocument();
  });
});
