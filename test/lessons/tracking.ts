/** A goal or an observation followed on a real simulation, asked at chosen moments (tests only). */
import { createSimulation, type Command, type ScenarioSpec, type Simulation } from '../../src/engine';
import { GoalTracker, Observer, type Goal, type GoalStatus, type Observation, type Observed } from '../../src/lessons';
import { world, type ServiceOptions } from '../support/world';

/** One web service of two warm tasks behind a target group checking every 10 s, thresholds 2 and 2, draining 30 s. */
export function webWorld(overrides: Partial<ServiceOptions> = {}, rate = 10): ScenarioSpec {
  return world({
    start: 'warm',
    services: [{ id: 'Web', desiredCount: 2, healthCheck: { intervalSeconds: 10, healthyThreshold: 2, unhealthyThreshold: 2 }, deregistrationDelaySeconds: 30, path: '/web*', ...overrides }],
    traffic: { rate, mix: [{ path: '/web' }] },
  });
}

export interface Driven {
  readonly sim: Simulation;
  /** Gives a command at a moment nothing has happened at yet, as the app does. */
  give(atMs: number, command: Command): void;
}

function drive(spec: ScenarioSpec): Driven {
  const sim = createSimulation(spec);
  return {
    sim,
    give(atMs, command) {
      sim.advanceTo(atMs);
      sim.dispatch(command);
    },
  };
}

export function trackGoal(spec: ScenarioSpec, goal: Goal, startMs = 0): Driven & { at(tMs: number): GoalStatus; tracker: GoalTracker } {
  const driven = drive(spec);
  const tracker = new GoalTracker(goal, startMs);
  driven.sim.subscribe((e) => tracker.observe(e), { requests: true });
  return {
    ...driven,
    tracker,
    at(tMs) {
      driven.sim.runUntil(tMs);
      return tracker.evaluate({ now: driven.sim.now(), snapshot: driven.sim.snapshot(), world: driven.sim.world() });
    },
  };
}

/** An observation from `startMs` (the simulation is advanced there first), with a time limit of `withinSeconds`. */
export function trackObservation(spec: ScenarioSpec, observation: Observation, startMs = 0, withinSeconds = 300): Driven & { at(tMs: number): Observed | null } {
  const driven = drive(spec);
  driven.sim.advanceTo(startMs);
  const observer = new Observer(observation, startMs, driven.sim.snapshot(), () => driven.sim.world());
  driven.sim.subscribe((e) => observer.observe(e), { requests: true });
  return {
    ...driven,
    at(tMs) {
      driven.sim.runUntil(tMs);
      return observer.check(driven.sim.now(), startMs + withinSeconds * 1000);
    },
  };
}
