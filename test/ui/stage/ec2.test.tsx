// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { createSimulation } from '../../../src/engine';
import type { WorldSnapshot } from '../../../src/engine/snapshot';
import type { ScenarioSpec } from '../../../src/engine/spec';
import { loadScenario } from '../../../src/scenario';
import { createSimStore, SimProvider } from '../../../src/store';
import { shortPlacementReason } from '../../../src/ui/stage/capacityText';
import { layoutStage } from '../../../src/ui/stage/layout';
import { parseTaskView, taskViewKey } from '../../../src/ui/stage/selectors';
import { Stage } from '../../../src/ui/stage/Stage';
import type { StageNode } from '../../../src/ui/stage/stageNodes';
import { createStructureSelector, structureOf } from '../../../src/ui/stage/structure';
import dynamicPorts from '../../../public/scenarios/dynamic-ports.json';
import noChairsLeft from '../../../public/scenarios/no-chairs-left.json';
import { manualFrames } from '../../store/manualFrames';
import { defaultSpec, steadySnapshot } from './defaultWorld';
import { installBrowserStubs } from './jsdomStubs';

function specOf(template: unknown, fileName: string): ScenarioSpec {
  const result = loadScenario(template, { fileName });
  if (!result.ok) throw new Error(`${fileName} did not load: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.spec;
}

function snapshotAt(spec: ScenarioSpec, ms: number): WorldSnapshot {
  const sim = createSimulation(spec);
  sim.runUntil(ms);
  return sim.snapshot();
}

function ofType<T extends StageNode['type']>(nodes: readonly StageNode[], type: T): Extract<StageNode, { type: T }>[] {
  return nodes.filter((node): node is Extract<StageNode, { type: T }> => node.type === type);
}

function expectChildrenInside(nodes: readonly StageNode[]): void {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  for (const node of nodes) {
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    if (!parent) continue;
    expect(node.position.x).toBeGreaterThanOrEqual(0);
    expect(node.position.y).toBeGreaterThanOrEqual(0);
    expect(node.position.x + (node.width ?? 0)).toBeLessThanOrEqual((parent.width ?? 0) + 1e-6);
    expect(node.position.y + (node.height ?? 0)).toBeLessThanOrEqual((parent.height ?? 0) + 1e-6);
  }
}

const ports = specOf(dynamicPorts, 'dynamic-ports.json');
const chairs = specOf(noChairsLeft, 'no-chairs-left.json');

describe('layoutStage on EC2 (dynamic-ports, a minute in)', () => {
  const snapshot = snapshotAt(ports, 60_000);
  const structure = structureOf(snapshot);

  for (const direction of ['LR', 'TB'] as const) {
    it(`draws the cluster's three container instances in a band after the tasks (${direction})`, () => {
      const { nodes } = layoutStage(ports, structure, { direction, lens: 'aws' });
      const instances = ofType(nodes, 'instance');
      expect(instances).toHaveLength(3);
      expect(instances.map((n) => n.data.instanceId)).toEqual(snapshot.clusters[0]?.instances.map((i) => i.id));
      const band = ofType(nodes, 'capacity');
      expect(band).toHaveLength(1);
      expect(instances.every((n) => n.parentId === band[0]?.id)).toBe(true);
      // Tab order: the request path first (services, tasks), then the capacity they sit on.
      const order = nodes.map((n) => n.type);
      expect(order.lastIndexOf('task')).toBeLessThan(order.indexOf('capacity'));
      expectChildrenInside(nodes);
      expect(ofType(nodes, 'waiting')).toHaveLength(0);
    });
  }

  it('lays the three instances side by side in the wide picture', () => {
    const { nodes } = layoutStage(ports, structure, { direction: 'LR', lens: 'aws' });
    expect(new Set(ofType(nodes, 'instance').map((n) => n.position.y)).size).toBe(1);
  });

  it('marks EC2 task cards, and each task carries its instance and host port', () => {
    const { nodes } = layoutStage(ports, structure, { direction: 'LR', lens: 'aws' });
    const tasks = ofType(nodes, 'task');
    expect(tasks).toHaveLength(6);
    expect(tasks.every((n) => n.data.ec2)).toBe(true);
    const instanceIds = new Set(snapshot.clusters[0]?.instances.map((i) => i.id));
    for (const task of tasks) {
      const view = parseTaskView(taskViewKey(snapshot, task.data.taskId));
      expect(instanceIds.has(view.instanceId ?? '')).toBe(true);
      expect(view.hostPort).toBeGreaterThanOrEqual(32768);
    }
  });

  it('keeps the structure (and so the layout) when only capacity figures change', () => {
    const select = createStructureSelector();
    const before = select(snapshot);
    const first = snapshot.clusters[0];
    const busier: WorldSnapshot = {
      ...snapshot,
      version: snapshot.version + 1,
      clusters: snapshot.clusters.map((cluster) =>
        cluster === first ? { ...cluster, instances: cluster.instances.map((i) => ({ ...i, cpu: { ...i.cpu, remaining: 0 } })) } : cluster,
      ),
    };
    expect(select(busier)).toBe(before);
    const draining: WorldSnapshot = {
      ...busier,
      version: busier.version + 1,
      clusters: busier.clusters.map((cluster) => ({ ...cluster, instances: cluster.instances.map((i, n) => (n === 0 ? { ...i, status: 'DRAINING' as const } : i)) })),
    };
    expect(select(draining)).not.toBe(before);
  });
});

