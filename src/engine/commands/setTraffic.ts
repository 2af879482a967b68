/**
 * `setTraffic` (MC17, MC20): changes only the keys given. The traffic is part of the world spec, so the spec
 * changes first and the generator follows it.
 */
import { followTimeline } from '../requests/trafficClock';
import type { ScenarioSpec, TrafficMixEntry, TrafficPhase, TrafficSpec } from '../spec';
import type { OperationDefinition } from './definition';
import { refusal } from './refusal';
import { LIMITS, trafficRateMessage } from '../limits';

/** What in a traffic setting passes a limit, with its path inside the setting: the template's `traffic` or a setTraffic. */
export interface TrafficProblem {
  readonly path: 'rate' | 'mix';
  readonly message: string;
}

/** A mix that can never draw a request: the check here and the schema (setTraffic.schema.ts) say it in these words. */
export const NEVER_DRAWS = 'every mix entry has weight 0, so no request would ever be drawn: give at least one entry a weight above 0 (or set the rate to 0 for no traffic).';
export const neverDraws = (mix: readonly TrafficMixEntry[]): boolean => mix.length > 0 && mix.every((entry) => (entry.weight ?? 1) <= 0);

/** A rate within the simulator's limit, and a mix that can draw: every request would otherwise stall the run or vanish. */
export function trafficProblems(traffic: { readonly rate?: number; readonly mix?: readonly TrafficMixEntry[] }): TrafficProblem[] {
  const problems: TrafficProblem[] = [];
  if (traffic.rate !== undefined && traffic.rate > LIMITS.trafficRate.value) problems.push({ path: 'rate', message: trafficRateMessage(traffic.rate) });
  if (traffic.mix !== undefined && neverDraws(traffic.mix)) problems.push({ path: 'mix', message: NEVER_DRAWS });
  return problems;
}

export interface SetTrafficCommand {
  readonly do: 'setTraffic';
  readonly rate?: number;
  readonly mix?: readonly TrafficMixEntry[];
  /** Replaces the timeline; a `rate` given without one ends the timeline, so the rate holds from now (MC42). */
  readonly timeline?: readonly TrafficPhase[];
}

/** No traffic at all is `null` in the spec (MC20). */
function trafficAfter(current: TrafficSpec | null, command: SetTrafficCommand): TrafficSpec | null {
  const rate = command.rate ?? current?.rate ?? 0;
  const mix = command.mix ?? current?.mix ?? [];
  const timeline = command.timeline ?? (command.rate !== undefined ? undefined : current?.timeline);
  if (!(rate > 0 || mix.length > 0 || (timeline?.length ?? 0) > 0)) return null;
  return timeline !== undefined && timeline.length > 0 ? { rate, mix, timeline } : { rate, mix };
}

export const setTraffic: OperationDefinition<SetTrafficCommand> = {
  kind: 'operation',
  references: (command) =>
    (command.mix ?? []).flatMap((entry, i) =>
      entry.listenerPort === undefined ? [] : [{ kind: 'listenerPort' as const, path: `mix[${i}].listenerPort`, port: entry.listenerPort }],
    ),
  inverse: (world: ScenarioSpec, command) => [
    {
      do: 'setTraffic',
      rate: world.traffic?.rate ?? 0,
      ...(command.mix !== undefined && world.traffic ? { mix: world.traffic.mix } : {}),
      ...(world.traffic?.timeline !== undefined ? { timeline: world.traffic.timeline } : {}),
    },
  ],
  prepare({ engine, traffic }, command) {
    if (command.rate !== undefined && !(command.rate >= 0)) return refusal(null, 'the traffic rate must be a number of requests per second, 0 or more');
    const [problem] = trafficProblems(command);
    if (problem !== undefined) return refusal(null, problem.message);
    return () => {
      const next = trafficAfter(engine.world.traffic, command);
      engine.world = { ...engine.world, traffic: next };
      // Only what changed is handed over, so the arrival already lined up keeps its place (MC17).
      traffic.set({ rate: next?.rate ?? 0, ...(command.mix !== undefined ? { mix: next?.mix ?? [] } : {}) });
      followTimeline(engine, traffic);
      engine.version++;
    };
  },
};
