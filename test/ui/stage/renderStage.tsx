import { render } from '@testing-library/react';
import type { WorldSnapshot } from '../../../src/engine/snapshot';
import { createSimStore, SimProvider, type SimStore } from '../../../src/store';
import { Stage } from '../../../src/ui/stage/Stage';
import { manualFrames } from '../../store/manualFrames';
import { defaultSpec, STEADY_MS } from './defaultWorld';

/** The stage of the default scenario, a minute in (all nine tasks RUNNING and healthy), with frames driven by hand. */
export function renderSteadyStage() {
  const store = createSimStore({ spec: defaultSpec() });
  store.getState().advanceTo(STEADY_MS);
  const result = render(
    <SimProvider store={store} frames={manualFrames()}>
      <Stage />
    </SimProvider>,
  );
  return { ...result, store };
}

/** Publishes a snapshot as the engine would after a state change (tests only; the app never sets it by hand). */
export function publish(store: SimStore, snapshot: WorldSnapshot): void {
  store.setState({ snapshot });
}
