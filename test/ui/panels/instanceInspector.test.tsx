// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createSimStore, SimProvider, type SimStore } from '../../../src/store';
import { Inspector } from '../../../src/ui/panels/Inspector';
import { TaskTable } from '../../../src/ui/TaskTable';
import { manualFrames } from '../../store/manualFrames';
import { commandsApplied, renderPanels, scenario } from './world';

function instances(store: SimStore) {
  return store.getState().snapshot.clusters.flatMap((cluster) => cluster.instances);
}

function firstInstance(store: SimStore) {
  const instance = instances(store)[0];
  if (!instance) throw new Error('the scenario has no container instances');
  return instance;
}

/** A scenario at `atMs` with its first container instance selected. */
function withInstance(file: string, atMs: number) {
  const rendered = renderPanels(<Inspector />, file);
  act(() => rendered.store.getState().advanceTo(atMs));
  const instance = firstInstance(rendered.store);
  act(() => rendered.store.getState().select({ kind: 'instance', id: instance.id }));
  const article = () => screen.getByRole('article', { name: `Container instance ${instance.id}` });
  return { ...rendered, id: instance.id, article };
}

describe('instance inspector', () => {
  it("shows an instance's type, zone, address, capacity, ports and tasks", () => {
    const { id, article } = withInstance('no-chairs-left.json', 60_000);
    const view = article();
    expect(view).toHaveTextContent('ACTIVE');
    expect(view).toHaveTextContent('t3.small');
    expect(view).toHaveTextContent('us-east-1a');
    expect(view).toHaveTextContent('10.0.15.200');
    expect(view).toHaveTextContent('CPU 256 of 2,048 units used, 1,792 remaining');
    expect(view).toHaveTextContent('Memory 512 of 2,048 MiB used, 1,536 remaining');
    expect(view).toHaveTextContent('Host ports in use 80');
    expect(within(view).getByRole('button', { name: 'Task WebService-1' })).toBeInTheDocument();
    expect(view).toHaveTextContent(`arn:aws:ecs:us-east-1:123456789012:container-instance/chairs/${id}`);
    for (const name of ['Drain instance', 'Stop instance', 'Remove instance']) {
      expect(within(view).getByRole('button', { name })).toBeEnabled();
    }
  });

  it('selects a task on the instance', async () => {
    const user = userEvent.setup();
    const { store, article } = withInstance('no-chairs-left.json', 60_000);
    await user.click(within(article()).getByRole('button', { name: 'Task WebService-1' }));
    expect(store.getState().selection).toEqual({ kind: 'task', id: 'WebService-1' });
    // The task leads back to its instance and names the host port it took.
    const task = screen.getByRole('article', { name: 'Task WebService-1' });
    expect(task).toHaveTextContent('container port 80 on host port 80');
    await user.click(within(task).getByRole('button', { name: /^Container instance i-/ }));
    expect(store.getState().selection?.kind).toBe('instance');
  });

  it('drains an instance: it reads DRAINING, and its tasks are replaced elsewhere', async () => {
    const user = userEvent.setup();
    const { store, id, article } = withInstance('dynamic-ports.json', 60_000);
    const before = firstInstance(store).taskIds;
    expect(before).toHaveLength(2);

    await user.click(within(article()).getByRole('button', { name: 'Drain instance' }));
    expect(commandsApplied(store).at(-1)).toMatchObject({ command: { do: 'drainInstance', instance: id } });
    expect(article()).toHaveTextContent('DRAINING');
    const drain = within(article()).getByRole('button', { name: 'Drain instance' });
    expect(drain).toBeDisabled();
    expect(drain).toHaveAccessibleDescription(/is already draining/);

    act(() => store.getState().advanceTo(119_000));
    const { tasks, services } = store.getState().snapshot;
    const running = tasks.filter((task) => task.lastStatus === 'RUNNING');
    expect(running).toHaveLength(6);
    expect(running.every((task) => task.instanceId !== id)).toBe(true);
    for (const old of before) expect(tasks.find((task) => task.id === old)?.lastStatus ?? 'STOPPED').toBe('STOPPED');
    expect(services[0]?.runningCount).toBe(6);
    expect(article()).toHaveTextContent('No tasks on this instance.');
    expect(article()).toHaveTextContent('Tasks on it (0)');
  });

  it('stops an instance: its tasks stop at once and it leaves the cluster', async () => {
    const user = userEvent.setup();
    const { store, id, article } = withInstance('dynamic-ports.json', 60_000);
    await user.click(within(article()).getByRole('button', { name: 'Stop instance' }));
    expect(commandsApplied(store).at(-1)).toMatchObject({ command: { do: 'stopInstance', instance: id } });
    expect(instances(store).map((instance) => instance.id)).not.toContain(id);
    const stopped = store.getState().snapshot.tasks.filter((task) => task.stoppedReason === `Host EC2 (instance ${id}) stopped/terminated.`);
    expect(stopped).toHaveLength(2);
    expect(article()).toHaveTextContent('no longer registered');
  });

  it('knows a scripted removeInstance too: the engine, not the command log, says it is on its way out', () => {
    const { store, id, article } = withInstance('dynamic-ports.json', 60_000);
    act(() => {
      store.getState().sim.schedule(61_000, { do: 'removeInstance', instance: id });
      store.getState().advanceTo(62_000);
    });
    expect(store.getState().sim.commandLog()).toEqual([]);
    const remove = within(article()).getByRole('button', { name: 'Remove instance' });
    expect(remove).toBeDisabled();
    expect(remove).toHaveAccessibleDescription(`Remove instance: not now, container instance ${id} is already being removed: it deregisters once its last task has stopped`);
  });

  it('removes an instance: it drains, then deregisters once empty', async () => {
    const user = userEvent.setup();
    const { store, id, article } = withInstance('dynamic-ports.json', 60_000);
    await user.click(within(article()).getByRole('button', { name: 'Remove instance' }));
    expect(commandsApplied(store).at(-1)).toMatchObject({ command: { do: 'removeInstance', instance: id } });
    expect(article()).toHaveTextContent('DRAINING');
    const remove = within(article()).getByRole('button', { name: 'Remove instance' });
    expect(remove).toBeDisabled();
    expect(remove).toHaveAccessibleDescription(/already being removed/);
    // Focus stays in the controls rather than falling to the page.
    expect(within(article()).getByRole('group', { name: 'Instance actions' })).toHaveFocus();

    act(() => store.getState().advanceTo(119_000));
    expect(instances(store).map((instance) => instance.id)).not.toContain(id);
    expect(article()).toHaveTextContent('no longer registered');
  });

  it('shows a scripted removeInstance too: the snapshot says the instance is being removed (issue 9)', () => {
    const spec = scenario('dynamic-ports.json');
    const store = createSimStore({ spec });
    const id = firstInstance(store).id;
    const scripted = createSimStore({ spec: { ...spec, script: [{ at: 60, command: { do: 'removeInstance', instance: id } }] } });
    render(
      <SimProvider store={scripted} frames={manualFrames()}>
        <Inspector />
      </SimProvider>,
    );
    act(() => {
      scripted.getState().advanceTo(61_000);
      scripted.getState().select({ kind: 'instance', id });
    });
    const view = screen.getByRole('article', { name: `Container instance ${id}` });
    expect(view).toHaveAttribute('data-status', 'DRAINING');
    expect(view).toHaveTextContent('Being removed Once its last task has stopped, ECS deregisters this container instance.');
    const remove = within(view).getByRole('button', { name: 'Remove instance' });
    expect(remove).toBeDisabled();
    expect(remove).toHaveAccessibleDescription(/already being removed/);
    // Nothing was clicked: the removal came from the scenario's script.
    expect(commandsApplied(scripted).map((event) => event.type === 'command.applied' && event.command.do)).toEqual(['removeInstance']);
  });

  it('a drained instance is not being removed', async () => {
    const user = userEvent.setup();
    const { article } = withInstance('dynamic-ports.json', 60_000);
    await user.click(within(article()).getByRole('button', { name: 'Drain instance' }));
    expect(article()).toHaveTextContent('DRAINING');
    expect(article()).not.toHaveTextContent('Being removed');
    expect(within(article()).getByRole('button', { name: 'Remove instance' })).toBeEnabled();
  });

  it("says why each task on a drained instance is replaced, healthy as it is (issue 9)", async () => {
    const user = userEvent.setup();
    const { store, article } = withInstance('dynamic-ports.json', 60_000);
    const [first] = firstInstance(store).taskIds;
    await user.click(within(article()).getByRole('button', { name: 'Drain instance' }));
    await user.click(within(article()).getByRole('button', { name: `Task ${first}` }));
    const task = screen.getByRole('article', { name: `Task ${first}` });
    expect(task).toHaveTextContent('being replaced: instance draining');
    expect(task).toHaveTextContent('Its container instance is DRAINING: the task may be healthy');
    expect(within(task).getByText('being replaced: instance draining')).toHaveAttribute('data-state', 'replacing');
    expect(task).not.toHaveTextContent('unhealthy');
    act(() => store.getState().setLens('orchestra'));
    expect(screen.getByRole('article', { name: new RegExp(`\\(${first}\\)$`) })).toHaveTextContent(
      'substitute coming: riser being cleared (being replaced: instance draining)',
    );
  });

  it('the Tables view says it too, on each task row of the drained instance', () => {
    const { store } = renderPanels(<TaskTable serviceId="CatalogService" />, 'dynamic-ports.json');
    act(() => store.getState().advanceTo(60_000));
    const instance = firstInstance(store);
    act(() => store.getState().dispatch({ do: 'drainInstance', instance: instance.id }));
    const table = screen.getByRole('table', { name: 'Tasks' });
    for (const task of store.getState().snapshot.tasks) {
      const row = within(table).getByRole('rowheader', { name: task.id }).closest('tr')!;
      if (instance.taskIds.includes(task.id)) expect(row).toHaveTextContent('being replaced: instance draining');
      else expect(row).not.toHaveTextContent('being replaced');
    }
    expect(table.querySelectorAll('[data-replacement="instance-draining"]')).toHaveLength(2);
  });

  it('uses the orchestra words but keeps the IDs and control names', () => {
    const { store, id } = withInstance('no-chairs-left.json', 60_000);
    act(() => store.getState().setLens('orchestra'));
    const view = screen.getByRole('article', { name: `Riser ${id}` });
    expect(within(view).getByRole('group', { name: 'Stage directions' })).toBeInTheDocument();
    expect(within(view).getByRole('button', { name: 'Drain instance' })).toBeEnabled();
    expect(view).toHaveTextContent('Musicians on it (1)');
  });

  it('is listed in the inspect picker under its cluster', async () => {
    const user = userEvent.setup();
    const { store } = renderPanels(<Inspector />, 'no-chairs-left.json');
    const id = firstInstance(store).id;
    await user.selectOptions(screen.getByRole('combobox', { name: 'Inspect' }), `Container instance ${id}`);
    expect(store.getState().selection).toEqual({ kind: 'instance', id });
  });
});

