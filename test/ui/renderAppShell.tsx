import { render } from '@testing-library/react';
import { createSimStore, SimProvider } from '../../src/store';
import { AppShell } from '../../src/ui/shell/AppShell';
import type { ScenarioSource } from '../../src/ui/scenarioSource';
import { manualFrames } from '../store/manualFrames';
import { defaultSpec, STEADY_MS } from './stage/defaultWorld';

/** A scenario source the shell never needs to read from in these tests. */
export const NO_SOURCE: ScenarioSource = { list: () => Promise.resolve([]), read: () => Promise.reject(new Error('not used')) };

/** The whole app shell on the default world at its steady state; frames arrive only when the test delivers them. */
export function renderAppShell() {
  const store = createSimStore({ spec: defaultSpec() });
  store.getState().advanceTo(STEADY_MS);
  const result = render(
    <SimProvider store={store} frames={manualFrames()}>
      <AppShell source={NO_SOURCE} entries={[]} listError={null} />
    </SimProvider>,
  );
  return { ...result, store };
}
