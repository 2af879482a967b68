/**
 * `spikeTraffic`: the audience surges now: the traffic runs at `rate` for `seconds` (default 300), then the rest of
 * its timeline resumes. It is a `spike` phase added to the world's traffic timeline at the current moment (MC42), so
 * an export keeps it and a replay repeats it.
 */
import { LIMITS, limitText, trafficRateMessage } from '../limits';
import { followTimeline } from '../requests/trafficClock';
import type { TrafficPhase } from '../spec';
import type { OperationDefinition } from './definition';
import { refusal } from './refusal';

export const DEFAULT_SPIKE_SECONDS = 300;

export interface SpikeTrafficCommand {
  readonly do: 'spikeTraffic';
  readonly rate: number;
  readonly seconds?: number;
}

export const spikeTraffic: OperationDefinition<SpikeTrafficCommand> = {
  kind: 'operation',
  references: () => [],
  inverse: { none: 'A spike already under way cannot be called back; setTraffic sets the rate from now on.' },
  prepare(ctx, command) {
    const { engine } = ctx;
    if (!(command.rate >= 0 && command.rate <= LIMITS.trafficRate.value)) return refusal(null, trafficRateMessage(command.rate));
    const traffic = engine.world.traffic;
    if (traffic === null || traffic.mix.length === 0) return refusal(null, 'there is no traffic to spike: set a traffic mix first (setTraffic)');
    const timeline = traffic.timeline ?? [];
    if (timeline.length >= LIMITS.trafficPhases.value) return refusal(null, `the traffic timeline is full: ${limitText(LIMITS.trafficPhases)}`);
    return () => {
      const spike: TrafficPhase = { kind: 'spike', at: engine.now / 1000, rate: command.rate, seconds: command.seconds ?? DEFAULT_SPIKE_SECONDS };
      engine.world = { ...engine.world, traffic: { ...traffic, timeline: [...timeline, spike] } };
      followTimeline(engine, ctx.traffic);
      engine.version++;
    };
  },
};