describe('layoutStage on EC2 (no-chairs-left)', () => {
  it('at 95 s the web service has a waiting card in the wings, ECS saying the port is taken', () => {
    const snapshot = snapshotAt(chairs, 95_000);
    const { nodes } = layoutStage(chairs, structureOf(snapshot), { direction: 'LR', lens: 'aws' });
    const waiting = ofType(nodes, 'waiting');
    expect(waiting).toHaveLength(1);
    expect(waiting[0]?.parentId).toBe('service:WebService');
    const message = snapshot.services.find((s) => s.id === 'WebService')?.placementFailure ?? '';
    expect(message).toMatch(/unable to place a task/);
    expect(shortPlacementReason(message)).toMatch(/^The closest matching container-instance i-[0-9a-f]+ is already using a port required by your task\.$/);
    expect(ofType(nodes, 'instance')).toHaveLength(2);
    expectChildrenInside(nodes);
  });

  it('before the deploy nothing waits; after the third instance joins there are three', () => {
    const before = layoutStage(chairs, structureOf(snapshotAt(chairs, 60_000)), { direction: 'LR', lens: 'aws' });
    expect(ofType(before.nodes, 'waiting')).toHaveLength(0);
    const after = layoutStage(chairs, structureOf(snapshotAt(chairs, 400_000)), { direction: 'LR', lens: 'aws' });
    expect(ofType(after.nodes, 'waiting')).toHaveLength(0);
    expect(ofType(after.nodes, 'instance')).toHaveLength(3);
  });
});

describe('layoutStage on Fargate (default scenario)', () => {
  it('has no instance, capacity or waiting nodes, and plain task cards', () => {
    const { nodes } = layoutStage(defaultSpec(), structureOf(steadySnapshot()), { direction: 'LR', lens: 'aws' });
    expect(ofType(nodes, 'instance')).toHaveLength(0);
    expect(ofType(nodes, 'capacity')).toHaveLength(0);
    expect(ofType(nodes, 'waiting')).toHaveLength(0);
    expect(ofType(nodes, 'task').every((n) => !n.data.ec2)).toBe(true);
  });
});

