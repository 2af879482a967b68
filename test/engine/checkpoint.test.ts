/**
 * Checkpoints (Simulation.checkpoint, restoreSimulation): a run restored from a checkpoint goes on exactly as the run
 * it was taken from, the same event lines byte for byte and the same snapshot, for every world the golden logs keep
 * and for a live session with faults and edits given after the checkpoint. A checkpoint is a copy: the original run
 * going on does not change it, and it can be restored more than once.
 */
import { describe, expect, it } from 'vitest';
import { createSimulation, restoreSimulation, type Command, type Simulation } from '../../src/engine';
import { scriptedWorlds, sessionWithEditsRun } from '../golden/goldenRuns';

function listen(sim: Simulation): string[] {
  const lines: string[] = [];
  sim.subscribe((e) => lines.push(JSON.stringify(e)), { requests: true });
  return lines;
}

/** Live commands after `fromMs`, the way the app gives them, then on to `untilMs`. */
function playOn(sim: Simulation, steps: readonly (readonly [number, Command])[], fromMs: number, untilMs: number): void {
  for (const [atMs, command] of steps) {
    if (atMs < fromMs) continue;
    sim.advanceTo(atMs);
    sim.dispatch(command);
  }
  sim.advanceTo(untilMs);
}

function checkRestores(make: () => Simulation, steps: readonly (readonly [number, Command])[], moments: readonly number[], untilMs: number): void {
  const straight = make();
  const lines = listen(straight);
  const taken: { at: number; seen: number; checkpoint: ReturnType<Simulation['checkpoint']> }[] = [];
  for (const moment of moments) {
    playOn(straight, steps.filter(([t]) => t < moment), straight.now(), moment);
    taken.push({ at: moment, seen: lines.length, checkpoint: straight.checkpoint() });
  }
  playOn(straight, steps, straight.now(), untilMs);
  const end = JSON.stringify(straight.snapshot());
  for (const { at, seen, checkpoint } of taken) {
    expect(checkpoint.atMs).toBe(at);
    for (let round = 0; round < 2; round++) {
      const restored = restoreSimulation(checkpoint);
      expect(restored.now()).toBe(at);
      const after = listen(restored);
      playOn(restored, steps, at, untilMs);
      expect(after.length).toBe(lines.length - seen);
      expect(after.join('\n')).toBe(lines.slice(seen).join('\n'));
      expect(JSON.stringify(restored.snapshot())).toBe(end);
      expect(restored.commandLog()).toEqual(straight.commandLog());
    }
  }
}

describe('checkpoints', () => {
  for (const world of scriptedWorlds()) {
    it(`${world.name}: restored runs go on exactly as the straight run`, () => {
      const spec = world.spec();
      checkRestores(() => createSimulation(spec), [], [0, 37_001, Math.floor(world.untilMs / 2) + 13], world.untilMs);
    });
  }

  it('a live session with faults and edits after each checkpoint goes on exactly as the straight run', () => {
    const { spec, steps, untilMs } = sessionWithEditsRun();
    checkRestores(() => createSimulation(spec), steps, [0, 31_337, 50_000, 90_000, 250_000], untilMs);
  });

  it('a checkpoint taken at the moment a command was given restores with that command applied', () => {
    const { spec } = sessionWithEditsRun();
    const sim = createSimulation(spec);
    sim.advanceTo(31_337);
    sim.dispatch({ do: 'crashTask', task: 'UsersService-1' });
    const restored = restoreSimulation(sim.checkpoint());
    expect(JSON.stringify(restored.snapshot())).toBe(JSON.stringify(sim.snapshot()));
    expect(restored.commandLog()).toEqual([{ atMs: 31_337, command: { do: 'crashTask', task: 'UsersService-1' } }]);
  });

  it('refuses anything that is not a checkpoint', () => {
    expect(() => restoreSimulation({ atMs: 0 })).toThrow('Not a checkpoint of this engine.');
  });
});

/** Paths to every function reachable from `root` (functions are shared by a checkpoint, not copied). */
function functionPaths(root: unknown): string[] {
  const seen = new Set<object>();
  const found: string[] = [];
  const walk = (value: unknown, path: string): void => {
    if (typeof value === 'function') {
      found.push(path);
      return;
    }
    if (typeof value !== 'object' || value === null || seen.has(value) || ArrayBuffer.isView(value)) return;
    seen.add(value);
    if (value instanceof Map) for (const [k, v] of value) walk(v, `${path}.get(${typeof k === 'object' ? 'object' : String(k)})`);
    else if (value instanceof Set) for (const v of value) walk(v, `${path}.item`);
    else for (const [k, v] of Object.entries(value)) walk(v, `${path}.${Array.isArray(value) ? '[]' : k}`);
  };
  walk(root, '');
  return [...new Set(found.map((p) => p.replace(/\.\[\]/g, '[]').replace(/\.get\([^)]*\)/g, '.get()')))].sort();
}

describe('what a checkpoint shares', () => {
  // A new function here must be pure (no state of its own), or the state it keeps must move into a field: a checkpoint
  // shares functions, so state in a closure would be shared between a run and its restored copies.
  it('the only functions in the engine state are pure ones (compiled routes and matchers, heap orders)', () => {
    const { spec, steps, untilMs } = sessionWithEditsRun();
    const sim = createSimulation(spec);
    sim.subscribe(() => {});
    playOn(sim, steps, 0, untilMs);
    const checkpoint = sim.checkpoint();
    const data = (checkpoint as unknown as Record<symbol, unknown>)[Object.getOwnPropertySymbols(checkpoint)[0]!];
    expect(functionPaths(data)).toEqual([
      '.engine.dirtyServices.before',
      '.engine.listeners[].route',
      '.engine.services[].cluster.services[].tally.older.before',
      '.engine.services[].cluster.services[].tally.stoppedByLaunch.before',
      '.engine.services[].tally.older.before',
      '.engine.services[].tally.stoppedByLaunch.before',
      '.engine.taskDefs.get().responseMatchers[].matcher.matches',
      '.engine.taskDefs.get().responseMatchers[].matcher.matchesRange',
    ]);
  });
});
