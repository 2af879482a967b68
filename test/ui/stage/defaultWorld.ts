/** The bundled default scenario, loaded as the app loads it, and its world after a minute (all nine tasks healthy). */
import { createSimulation } from '../../../src/engine';
import type { WorldSnapshot } from '../../../src/engine/snapshot';
import type { ScenarioSpec } from '../../../src/engine/spec';
import { loadScenario } from '../../../src/scenario';
import template from '../../../public/scenarios/default.json';

export function defaultSpec(): ScenarioSpec {
  const result = loadScenario(template, { fileName: 'default.json' });
  if (!result.ok) throw new Error(`default.json did not load: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.spec;
}

export const STEADY_MS = 60_000;

export function steadySnapshot(spec: ScenarioSpec = defaultSpec()): WorldSnapshot {
  const sim = createSimulation(spec);
  sim.runUntil(STEADY_MS);
  return sim.snapshot();
}

/** The same snapshot with one task's lastStatus changed (a new version, as the engine would publish it). */
export function withTaskStatus(snapshot: WorldSnapshot, taskId: string, lastStatus: WorldSnapshot['tasks'][number]['lastStatus']): WorldSnapshot {
  return {
    ...snapshot,
    version: snapshot.version + 1,
    tasks: snapshot.tasks.map((task) => (task.id === taskId ? { ...task, lastStatus } : task)),
  };
}
