// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { InstancesPanel } from '../../src/ui/InstancesPanel';
import { ServicesPanel } from '../../src/ui/ServicesPanel';
import { renderPanels } from './panels/world';

function tables() {
  return (
    <>
      <ServicesPanel />
      <InstancesPanel />
    </>
  );
}

describe('Container instances panel', () => {
  it('lists every instance with its type, zone, capacity, ports and tasks', () => {
    const { store } = renderPanels(tables(), 'dynamic-ports.json');
    act(() => store.getState().advanceTo(60_000));
    const region = screen.getByRole('region', { name: 'Container instances' });
    expect(within(region).getByRole('heading', { name: 'Cluster ports' })).toBeInTheDocument();
    const cards = within(region).getAllByRole('article');
    expect(cards).toHaveLength(3);
    const instance = store.getState().snapshot.clusters[0]?.instances[0];
    const card = within(region).getByRole('article', { name: instance?.id });
    expect(card).toHaveTextContent('ACTIVE');
    expect(card).toHaveTextContent('t3.medium');
    expect(card).toHaveTextContent('us-east-1a');
    expect(card).toHaveTextContent('CPU 512 of 2,048 units used, 1,536 remaining');
    expect(card).toHaveTextContent('Memory 1,024 of 4,096 MiB used, 3,072 remaining');
    expect(card).toHaveTextContent('Host ports in use 32768, 32769');
    expect(card).toHaveTextContent('Tasks (2)');
    expect(card).toHaveTextContent('CatalogService-1');
    expect(card).toHaveTextContent('CatalogService-4');
  });

  it('inspects an instance from its card', async () => {
    const user = userEvent.setup();
    const { store } = renderPanels(tables(), 'dynamic-ports.json');
    const id = store.getState().snapshot.clusters[0]?.instances[1]?.id ?? '';
    await user.click(screen.getByRole('button', { name: `Inspect ${id}` }));
    expect(store.getState().selection).toEqual({ kind: 'instance', id });
  });

  it('follows a drain: DRAINING at once, no tasks once they are replaced', () => {
    const { store } = renderPanels(tables(), 'dynamic-ports.json');
    act(() => store.getState().advanceTo(60_000));
    const id = store.getState().snapshot.clusters[0]?.instances[0]?.id ?? '';
    act(() => store.getState().dispatch({ do: 'drainInstance', instance: id }));
    const card = screen.getByRole('article', { name: id });
    expect(card).toHaveTextContent('DRAINING');
    act(() => store.getState().advanceTo(119_000));
    expect(card).toHaveTextContent('Tasks (0) none');
  });

  it('is absent from a Fargate world', () => {
    renderPanels(<InstancesPanel />);
    expect(screen.queryByRole('region', { name: 'Container instances' })).not.toBeInTheDocument();
  });
});

describe('EC2 services in the tables', () => {
  it('show where each task runs, and inspect a task from its row', async () => {
    const user = userEvent.setup();
    const { store } = renderPanels(tables(), 'dynamic-ports.json');
    act(() => store.getState().advanceTo(60_000));
    const table = screen.getByRole('table', { name: 'Tasks' });
    expect(within(table).getByRole('columnheader', { name: 'Instance' })).toBeInTheDocument();
    const row = within(table).getByRole('row', { name: /CatalogService-4/ });
    const task = store.getState().snapshot.tasks.find((candidate) => candidate.id === 'CatalogService-4');
    expect(row).toHaveTextContent(`${task?.instanceId}host port 32769`);
    await user.click(within(row).getByRole('button', { name: 'Inspect CatalogService-4' }));
    expect(store.getState().selection).toEqual({ kind: 'task', id: 'CatalogService-4' });
  });

  it('say why a task cannot be placed, in a status note named for the service', () => {
    const { store } = renderPanels(tables(), 'no-chairs-left.json');
    act(() => store.getState().advanceTo(60_000));
    expect(screen.queryByRole('status', { name: 'web: tasks waiting for placement' })).not.toBeInTheDocument();
    act(() => store.getState().advanceTo(95_000));
    const note = screen.getByRole('status', { name: 'web: tasks waiting for placement' });
    expect(note).toHaveTextContent('is already using a port required by your task');
    expect(note).toHaveTextContent('(service web) was unable to place a task');
  });

  it('keep Fargate task tables without an instance column', () => {
    const { store } = renderPanels(<ServicesPanel />);
    act(() => store.getState().advanceTo(60_000));
    for (const table of screen.getAllByRole('table', { name: 'Tasks' })) {
      expect(within(table).queryByRole('columnheader', { name: 'Instance' })).not.toBeInTheDocument();
    }
  });
});
