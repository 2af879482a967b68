// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MISSING_PROVIDER } from '../../src/store';
import { EventLog } from '../../src/ui/EventLog';
import { PlaybackBar } from '../../src/ui/playback/PlaybackBar';
import { renderWorld } from './renderWorld';

function clock() {
  return screen.getByTestId('sim-clock');
}

describe('playback bar', () => {
  it('toggles between Play and Pause', async () => {
    const user = userEvent.setup();
    const { store } = renderWorld(<PlaybackBar />);
    await user.click(screen.getByRole('button', { name: 'Play' }));
    expect(store.getState().playing).toBe(true);
    expect(screen.queryByRole('button', { name: 'Play' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(store.getState().playing).toBe(false);
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
  });

  it('is keyboard operable', async () => {
    const user = userEvent.setup();
    const { store } = renderWorld(<PlaybackBar />);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Play' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(store.getState().playing).toBe(true);
    expect(screen.getByRole('button', { name: 'Pause' })).toHaveFocus();
  });

  it('moves the clock while playing and shows it as mm:ss', () => {
    const { frames } = renderWorld(<PlaybackBar />, { playing: true, speed: 60 });
    expect(clock()).toHaveTextContent('00:00');
    act(() => {
      frames.frame(0);
      frames.frame(200);
      frames.frame(400);
      frames.frame(600);
      frames.frame(800);
      frames.frame(1000);
    });
    expect(clock()).toHaveTextContent('01:00');
    expect(clock()).toHaveAttribute('data-ms', '60000');
  });

  it('Step runs to the next scheduled event and advances the clock', async () => {
    const user = userEvent.setup();
    const { store } = renderWorld(<PlaybackBar />);
    const step = screen.getByRole('button', { name: 'Step' });
    let presses = 0;
    while (store.getState().now === 0 && presses < 20) {
      await user.click(step);
      presses++;
    }
    const now = store.getState().now;
    expect(now).toBeGreaterThan(0);
    expect(clock()).toHaveAttribute('data-ms', String(now));
    await user.click(step);
    expect(store.getState().now).toBeGreaterThanOrEqual(now);
  });

  it('changes speed from the Speed select', async () => {
    const user = userEvent.setup();
    const { store } = renderWorld(<PlaybackBar />);
    const speed = screen.getByRole('combobox', { name: 'Speed' });
    expect(speed).toHaveValue('1');
    expect(within(speed).getAllByRole('option').map((option) => option.textContent)).toEqual([
      '0.25x', '0.5x', '1x', '2x', '5x', '10x', '30x', '60x',
    ]);
    await user.selectOptions(speed, '10x');
    expect(store.getState().speed).toBe(10);
  });

  it('Reset starts the world again from zero', async () => {
    const user = userEvent.setup();
    const { store } = renderWorld(<PlaybackBar />);
    act(() => store.getState().advanceTo(90_000));
    expect(clock()).toHaveTextContent('01:30');
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(store.getState().now).toBe(0);
    expect(clock()).toHaveTextContent('00:00');
  });
});

describe('event log', () => {
  it('narrates events in plain sentences, newest first, with the sim time', () => {
    const { store } = renderWorld(<EventLog />);
    const region = screen.getByRole('region', { name: 'Event log' });
    expect(within(region).getByText(/Nothing has happened yet/)).toBeInTheDocument();
    act(() => store.getState().advanceTo(120_000));
    const items = within(region).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(3);
    expect(within(region).getAllByText(/is RUNNING/).length).toBeGreaterThan(0);
    const times = items.map((item) => item.querySelector('time')?.getAttribute('datetime') ?? '');
    const seconds = times.map((value) => Number(value.replace(/^PT|S$/g, '')));
    expect(seconds).toEqual([...seconds].sort((a, b) => b - a));
  });
});

describe('useSim', () => {
  it('explains the mistake when used outside <SimProvider>', () => {
    const quiet = console.error;
    console.error = () => {};
    try {
      expect(() => render(<PlaybackBar />)).toThrow(MISSING_PROVIDER);
    } finally {
      console.error = quiet;
    }
  });
});

describe('when the run cannot keep up', () => {
  it('says the speed it keeps beside the one chosen, and stops saying it when the speed changes', () => {
    const { store } = renderWorld(<PlaybackBar />, { playing: true, speed: 60 });
    const group = screen.getByRole('group', { name: 'Playback' });
    expect(within(group).getByRole('status')).toHaveTextContent(/^$/);
    act(() => store.getState().setAchievedSpeed(7));
    expect(within(group).getByRole('status')).toHaveTextContent('running at 7x: the simulation cannot keep up with 60x');
    act(() => store.getState().setSpeed(5));
    expect(within(group).getByRole('status')).toHaveTextContent(/^$/);
  });
});