describe('Stage on EC2', () => {
  beforeEach(() => installBrowserStubs());

  /** Renders the stage at `ms`, once EC2 capacity's node kinds are in (lateNodes.tsx) and its picture is drawn. */
  async function renderAt(spec: ScenarioSpec, ms: number) {
    const store = createSimStore({ spec });
    store.getState().advanceTo(ms);
    render(
      <SimProvider store={store} frames={manualFrames()}>
        <Stage />
      </SimProvider>,
    );
    await within(screen.getByRole('region', { name: 'Stage' })).findAllByRole('button', { name: /^Service / }, { timeout: 5000 });
    return store;
  }

  it('names each container instance with its type, zone, status and capacity, and selects it', async () => {
    const user = userEvent.setup();
    const store = await renderAt(ports, 60_000);
    const stage = screen.getByRole('region', { name: 'Stage' });
    const instances = within(stage).getAllByRole('button', { name: /^Container instance i-/ });
    expect(instances).toHaveLength(3);
    const first = store.getState().snapshot.clusters[0]?.instances[0];
    const name = `Container instance ${first?.id}, t3.medium, us-east-1a, ACTIVE, CPU 512 of 2048 used, memory 1024 of 4096 MiB used, 2 tasks`;
    const button = within(stage).getByRole('button', { name });
    expect(button).toHaveTextContent('CPU 512/2048');
    expect(button).toHaveTextContent('Mem 1024/4096 MiB');
    button.focus();
    await user.keyboard('{Enter}');
    expect(store.getState().selection).toEqual({ kind: 'instance', id: first?.id });
    // Task names are unchanged; the card shows its instance and host port.
    const task = within(stage).getByRole('button', { name: 'Task CatalogService-1, RUNNING, healthy' });
    expect(task).toHaveTextContent(`${first?.id.slice(0, 6)}…:32768`);
    act(() => store.getState().setLens('orchestra'));
    expect(within(stage).getAllByRole('button', { name: /^Riser i-.*, 2 musicians$/ })).toHaveLength(3);
  });

  it('draws healthy tasks on a draining instance as being replaced for the drain, not unhealthy (issue 9)', async () => {
    const store = await renderAt(ports, 100_000);
    const stage = screen.getByRole('region', { name: 'Stage' });
    const instance = store.getState().snapshot.clusters[0]!.instances[0]!;
    act(() => store.getState().dispatch({ do: 'drainInstance', instance: instance.id }));
    const [first, second] = instance.taskIds;
    for (const id of [first, second]) {
      const card = within(stage).getByRole('button', { name: `Task ${id}, RUNNING, healthy, being replaced: instance draining` });
      expect(card).toHaveTextContent('instance draining');
      const box = card.closest('[data-task-id]');
      expect(box).toHaveAttribute('data-visual', 'replacing');
      expect(box).toHaveAttribute('data-replacement', 'instance-draining');
      expect(box).toHaveAttribute('data-health', 'healthy');
    }
    // The other tasks are untouched, and no task on the stage is drawn unhealthy.
    expect(stage.querySelectorAll('.stage-task[data-visual="unhealthy"]')).toHaveLength(0);
    expect(stage.querySelectorAll('.stage-task[data-visual="replacing"]')).toHaveLength(2);
    // Their two replacements start at once, elsewhere.
    expect(stage.querySelectorAll('.stage-task[data-visual="healthy"]')).toHaveLength(4);
    expect(stage.querySelectorAll('.stage-task[data-visual="pending"]')).toHaveLength(2);
    act(() => store.getState().setLens('orchestra'));
    const card = within(stage).getByRole('button', { name: new RegExp(`\\(${first}\\), RUNNING, in tune \\(healthy\\), substitute coming: riser being cleared \\(being replaced: instance draining\\)$`) });
    expect(card).toHaveTextContent('riser being cleared');
  });

  it('draws a task replaced for failing its health checks as unhealthy, and says why', async () => {
    const store = await renderAt(ports, 100_000);
    act(() => store.getState().dispatch({ do: 'failHealthChecks', task: 'CatalogService-2' }));
    // Unhealthy at 120 s (its thresholds), stopped once its replacement is healthy (150 s).
    act(() => store.getState().advanceTo(125_000));
    const stage = screen.getByRole('region', { name: 'Stage' });
    const card = within(stage).getByRole('button', { name: 'Task CatalogService-2, RUNNING, unhealthy, being replaced: failed health checks' });
    expect(card).toHaveTextContent('failed health checks');
    expect(card.closest('[data-task-id]')).toHaveAttribute('data-visual', 'unhealthy');
  });

  it('shows a waiting card with the whole ECS message as its name', async () => {
    await renderAt(chairs, 95_000);
    const card = screen.getByRole('button', { name: /^Task waiting for placement \(Service web\): \(service web\) was unable to place a task .* is already using a port required by your task\. For more information/ });
    expect(card).toHaveTextContent('Waiting');
    expect(card).toHaveTextContent('already using a port');
    expect(card).toHaveTextContent('Task waiting for placement');
  });
});
