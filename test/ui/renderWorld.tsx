import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { ScenarioSpec } from '../../src/engine/spec';
import { createSimStore, SimProvider, type SimStoreOptions } from '../../src/store';
import { manualFrames } from '../store/manualFrames';
import { tinySpec } from '../store/tinySpec';

/** Renders `ui` inside a provider whose frames only arrive when the test delivers them. */
export function renderWorld(ui: ReactNode, options: Partial<SimStoreOptions> & { spec?: ScenarioSpec } = {}) {
  const store = createSimStore({ spec: tinySpec(), ...options });
  const frames = manualFrames();
  const result = render(
    <SimProvider store={store} frames={frames}>
      {ui}
    </SimProvider>,
  );
  return { ...result, store, frames };
}
