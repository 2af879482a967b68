import { render } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import type { ReactNode } from 'react';
import type { ScenarioSpec, StartMode } from '../../../src/engine/spec';
import { loadScenario } from '../../../src/scenario';
import { createSimStore, SimProvider, type LogEntry, type SimStore } from '../../../src/store';
import { manualFrames } from '../../store/manualFrames';

/** A bundled scenario as the app loads it; `start` overrides its start setting (tests that watch tasks launch ask for cold). */
export function scenario(file = 'default.json', start?: StartMode): ScenarioSpec {
  const result = loadScenario(readFileSync(`public/scenarios/${file}`, 'utf8'));
  if (!result.ok) throw new Error(`${file} did not load: ${result.errors.map((e) => e.message).join('; ')}`);
  return start === undefined ? result.spec : { ...result.spec, start };
}

/** The default scenario in a store whose frames never arrive by themselves: tests move the clock with advanceTo. */
export function renderPanels(ui: ReactNode, file = 'default.json', start?: StartMode) {
  const store = createSimStore({ spec: scenario(file, start) });
  const frames = manualFrames();
  const result = render(
    <SimProvider store={store} frames={frames}>
      {ui}
    </SimProvider>,
  );
  return { ...result, store };
}

export function commandsApplied(store: SimStore): LogEntry['event'][] {
  return store.getState().log.map((entry) => entry.event).filter((event) => event.type === 'command.applied');
}

export function taskOf(store: SimStore, id: string) {
  return store.getState().snapshot.tasks.find((task) => task.id === id);
}
