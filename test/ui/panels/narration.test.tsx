// @vitest-environment jsdom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_RENDERED, NarrationPanel } from '../../../src/ui/panels/NarrationPanel';
import { renderPanels } from './world';

function lines() {
  return within(screen.getByTestId('narration-list')).getAllByRole('listitem');
}

// Several tests start the default scenario cold: they read the story of its tasks launching.
describe('NarrationPanel', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('tells the log newest first, with simulated times, in a named region', () => {
    const { store } = renderPanels(<NarrationPanel />, 'default.json', 'cold');
    const region = screen.getByRole('region', { name: 'Narration' });
    expect(region).toHaveTextContent('Nothing has happened yet');
    act(() => store.getState().advanceTo(60_000));
    const items = lines();
    expect(items[0]).toHaveTextContent(/^00:30/);
    // One line per happening (issue 10): the three starts and ECS's "has started 3 tasks" are one line.
    expect(items.at(-1)).toHaveTextContent(
      '00:00Important: ECS started tasks UsersService-1, UsersService-2 and UsersService-3 (service users)(service users) has started 3 tasks: (task UsersService-1) (task UsersService-2) (task UsersService-3).',
    );
    expect(region).toHaveTextContent('(service users) has reached a steady state.');
    expect(items[0]?.querySelector('time')).toHaveAttribute('dateTime', 'PT30S');
  });

  it('filters by category with toggle buttons under "Show"', () => {
    const { store } = renderPanels(<NarrationPanel />, 'default.json', 'cold');
    act(() => store.getState().advanceTo(60_000));
    const show = screen.getByRole('group', { name: 'Show' });
    const tasks = within(show).getByRole('button', { name: 'Tasks' });
    expect(tasks).toHaveAttribute('aria-pressed', 'true');
    expect(lines().some((li) => li.dataset.category === 'task')).toBe(true);

    fireEvent.click(tasks);
    expect(tasks).toHaveAttribute('aria-pressed', 'false');
    expect(lines().some((li) => li.dataset.category === 'task')).toBe(false);
    expect(lines().some((li) => li.dataset.category === 'target')).toBe(true);

    for (const name of ['Service events', 'Deployments', 'Targets', 'Commands']) fireEvent.click(within(show).getByRole('button', { name }));
    expect(screen.getByRole('region', { name: 'Narration' })).toHaveTextContent('Every category is hidden');
    fireEvent.click(tasks);
    expect(lines().every((li) => li.dataset.category === 'task')).toBe(true);
  });

  it('retells the same events when the lens switches', () => {
    const { store } = renderPanels(<NarrationPanel />, 'default.json', 'cold');
    act(() => store.getState().advanceTo(60_000));
    const region = screen.getByRole('region', { name: 'Narration' });
    expect(region).toHaveTextContent('Target UsersService-1 in users-tg is healthy');
    act(() => store.getState().setLens('orchestra'));
    expect(region).not.toHaveTextContent('Target UsersService-1 in users-tg is healthy');
    expect(region).toHaveTextContent("The stage manager's sound check: violin 1 (UsersService-1) is in tune");
    // ECS's own words stay under the retold service event: they are what the console shows.
    expect(region).toHaveTextContent('The violins (users) are at full strength and settled (steady state)(service users) has reached a steady state.');
  });

  it(`renders at most ${MAX_RENDERED} lines`, () => {
    const { store } = renderPanels(<NarrationPanel />);
    act(() => {
      store.getState().advanceTo(60_000);
      for (let i = 0; i < 250; i++) store.getState().dispatch({ do: 'stopTask', task: `NoSuchTask-${i}` });
    });
    expect(store.getState().log.length).toBeGreaterThan(MAX_RENDERED);
    expect(lines()).toHaveLength(MAX_RENDERED);
    expect(screen.getByRole('region', { name: 'Narration' })).toHaveTextContent(`newest ${MAX_RENDERED} of`);
  });
});

describe('the live region', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('announces important events politely, summarising several at once', () => {
    vi.useFakeTimers();
    const { store } = renderPanels(<NarrationPanel />, 'default.json', 'cold');
    const status = screen.getByRole('status');
    expect(status).toHaveAttribute('aria-live', 'polite');
    act(() => store.getState().advanceTo(60_000));
    act(() => {
      vi.advanceTimersByTime(0);
    });
    expect(status.textContent).toMatch(/^\d+ events; the latest: /);
    expect(status).toHaveTextContent('(service dashboard) has reached a steady state.');
    expect(status).not.toHaveTextContent('is RUNNING');
  });

  it('says one important event as it is, after the interval', () => {
    vi.useFakeTimers();
    const { store } = renderPanels(<NarrationPanel />);
    const status = screen.getByRole('status');
    act(() => store.getState().advanceTo(60_000));
    act(() => {
      vi.advanceTimersByTime(0);
    });
    const first = status.textContent;
    act(() => store.getState().dispatch({ do: 'crashTask', task: 'PENDING-does-not-exist' }));
    act(() => {
      vi.advanceTimersByTime(1_999);
    });
    expect(status.textContent).toBe(first);
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(status.textContent).toBe('Could not crash task PENDING-does-not-exist: no task named PENDING-does-not-exist.');
  });

  it('does not flood at 60x: at most one announcement per 2 s of wall time', () => {
    vi.useFakeTimers();
    const { store } = renderPanels(<NarrationPanel />);
    const status = screen.getByRole('status');
    const said: string[] = [];
    const listen = () => {
      const now = status.textContent ?? '';
      if (now !== (said.at(-1) ?? '')) said.push(now);
    };
    act(() => store.getState().advanceTo(30_000));
    // 10 s of wall time at 60x, one frame every 16 ms, with a fault that keeps replacing tasks.
    for (let frame = 0; frame < 625; frame++) {
      act(() => {
        if (frame % 100 === 0) {
          for (const task of store.getState().snapshot.tasks) {
            if (task.lastStatus === 'RUNNING') store.getState().dispatch({ do: 'failHealthChecks', task: task.id });
          }
        }
        store.getState().advanceBy(16 * 60);
        vi.advanceTimersByTime(16);
      });
      listen();
    }
    expect(store.getState().eventsSeen).toBeGreaterThan(300);
    expect(said.length).toBeGreaterThan(1);
    expect(said.length).toBeLessThanOrEqual(6);
  });
});
