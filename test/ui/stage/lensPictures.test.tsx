// @vitest-environment jsdom
import { act, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, expect, it } from 'vitest';
import { createSimStore, SimProvider } from '../../../src/store';
import { instrumentPictures } from '../../../src/ui/stage/lateNodes';
import { Stage } from '../../../src/ui/stage/Stage';
import { manualFrames } from '../../store/manualFrames';
import { defaultSpec } from './defaultWorld';
import { installBrowserStubs } from './jsdomStubs';

beforeEach(() => installBrowserStubs());

it("a switch to the orchestra lens draws at once, each instrument's place held by a glyph of its size until the instruments arrive", async () => {
  const store = createSimStore({ spec: defaultSpec() });
  render(
    <SimProvider store={store} frames={manualFrames()}>
      <Stage />
    </SimProvider>,
  );
  const stage = screen.getByRole('region', { name: 'Stage' });
  const services = () => [...stage.querySelectorAll('.react-flow__node-service')];
  expect(services()).toHaveLength(3);
  for (const service of services()) expect(service.querySelector('svg.stage-glyph')).toBeNull();
  expect(instrumentPictures.get()).toBeNull();

  act(() => store.getState().setLens('orchestra'));
  // The sections are drawn in the orchestra lens at once: their names, and an empty glyph where the instrument goes.
  expect(stage).toHaveAttribute('data-lens', 'orchestra');
  expect(services()).toHaveLength(3);
  for (const service of services()) {
    const glyph = service.querySelector('svg.stage-glyph-large');
    expect(glyph).not.toBeNull();
    expect(glyph).toHaveAttribute('width', '1.5em');
    expect(glyph?.childElementCount).toBe(0);
  }
  await waitFor(() => expect(instrumentPictures.get()).not.toBeNull(), { timeout: 5000 });
  await waitFor(() => {
    for (const service of services()) expect(service.querySelector('svg.stage-glyph-large')?.childElementCount).toBeGreaterThan(0);
  });
});
