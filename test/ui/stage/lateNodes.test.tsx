// @vitest-environment jsdom
import { act, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/scenario';
import { createSimStore, SimProvider } from '../../../src/store';
import { capacityNodes, instrumentPictures } from '../../../src/ui/stage/lateNodes';
import { Stage } from '../../../src/ui/stage/Stage';
import dynamicPorts from '../../../public/scenarios/dynamic-ports.json';
import { manualFrames } from '../../store/manualFrames';
import { defaultSpec } from './defaultWorld';
import { installBrowserStubs } from './jsdomStubs';

function ec2Spec() {
  const result = loadScenario(dynamicPorts, { fileName: 'dynamic-ports.json' });
  if (!result.ok) throw new Error('dynamic-ports.json did not load');
  return result.spec;
}

// The tests run in order: the late modules are fetched once per page, as in the app.
describe('the stage fetches what only some worlds and the orchestra lens draw when they first need it', () => {
  beforeEach(() => installBrowserStubs());

  it('draws a Fargate world without the EC2 kinds; a world that comes to need them keeps its picture until they are in, then draws them', async () => {
    const store = createSimStore({ spec: defaultSpec() });
    store.getState().advanceTo(30_000);
    render(
      <SimProvider store={store} frames={manualFrames()}>
        <Stage />
      </SimProvider>,
    );
    const stage = screen.getByRole('region', { name: 'Stage' });
    const fargateTasks = within(stage).getAllByRole('button', { name: /^Task / });
    expect(fargateTasks.length).toBeGreaterThan(0);
    expect(capacityNodes.get()).toBeNull();
    expect(instrumentPictures.get()).toBeNull();

    act(() => {
      expect(store.getState().load(ec2Spec())).toBe(true);
      store.getState().advanceTo(60_000);
    });
    // Until the kinds are in, the last picture stays: no empty or half-drawn card.
    expect(within(stage).queryAllByRole('button', { name: /^Container instance / })).toHaveLength(0);
    expect(within(stage).getAllByRole('button', { name: /^Task / }).map((b) => b.getAttribute('aria-label') ?? b.textContent)).toEqual(fargateTasks.map((b) => b.getAttribute('aria-label') ?? b.textContent));
    expect(await within(stage).findAllByRole('button', { name: /^Container instance i-.*, t3\.medium, us-east-1[abc], ACTIVE, / }, { timeout: 5000 })).toHaveLength(3);
    expect(capacityNodes.get()).not.toBeNull();
    // EC2 task cards name their instance, with its glyph.
    const task = within(stage).getByRole('button', { name: 'Task CatalogService-1, RUNNING, healthy' });
    expect(task.querySelector('.stage-task-place svg path')).not.toBeNull();
  });

  it('in the orchestra lens, waits for the instruments before its first frame, so every section has its picture', async () => {
    expect(instrumentPictures.get()).toBeNull();
    const store = createSimStore({ spec: defaultSpec(), view: { lens: 'orchestra' } });
    render(
      <SimProvider store={store} frames={manualFrames()}>
        <Stage />
      </SimProvider>,
    );
    const stage = screen.getByRole('region', { name: 'Stage' });
    expect(stage.querySelectorAll('.react-flow__node')).toHaveLength(0);
    await waitFor(() => expect(stage.querySelectorAll('.react-flow__node-service')).toHaveLength(3), { timeout: 5000 });
    expect(instrumentPictures.get()).not.toBeNull();
    const services = stage.querySelectorAll('.react-flow__node-service');
    for (const service of services) expect(service.querySelector('svg.stage-glyph path')).not.toBeNull();
  });
});
