/**
 * Traffic that changes over time (MC42): the rate a timeline asks for at a moment, and when it may next change.
 * A steady phase or a spike changes the rate at its edges; a ramp or a wave changes it continuously, which the
 * generator follows in whole-second steps (the rate at each step's start), so an hour's ramp costs 3,600 changes.
 */
import type { TrafficPhase, TrafficSpec } from '../spec';

const DAY_SECONDS = 86_400;
/** A ramp or a wave is followed in steps of this many seconds. */
export const RATE_STEP_SECONDS = 1;

function spikeEnd(phase: Extract<TrafficPhase, { kind: 'spike' }>): number {
  return phase.at + phase.seconds;
}

/** The rate the base phases (everything but spikes) give at `t` seconds; `before` is the rate before the first. */
function baseRate(phases: readonly TrafficPhase[], before: number, t: number): number {
  let rate = before;
  for (const phase of phases) {
    if (phase.kind === 'spike' || phase.at > t) continue;
    switch (phase.kind) {
      case 'steady':
        rate = phase.rate;
        break;
      case 'ramp': {
        const done = Math.min(1, (t - phase.at) / phase.seconds);
        rate = rate + (phase.to - rate) * done;
        break;
      }
      case 'wave': {
        const period = phase.periodSeconds ?? DAY_SECONDS;
        rate = phase.low + ((phase.high - phase.low) * (1 - Math.cos((2 * Math.PI * (t - phase.at)) / period))) / 2;
        break;
      }
    }
  }
  return rate;
}

/** In the order they start (a stable sort: phases written for the same moment keep their order). */
export function orderedPhases(timeline: readonly TrafficPhase[]): TrafficPhase[] {
  return [...timeline].sort((a, b) => a.at - b.at);
}

/**
 * Requests per second the traffic asks for at `t` seconds: the latest spike running then, else the base phases,
 * else the traffic's own rate. Rounded to a thousandth, so the same timeline gives the same rate on every platform.
 */
export function rateAt(traffic: TrafficSpec, t: number): number {
  const phases = orderedPhases(traffic.timeline ?? []);
  let spike: number | null = null;
  for (const phase of phases) if (phase.kind === 'spike' && phase.at <= t && t < spikeEnd(phase)) spike = phase.rate;
  const rate = spike ?? baseRate(phases, traffic.rate, t);
  return Math.round(rate * 1000) / 1000;
}

/** The next moment after `t` (seconds) at which the rate may change, or null when it holds from then on. */
export function nextRateChange(traffic: TrafficSpec, t: number): number | null {
  let next = Infinity;
  let current: TrafficPhase | null = null;
  for (const phase of orderedPhases(traffic.timeline ?? [])) {
    if (phase.at > t) next = Math.min(next, phase.at);
    if (phase.kind === 'spike' && spikeEnd(phase) > t) next = Math.min(next, spikeEnd(phase));
    if (phase.kind !== 'spike' && phase.at <= t) current = phase;
  }
  // The base phase in force moves while it is a wave or an unfinished ramp, followed in whole steps.
  const moving = current !== null && (current.kind === 'wave' || (current.kind === 'ramp' && t < current.at + current.seconds));
  if (moving) next = Math.min(next, (Math.floor(t / RATE_STEP_SECONDS) + 1) * RATE_STEP_SECONDS);
  return Number.isFinite(next) ? next : null;
}
