// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Inspector } from '../../../src/ui/panels/Inspector';
import { commandsApplied, renderPanels, taskOf } from './world';

const TASK = 'UsersService-2';

function steadyWithTask() {
  const rendered = renderPanels(<Inspector />);
  act(() => {
    rendered.store.getState().advanceTo(60_000);
    rendered.store.getState().select({ kind: 'task', id: TASK });
  });
  return rendered;
}

describe('task controls', () => {
  it('crashes a task through a logged command', async () => {
    const user = userEvent.setup();
    const { store } = steadyWithTask();
    await user.click(screen.getByRole('button', { name: 'Crash task' }));
    expect(commandsApplied(store)).toEqual([{ t: 60_000, type: 'command.applied', command: { do: 'crashTask', task: TASK } }]);
    expect(taskOf(store, TASK)?.lastStatus).toBe('DEACTIVATING');
    expect(taskOf(store, TASK)?.stopCode).toBe('EssentialContainerExited');
    // A task on its way out takes no more faults, and says why.
    const crash = screen.getByRole('button', { name: 'Crash task' });
    expect(crash).toBeDisabled();
    expect(crash).toHaveAccessibleDescription(/task UsersService-2 is already stopping/);
    expect(store.getState().sim.commandLog()).toEqual([{ atMs: 60_000, command: { do: 'crashTask', task: TASK } }]);
  });

  it('fails health checks, then recovers', async () => {
    const user = userEvent.setup();
    const { store } = steadyWithTask();
    const recover = screen.getByRole('button', { name: 'Recover' });
    expect(recover).toBeDisabled();
    expect(recover).toHaveAccessibleDescription(/no injected faults to clear/);

    await user.click(screen.getByRole('button', { name: 'Fail health checks' }));
    expect(commandsApplied(store).at(-1)).toMatchObject({ command: { do: 'failHealthChecks', task: TASK } });
    expect(taskOf(store, TASK)?.faults.healthChecks).toBe(500);
    expect(screen.getByRole('button', { name: 'Fail health checks' })).toHaveAccessibleDescription(/task UsersService-2 already fails its health checks: they get 500/);

    await user.click(screen.getByRole('button', { name: 'Recover' }));
    expect(commandsApplied(store).at(-1)).toMatchObject({ command: { do: 'recoverTask', task: TASK } });
    expect(taskOf(store, TASK)?.faults.healthChecks).toBeNull();
  });

  it('slows a task down and stops it', async () => {
    const user = userEvent.setup();
    const { store } = steadyWithTask();
    await user.click(screen.getByRole('button', { name: 'Slow down' }));
    expect(commandsApplied(store).at(-1)).toMatchObject({ command: { do: 'slowTask', task: TASK } });
    expect(taskOf(store, TASK)?.faults.extraLatencyMs).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Slow down' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Stop task' }));
    expect(commandsApplied(store).at(-1)).toMatchObject({ command: { do: 'stopTask', task: TASK } });
    expect(taskOf(store, TASK)?.stopCode).toBe('UserInitiated');
    expect(taskOf(store, TASK)?.desiredStatus).toBe('STOPPED');
  });

  it('makes a task refuse connections, which the engine then says it already does, and recovers it', async () => {
    const user = userEvent.setup();
    const { store } = steadyWithTask();
    await user.click(screen.getByRole('button', { name: 'Refuse connections' }));
    expect(commandsApplied(store).at(-1)).toMatchObject({ command: { do: 'refuseConnections', task: TASK } });
    expect(taskOf(store, TASK)?.faults.refusesConnections).toBe(true);
    expect(screen.getByRole('button', { name: 'Refuse connections' })).toHaveAccessibleDescription(/task UsersService-2 already refuses connections/);
    await user.click(screen.getByRole('button', { name: 'Recover' }));
    expect(taskOf(store, TASK)?.faults.refusesConnections).toBe(false);
  });

  it('explains why a task that has not started cannot crash, and offers nothing once stopped', () => {
    // Started cold, so the tasks are still launching at t = 0.
    const { store } = renderPanels(<Inspector />, 'default.json', 'cold');
    act(() => {
      store.getState().advanceTo(5_000);
      store.getState().select({ kind: 'task', id: TASK });
    });
    const crash = screen.getByRole('button', { name: 'Crash task' });
    expect(crash).toBeDisabled();
    expect(crash).toHaveAccessibleDescription('Crash task: not now, task UsersService-2 is PENDING: its containers are not running yet');
    expect(screen.getByRole('button', { name: 'Stop task' })).toBeEnabled();

    act(() => {
      store.getState().dispatch({ do: 'stopTask', task: TASK });
      store.getState().advanceTo(120_000);
    });
    expect(taskOf(store, TASK)?.lastStatus).toBe('STOPPED');
    const task = screen.getByRole('article', { name: `Task ${TASK}` });
    expect(within(task).queryAllByRole('button', { name: /Crash task|Fail health checks|Slow down|Refuse connections|Stop task|Recover/ })).toHaveLength(0);
    expect(task).toHaveTextContent('This task has stopped');
  });
});

