/** What the lesson runtime reads of a run: the clock, the world's states and its configuration. A Simulation has all three. */
import type { ScenarioSpec, WorldSnapshot } from '../../engine';

export interface LessonView {
  /** Simulated milliseconds. */
  readonly now: number;
  readonly snapshot: WorldSnapshot;
  readonly world: ScenarioSpec;
}
