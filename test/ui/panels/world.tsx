import { render } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import type { ReactNode } from 'react';
import type { ScenarioSpec } from '../../../src/engine/spec';
import { loadScenario } from '../../../src/scenario';
import { createSimStore, SimProvider, type LogEntry, type SimStore } from '../../../src/store';
import { manualFrames } from '../../store/manualFrames';

export function scenario(file = 'default.json'): ScenarioSpec {
  const result = loadScenario(readFileSync(`public/scenarios/${file}`, 'utf8'));
  if (!result.ok) throw new Error(`${file} did not load: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.spec;
}

/** The default scenario in a store whose frames never arrive by themselves: tests move the clock with advanceTo. */
export function renderPanels(ui: ReactNode, file = 'default.json') {
  const store = createSimStore({ spec: scenario(file) });
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