describe('cluster inspector with EC2 capacity', () => {
  it('lists its instances with used and free capacity, each selectable', async () => {
    const user = userEvent.setup();
    const { store } = renderPanels(<Inspector />, 'no-chairs-left.json');
    act(() => {
      store.getState().advanceTo(60_000);
      store.getState().select({ kind: 'cluster', id: 'ChairsCluster' });
    });
    const cluster = screen.getByRole('article', { name: 'Cluster chairs' });
    expect(cluster).toHaveTextContent('Container instances (2)');
    expect(cluster).toHaveTextContent('CPU 256/2,048 units used, 1,792 free');
    expect(cluster).toHaveTextContent('Memory 512/2,048 MiB used, 1,536 free');
    const [first] = instances(store);
    await user.click(within(cluster).getByRole('button', { name: `Container instance ${first?.id}` }));
    expect(store.getState().selection).toEqual({ kind: 'instance', id: first?.id });
  });

  it('adds instances of the chosen type', async () => {
    const user = userEvent.setup();
    const { store } = renderPanels(<Inspector />, 'no-chairs-left.json');
    act(() => store.getState().select({ kind: 'cluster', id: 'ChairsCluster' }));
    const cluster = screen.getByRole('article', { name: 'Cluster chairs' });
    const type = within(cluster).getByRole('combobox', { name: 'Instance type' });
    expect(type).toHaveValue('t3.small');
    const count = within(cluster).getByRole('spinbutton', { name: 'Instances to add' });

    await user.clear(count);
    await user.type(count, '0');
    await user.click(within(cluster).getByRole('button', { name: 'Add instances' }));
    expect(count).toHaveAccessibleDescription('the number of instances must be a whole number, 1 or more');
    expect(commandsApplied(store)).toEqual([]);

    await user.clear(count);
    await user.type(count, '2');
    await user.selectOptions(type, 'm5.large');
    await user.click(within(cluster).getByRole('button', { name: 'Add instances' }));
    expect(commandsApplied(store).at(-1)).toMatchObject({ command: { do: 'addInstances', cluster: 'ChairsCluster', count: 2, instanceType: 'm5.large' } });
    const added = instances(store).slice(2);
    expect(added.map((instance) => instance.instanceType)).toEqual(['m5.large', 'm5.large']);
    expect(cluster).toHaveTextContent('Container instances (4)');
    expect(cluster).toHaveTextContent('CPU 0/2,048 units used, 2,048 free');
  });

  it('offers no instances to a Fargate-only cluster', () => {
    const { store } = renderPanels(<Inspector />);
    act(() => store.getState().select({ kind: 'cluster', id: store.getState().world.clusters[0]?.id ?? '' }));
    expect(screen.queryByRole('button', { name: 'Add instances' })).not.toBeInTheDocument();
  });
});

describe('service inspector and placement', () => {
  it('shows why tasks wait for placement, in the lens', () => {
    const { store } = renderPanels(<Inspector />, 'no-chairs-left.json');
    act(() => {
      store.getState().advanceTo(95_000);
      store.getState().select({ kind: 'service', id: 'WebService' });
    });
    const waiting = screen.getByRole('group', { name: 'Tasks waiting for placement' });
    expect(waiting).toHaveTextContent('is already using a port required by your task');
    act(() => store.getState().setLens('orchestra'));
    expect(screen.getByRole('group', { name: 'Musicians in the wings' })).toHaveTextContent('is already using a port required by your task');
  });

  it('shows nothing about placement while every task has a place', () => {
    const { store } = renderPanels(<Inspector />, 'no-chairs-left.json');
    act(() => {
      store.getState().advanceTo(60_000);
      store.getState().select({ kind: 'service', id: 'WebService' });
    });
    expect(screen.queryByRole('group', { name: 'Tasks waiting for placement' })).not.toBeInTheDocument();
  });
});
