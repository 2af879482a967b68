// @vitest-environment jsdom
/**
 * Readable at a glance (issue 10): the layout is budgeted so the default scenario fits a 1000x750 stage at zoom 1
 * (its smallest text at 12 px); a stage too small for cards gets chips; a task whose words would render under
 * 10 px draws its service as one block with counts by state; and each service keeps room for every task it may
 * reach, so a new task never moves anything.
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../../src/engine';
import { loadScenario } from '../../../src/scenario';
import { createSimStore, SimProvider } from '../../../src/store';
import { taskReach } from '../../../src/ui/stage/clusterBlock';
import { layoutStage } from '../../../src/ui/stage/layout';
import { chooseDensity, fitZoom, smallestTextPx, tasksLegible, zoomForTextPx } from '../../../src/ui/stage/readability';
import { createSlotKeeper } from '../../../src/ui/stage/slots';
import { Stage } from '../../../src/ui/stage/Stage';
import type { StageNode } from '../../../src/ui/stage/stageNodes';
import { structureOf } from '../../../src/ui/stage/structure';
import { manualFrames } from '../../store/manualFrames';
import { defaultSpec, steadySnapshot } from './defaultWorld';
import { installBrowserStubs, PANE } from './jsdomStubs';

const spec = defaultSpec();
const pane = { w: PANE.width, h: PANE.height };

describe('readability thresholds', () => {
  it('read 12 px at zoom 1 (0.75rem at 16 px) and call a task legible from 10 px', () => {
    expect(smallestTextPx(1, 16)).toBe(12);
    expect(zoomForTextPx(12, 16)).toBe(1);
    expect(tasksLegible(zoomForTextPx(10, 16), 16)).toBe(true);
    expect(tasksLegible(zoomForTextPx(9.9, 16), 16)).toBe(false);
    // Presenter mode's larger root font reads larger at the same zoom.
    expect(smallestTextPx(1, 24)).toBe(18);
  });

  it('choose cards when they fit at a zoom that reads at 12 px, else chips', () => {
    expect(chooseDensity(1, 16)).toBe('cards');
    expect(chooseDensity(0.99, 16)).toBe('chips');
    expect(fitZoom({ w: 984, h: 500 }, { w: 1000, h: 750 })).toBe(1);
  });
});

describe('the default scenario at the stage size of a 1440x900 screen (a 1000x750 box)', () => {
  const structure = structureOf(steadySnapshot(spec));

  it('fits with cards at zoom 1 or more, so its smallest text renders at 12 px or more', () => {
    const { bounds } = layoutStage(spec, structure, { direction: 'LR', lens: 'aws', density: 'cards', viewport: pane });
    const zoom = fitZoom(bounds, pane);
    expect(zoom).toBeGreaterThanOrEqual(1);
    expect(chooseDensity(zoom, 16)).toBe('cards');
  });

  it('fits with chips at zoom 1 or more in the stage of a 1280x720 projector (an 850x600 box)', () => {
    const small = { w: 848, h: 566 };
    const cards = layoutStage(spec, structure, { direction: 'LR', lens: 'aws', density: 'cards', viewport: small });
    expect(chooseDensity(fitZoom(cards.bounds, small), 16)).toBe('chips');
    const chips = layoutStage(spec, structure, { direction: 'LR', lens: 'aws', density: 'chips', viewport: small });
    expect(fitZoom(chips.bounds, small)).toBeGreaterThanOrEqual(1);
  });
});

describe('room reserved for the tasks a service may reach', () => {
  it('is desired x maximum percent, at least the desired count', () => {
    expect(taskReach(3, 200)).toBe(6);
    expect(taskReach(3, 100)).toBe(3);
    expect(taskReach(10, 150)).toBe(15);
    expect(taskReach(0, 200)).toBe(0);
  });

  it('keeps the picture and every task still when a replacement starts, and the replacement takes a free slot', () => {
    const sim = createSimulation(spec);
    sim.advanceTo(60_000);
    const keep = createSlotKeeper();
    const before = structureOf(sim.snapshot());
    const first = layoutStage(spec, before, { direction: 'LR', lens: 'aws', viewport: pane, slots: keep(before, new Set()) });
    sim.dispatch({ do: 'failHealthChecks', task: 'UsersService-2' });
    sim.advanceTo(85_000);
    const after = structureOf(sim.snapshot());
    expect(after.services[0]?.tasks.map((task) => task.id)).toEqual(['UsersService-1', 'UsersService-2', 'UsersService-3', 'UsersService-4']);
    const second = layoutStage(spec, after, { direction: 'LR', lens: 'aws', viewport: pane, slots: keep(after, new Set()) });
    expect(second.bounds).toEqual(first.bounds);
    const at = (nodes: readonly StageNode[], id: string) => nodes.find((node) => node.id === id)?.position;
    for (const id of ['task:UsersService-1', 'task:UsersService-2', 'task:UsersService-3', 'service:AuthService', 'tg:UsersTargetGroup']) {
      expect(at(second.nodes, id)).toEqual(at(first.nodes, id));
    }
    expect(at(second.nodes, 'task:UsersService-4')).toBeDefined();
  });

  it('gives a stopped task\'s slot to the next task, without moving the ones in between', () => {
    const keep = createSlotKeeper();
    const service = (tasks: [string, boolean][]) => ({
      key: tasks.map(([id, stopped]) => `${id}${stopped ? '~' : ''}`).join(','),
      listeners: [],
      targetGroupIds: [],
      instances: [],
      services: [{ id: 'S', name: 's', clusterId: 'C', ec2: false, waiting: false, tasks: tasks.map(([id, stopped]) => ({ id, stopped })) }],
    });
    expect([...keep(service([['S-1', false], ['S-2', false], ['S-3', false]]), new Set())]).toEqual([['S-1', 0], ['S-2', 1], ['S-3', 2]]);
    expect([...keep(service([['S-1', false], ['S-2', true], ['S-3', false], ['S-4', false]]), new Set())]).toEqual([['S-1', 0], ['S-3', 2], ['S-4', 1]]);
  });
});

describe('semantic zoom on a stage too small to read tasks', () => {
  function renderBig(paneSize: { width: number; height: number }) {
    installBrowserStubs(paneSize);
    const result = loadScenario(readFileSync('public/scenarios/big-orchestra.json', 'utf8'));
    if (!result.ok) throw new Error('big-orchestra.json did not load');
    const store = createSimStore({ spec: result.spec });
    store.getState().advanceTo(45_000);
    render(
      <SimProvider store={store} frames={manualFrames()}>
        <Stage />
      </SimProvider>,
    );
    return store;
  }

  it('draws the ten services of the big orchestra as ten labelled blocks with counts by state, and no task', () => {
    renderBig(PANE);
    const stage = screen.getByRole('region', { name: 'Stage' });
    const blocks = within(stage).getAllByRole('button', { name: /^Service \w+, 10 of 10 running, .*; tasks: 10 running, 0 pending, 0 draining, 0 unhealthy$/ });
    expect(blocks.map((block) => within(block).getByText(/^Service /).textContent)).toEqual([
      'Service strings',
      'Service reeds',
      'Service basses',
      'Service brass',
      'Service beat',
      'Service vocals',
      'Service harp',
      'Service piano',
      'Service horns',
      'Service winds',
    ]);
    expect(within(stage).queryAllByRole('button', { name: /^Task / })).toHaveLength(0);
    expect(stage).toHaveAttribute('data-zoomed-out');
  });

  it('brings a service\'s tasks back when it is selected, so every task stays reachable by keyboard', () => {
    const store = renderBig(PANE);
    const stage = screen.getByRole('region', { name: 'Stage' });
    fireEvent.click(within(stage).getByRole('button', { name: /^Service brass, / }));
    expect(store.getState().selection).toEqual({ kind: 'service', id: 'BrassService' });
    const tasks = within(stage).getAllByRole('button', { name: /^Task BrassService-\d+, RUNNING, healthy$/ });
    expect(tasks).toHaveLength(10);
    act(() => store.getState().select({ kind: 'task', id: 'HarpService-3' }));
    expect(within(stage).getAllByRole('button', { name: /^Task HarpService-\d+/ })).toHaveLength(10);
    expect(within(stage).queryAllByRole('button', { name: /^Task BrassService-/ })).toHaveLength(0);
  });

  it('gives focus back to the block when Escape folds the service up again', async () => {
    const store = renderBig(PANE);
    const stage = screen.getByRole('region', { name: 'Stage' });
    fireEvent.click(within(stage).getByRole('button', { name: /^Service harp, / }));
    const task = within(stage).getByRole('button', { name: /^Task HarpService-2, / });
    task.focus();
    fireEvent.keyDown(task, { key: 'Escape' });
    expect(store.getState().selection).toBeNull();
    expect(within(stage).queryAllByRole('button', { name: /^Task HarpService-/ })).toHaveLength(0);
    await waitFor(() => expect(within(stage).getByRole('button', { name: /^Service harp, / })).toHaveFocus());
  });
});
