/**
 * `setTraffic` (MC17, MC20): changes only the keys given. The traffic is part of the world spec, so the spec
 * changes first and the generator follows it.
 */
import { z } from 'zod';
import { trafficMixEntrySchema } from '../schema/traffic';
import type { ScenarioSpec, TrafficMixEntry, TrafficSpec } from '../spec';
import { commandSchema } from './args';
import type { OperationDefinition } from './definition';
import { refusal } from './refusal';

export interface SetTrafficCommand {
  readonly do: 'setTraffic';
  readonly rate?: number;
  readonly mix?: readonly TrafficMixEntry[];
}

/** No traffic at all is `null` in the spec (MC20). */
function trafficAfter(current: TrafficSpec | null, command: SetTrafficCommand): TrafficSpec | null {
  const rate = command.rate ?? current?.rate ?? 0;
  const mix = command.mix ?? current?.mix ?? [];
  return rate > 0 || mix.length > 0 ? { rate, mix } : null;
}

export const setTraffic: OperationDefinition<SetTrafficCommand> = {
  kind: 'operation',
  schema: commandSchema('setTraffic', { rate: z.number().min(0).optional(), mix: z.array(trafficMixEntrySchema).min(1).optional() }),
  references: (command) =>
    (command.mix ?? []).flatMap((entry, i) =>
      entry.listenerPort === undefined ? [] : [{ kind: 'listenerPort' as const, path: `mix[${i}].listenerPort`, port: entry.listenerPort }],
    ),
  inverse: (world: ScenarioSpec, command) => [
    { do: 'setTraffic', rate: world.traffic?.rate ?? 0, ...(command.mix !== undefined && world.traffic ? { mix: world.traffic.mix } : {}) },
  ],
  prepare({ engine, traffic }, command) {
    if (command.rate !== undefined && !(command.rate >= 0)) return refusal(null, 'the traffic rate must be a number of requests per second, 0 or more');
    return () => {
      const next = trafficAfter(engine.world.traffic, command);
      engine.world = { ...engine.world, traffic: next };
      // Only what changed is handed over, so the arrival already lined up keeps its place (MC17).
      traffic.set({ rate: next?.rate ?? 0, ...(command.mix !== undefined ? { mix: next?.mix ?? [] } : {}) });
      engine.version++;
    };
  },
};
