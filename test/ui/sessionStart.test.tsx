// @vitest-environment jsdom
/**
 * The full app at startup with autosave: a saved world comes back at its moment, paused, with a notice and "Start
 * over"; a corrupted save is reported and kept aside while the default scenario runs; an explicit scenario wins, with
 * the save set aside and offered back; a save that fails is said, with the session file offered.
 */
import { readFileSync } from 'node:fs';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AUTOSAVE_KEY } from '../../src/session/autosave';
import { createSimStore, templateToWorld } from '../../src/store';
import { sessionDocOf } from '../../src/session/storeSession';
import { App } from '../../src/ui/App';
import type { ScenarioSource } from '../../src/ui/scenarioSource';
import { manualFrames } from '../store/manualFrames';
import { installBrowserStubs } from './stage/jsdomStubs';

const DEFAULT = readFileSync('public/scenarios/default.json', 'utf8');
const source: ScenarioSource = {
  list: () => Promise.resolve([{ file: 'default.json', title: 'The API orchestra', summary: '' }]),
  read: () => Promise.resolve(DEFAULT),
};
const session = { autosave: { storage: window.localStorage }, share: null };

function savedWorld(): string {
  const world = templateToWorld(DEFAULT, 'default.json');
  if (!world.ok) throw new Error('default.json');
  const store = createSimStore({ spec: world.spec, meta: world.meta });
  store.getState().advanceTo(42_000);
  store.getState().dispatch({ do: 'crashTask', task: 'UsersService-2' });
  store.getState().advanceTo(65_432);
  return JSON.stringify(sessionDocOf(store.getState(), '2025-03-04T05:06:07.000Z'));
}

function clock(): number {
  return Number(screen.getByTestId('sim-clock').getAttribute('data-ms'));
}

beforeEach(() => installBrowserStubs());
afterEach(() => window.localStorage.clear());

describe('startup with autosave', () => {
  it('restores the saved world paused at its moment, and starts over on request', async () => {
    window.localStorage.setItem(AUTOSAVE_KEY, savedWorld());
    render(<App autoplay={false} source={source} frames={manualFrames()} session={session} />);
    expect(await screen.findByText(/Restored your world from .*, paused at 01:05\./)).toBeInTheDocument();
    // The commands replay in an effect just after the world mounts.
    await waitFor(() => expect(clock()).toBe(65_432));
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Start over' }));
    await waitFor(() => expect(clock()).toBe(0));
    expect(screen.queryByText(/Restored your world/)).not.toBeInTheDocument();
  });

  it('drops the restored notice once another world is loaded (picked in the scenario list)', async () => {
    window.localStorage.setItem(AUTOSAVE_KEY, savedWorld());
    render(<App autoplay={false} source={source} frames={manualFrames()} session={session} />);
    expect(await screen.findByText(/Restored your world from/)).toBeInTheDocument();
    const picker = screen.getByRole('combobox', { name: 'Scenario' });
    // The restored world is not a bundled file: the picker names it by its title, and the bundled one is a choice.
    expect(picker).toHaveDisplayValue('The API orchestra');
    await userEvent.setup().selectOptions(picker, 'default.json');
    await waitFor(() => expect(clock()).toBe(0));
    expect(screen.queryByText(/Restored your world/)).not.toBeInTheDocument();
  });

  it('reports a corrupted save, keeps it aside and opens the default scenario', async () => {
    window.localStorage.setItem(AUTOSAVE_KEY, '{"format": "ecs-orchestra-session", "version": 1, "template": ');
    render(<App autoplay={false} source={source} frames={manualFrames()} session={session} />);
    expect(await screen.findByText(/Your saved world could not be restored\. The saved world is not valid JSON/)).toBeInTheDocument();
    expect(clock()).toBe(0);
    const kept = Object.keys(window.localStorage).filter((key) => key.startsWith(`${AUTOSAVE_KEY}:kept:`));
    expect(kept).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('The API orchestra');
  });

  it('sets the save aside when the address names a scenario, and goes back to it on request', async () => {
    window.localStorage.setItem(AUTOSAVE_KEY, savedWorld());
    const startup = { autoplay: false, scenario: 'default.json', speed: null, lens: null, theme: null, motion: null, rate: null, notices: [] };
    render(<App startup={startup} source={source} frames={manualFrames()} session={session} />);
    // The boot screen has a heading of its own; wait for the scenario's.
    await screen.findByRole('heading', { level: 1, name: 'The API orchestra' });
    expect(clock()).toBe(0);
    expect(screen.queryByText(/Restored your world/)).not.toBeInTheDocument();
    const notice = screen.getByRole('status', { name: 'Session' });
    expect(notice).toHaveTextContent(/Opened the scenario the address names\. The world you had in this browser, “The API orchestra” \(saved .*, at 01:05\), is kept: you can go back to it\./);
    const kept = Object.keys(window.localStorage).filter((key) => key.startsWith(`${AUTOSAVE_KEY}:replaced:`));
    expect(kept).toHaveLength(1);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Go back to my world' }));
    await waitFor(() => expect(clock()).toBe(65_432));
    // The world that was on screen is kept in its turn; the one gone back to is the autosave again.
    const keptNow = Object.keys(window.localStorage).filter((key) => key.startsWith(`${AUTOSAVE_KEY}:replaced:`));
    expect(keptNow).toHaveLength(1);
    expect(keptNow[0]).not.toBe(kept[0]);
    expect((JSON.parse(window.localStorage.getItem(AUTOSAVE_KEY) ?? '{}') as { atMs: number }).atMs).toBe(65_432);
  });

  it('says when the world cannot be saved, and offers the session file instead', async () => {
    const refuse = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    try {
      render(<App autoplay={false} source={source} frames={manualFrames()} session={session} />);
      await screen.findByRole('heading', { level: 1, name: 'The API orchestra' });
      // A change of speed is saved at once.
      await userEvent.setup().selectOptions(screen.getByRole('combobox', { name: 'Speed' }), '10x');
      const alert = await screen.findByRole('alert', { name: 'Saving' });
      expect(alert).toHaveTextContent("Your world is not being saved in this browser: this browser's storage for the page is full (QuotaExceededError). A reload would lose what you have done since.");
      expect(screen.getByRole('button', { name: 'Export session' })).toBeInTheDocument();
    } finally {
      refuse.mockRestore();
    }
  });
});
