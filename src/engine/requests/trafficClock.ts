/**
 * Follows a traffic timeline (MC42): sets the generator's rate to what the timeline asks for now and schedules the
 * next moment it may change. Traffic without a timeline schedules nothing, so its runs are as they always were.
 */
import { Kind, type EngineState } from '../core/engineState';
import type { TrafficGenerator } from './traffic';
import { nextRateChange, rateAt } from './trafficTimeline';

/** Call after anything that may change the rate the timeline gives now: the start, a rate change, setTraffic. */
export function followTimeline(engine: EngineState, traffic: TrafficGenerator): void {
  const spec = engine.world.traffic;
  const hasTimeline = spec !== null && (spec.timeline?.length ?? 0) > 0;
  // Any change already scheduled is stale now (its token no longer matches).
  if (engine.trafficToken !== 0 || hasTimeline) engine.trafficToken = engine.nextToken();
  if (!hasTimeline) return;
  const t = engine.now / 1000;
  const rate = rateAt(spec, t);
  // Only a real change redraws the next arrival, so a step that changes nothing leaves the Poisson process alone.
  if (rate !== traffic.rate) traffic.set({ rate });
  const next = nextRateChange(spec, t);
  if (next !== null) engine.at(Math.ceil(next * 1000), Kind.TrafficRate, 0, engine.trafficToken);
}

/** A scheduled change came due: follow the timeline if nothing has replaced it since. */
export function onTrafficRate(engine: EngineState, traffic: TrafficGenerator, token: number): void {
  if (token === engine.trafficToken) followTimeline(engine, traffic);
}
