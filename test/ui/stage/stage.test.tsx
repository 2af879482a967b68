// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { withTaskStatus } from './defaultWorld';
import { installBrowserStubs } from './jsdomStubs';
import { publish, renderSteadyStage } from './renderStage';

/** Every render of a task node computes its accessible name once: counting the calls counts the renders. */
const renders = vi.hoisted(() => new Map<string, number>());
vi.mock('../../../src/lens/names', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/lens/names')>();
  return {
    ...actual,
    taskAccessibleName: (...args: Parameters<typeof actual.taskAccessibleName>) => {
      renders.set(args[1], (renders.get(args[1]) ?? 0) + 1);
      return actual.taskAccessibleName(...args);
    },
  };
});

beforeEach(() => {
  installBrowserStubs();
  renders.clear();
});

describe('Stage', () => {
  it('is a region named "Stage" with a button per task, named by ID, lastStatus and health', () => {
    renderSteadyStage();
    const stage = screen.getByRole('region', { name: 'Stage' });
    const tasks = within(stage).getAllByRole('button', { name: /^Task .*, RUNNING, healthy$/ });
    expect(tasks).toHaveLength(9);
    expect(within(stage).getByRole('button', { name: 'Task UsersService-2, RUNNING, healthy' })).toBeInTheDocument();
    expect(within(stage).getByRole('button', { name: 'Fit stage' })).toBeInTheDocument();
  });

  it('renames tasks with the lens and with their state', () => {
    const { store } = renderSteadyStage();
    act(() => store.getState().setLens('orchestra'));
    expect(screen.getByRole('button', { name: 'Violin 2 (UsersService-2), RUNNING, in tune (healthy)' })).toBeInTheDocument();
    act(() => publish(store, withTaskStatus(store.getState().snapshot, 'UsersService-2', 'DEACTIVATING')));
    expect(screen.getByRole('button', { name: 'Violin 2 (UsersService-2), DEACTIVATING, in tune (healthy)' })).toBeInTheDocument();
    act(() => store.getState().setLens('aws'));
    expect(screen.getByRole('button', { name: 'Task UsersService-2, DEACTIVATING, healthy' })).toBeInTheDocument();
  });

  it('selects a task with the keyboard and clears the selection with Escape', async () => {
    const user = userEvent.setup();
    const { store } = renderSteadyStage();
    const task = screen.getByRole('button', { name: 'Task AuthService-1, RUNNING, healthy' });
    task.focus();
    await user.keyboard('{Enter}');
    expect(store.getState().selection).toEqual({ kind: 'task', id: 'AuthService-1' });
    expect(task).toHaveAttribute('aria-current', 'true');
    await user.keyboard('{Escape}');
    expect(store.getState().selection).toBeNull();
    screen.getByRole('button', { name: /^Listener rule 20:/ }).focus();
    await user.keyboard(' ');
    expect(store.getState().selection).toEqual({ kind: 'rule', id: 'AuthRule' });
  });

  it('tabs along the request path: listener, its rules, target groups, then tasks', async () => {
    const user = userEvent.setup();
    renderSteadyStage();
    const stage = screen.getByRole('region', { name: 'Stage' });
    const visited: string[] = [];
    screen.getByRole('button', { name: 'Fit stage' }).focus();
    for (let i = 0; i < 30; i++) {
      await user.tab();
      const name = document.activeElement?.getAttribute('aria-label') ?? '';
      if (!stage.contains(document.activeElement)) break;
      visited.push(name);
    }
    const at = (pattern: RegExp) => visited.findIndex((name) => pattern.test(name));
    expect(at(/^Clients/)).toBe(0);
    expect(at(/^Listener 443/)).toBeLessThan(at(/^Listener rule 10/));
    expect(at(/^Listener rule 30/)).toBeLessThan(at(/^Target group users-tg/));
    expect(at(/^Target group dashboard-tg/)).toBeLessThan(at(/^Task UsersService-1/));
    expect(visited.filter((name) => name.startsWith('Task '))).toHaveLength(9);
  });

  it('says a service\'s count with its reason on hover: 4/3 while a failing task waits for its replacement (issue 10)', () => {
    const { store } = renderSteadyStage();
    act(() => {
      store.getState().dispatch({ do: 'failHealthChecks', task: 'UsersService-2' });
      store.getState().advanceTo(90_000);
    });
    const header = screen.getByRole('button', { name: /^Service users, 4 of 3 running/ });
    const count = within(header).getByText('4/3 running');
    expect(count).toHaveAttribute(
      'title',
      '4 running, desired 3: 1 failed its health checks: ECS starts a replacement first and stops it once 3 tasks are healthy (minimum healthy 100 %).',
    );
  });

  it('re-renders only the task whose state changed', () => {
    const { store } = renderSteadyStage();
    expect(renders.get('UsersService-2')).toBeGreaterThan(0);
    renders.clear();
    act(() => publish(store, withTaskStatus(store.getState().snapshot, 'UsersService-2', 'DEACTIVATING')));
    expect(renders.get('UsersService-2')).toBe(1);
    expect([...renders.keys()]).toEqual(['UsersService-2']);
  });

  it('does not re-render tasks while the clock runs with nothing changing', () => {
    const { store } = renderSteadyStage();
    renders.clear();
    act(() => store.getState().advanceBy(500));
    expect(renders.size).toBe(0);
  });
});