describe('service and traffic controls', () => {
  it('sets the desired count', async () => {
    const user = userEvent.setup();
    const { store } = renderPanels(<Inspector />);
    act(() => store.getState().select({ kind: 'service', id: 'UsersService' }));
    const input = screen.getByRole('spinbutton', { name: 'Desired count' });
    expect(input).toHaveValue(3);
    await user.clear(input);
    await user.type(input, '5');
    await user.click(screen.getByRole('button', { name: 'Set desired count' }));
    expect(commandsApplied(store).at(-1)).toMatchObject({ command: { do: 'setDesiredCount', service: 'UsersService', count: 5 } });
    expect(store.getState().snapshot.services.find((s) => s.id === 'UsersService')?.desiredCount).toBe(5);
  });

  it('sets the desired count as an edit that Undo takes back (it used to bypass the history)', async () => {
    const user = userEvent.setup();
    const { store } = renderPanels(<Inspector />);
    act(() => store.getState().select({ kind: 'service', id: 'UsersService' }));
    const input = screen.getByRole('spinbutton', { name: 'Desired count' });
    await user.clear(input);
    await user.type(input, '5{Enter}');
    expect(store.getState().history.undo).toEqual(['Set the desired count of users to 5']);
    act(() => void store.getState().undo());
    expect(store.getState().sim.commandLog().map((entry) => entry.command)).toEqual([
      { do: 'setDesiredCount', service: 'UsersService', count: 5 },
      { do: 'setDesiredCount', service: 'UsersService', count: 3 },
    ]);
    expect(store.getState().snapshot.services.find((s) => s.id === 'UsersService')?.desiredCount).toBe(3);
    expect(store.getState().history).toEqual({ undo: [], redo: ['Set the desired count of users to 5'] });
  });

  it('refuses a desired count that is not a whole number, without sending anything', async () => {
    const user = userEvent.setup();
    const { store } = renderPanels(<Inspector />);
    act(() => store.getState().select({ kind: 'service', id: 'UsersService' }));
    const input = screen.getByRole('spinbutton', { name: 'Desired count' });
    await user.clear(input);
    await user.type(input, '2.5{Enter}');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/InvalidParameterException: The desired count must be a whole number, 0 or more\./);
    await user.clear(input);
    await user.type(input, '5001{Enter}');
    // The engine's limit (AWS's 5,000 tasks per service), the same words a script or a session gets.
    expect(input).toHaveAccessibleDescription(/5001 tasks is too many: Tasks per service is at most 5,000 \(Amazon ECS service quotas\)\./);
    expect(commandsApplied(store)).toEqual([]);
  });

  it('refuses a traffic rate over the loader\'s limit of 1,000 requests per second', async () => {
    const user = userEvent.setup();
    const { store } = renderPanels(<Inspector />);
    act(() => store.getState().select({ kind: 'loadBalancer', id: 'ApiAlb' }));
    const rate = screen.getByRole('spinbutton', { name: 'Requests per second' });
    expect(rate).toHaveAttribute('max', '1000');
    await user.clear(rate);
    await user.type(rate, '1e9{Enter}');
    expect(rate).toHaveAccessibleDescription(/1000000000 requests per second is too many: Traffic rate, in requests per second, is at most 1,000 \(the simulator\)\./);
    expect(commandsApplied(store)).toEqual([]);
  });

  it('sets the traffic rate from the load balancer and from the audience, leaving the mix alone', async () => {
    const user = userEvent.setup();
    const { store } = renderPanels(<Inspector />);
    const mix = store.getState().snapshot.traffic.mix;
    act(() => store.getState().select({ kind: 'loadBalancer', id: 'ApiAlb' }));
    const rate = screen.getByRole('spinbutton', { name: 'Requests per second' });
    await user.clear(rate);
    await user.type(rate, '25');
    await user.click(screen.getByRole('button', { name: 'Set traffic rate' }));
    expect(commandsApplied(store).at(-1)).toEqual({ t: 0, type: 'command.applied', command: { do: 'setTraffic', rate: 25 } });
    expect(store.getState().snapshot.traffic.rate).toBe(25);
    expect(store.getState().snapshot.traffic.mix).toEqual(mix);

    act(() => store.getState().select({ kind: 'audience', id: 'audience' }));
    const audienceRate = screen.getByRole('spinbutton', { name: 'Requests per second' });
    expect(audienceRate).toHaveValue(25);
    await user.clear(audienceRate);
    await user.type(audienceRate, '0.5{Enter}');
    expect(commandsApplied(store).at(-1)).toMatchObject({ command: { do: 'setTraffic', rate: 0.5 } });
  });
});
