/**
 * The limits a script or a session as a whole must keep (src/engine/limits.ts): how late, how many entries. Each
 * command's own limits (a rate of 1e9, 100,000 tasks) are its schema's and its check's, in the command registry.
 */
import { LIMITS, limitText } from '../../engine';

/** The template's `traffic` keeps the same limits a setTraffic does (the command's own check). */
export { trafficProblems } from '../../engine';

/** A script entry's or a session command's time, in milliseconds: within the simulated-time limit. */
export function timeProblem(atMs: number): string | null {
  const limit = LIMITS.simulatedSeconds;
  return atMs > limit.value * 1000 ? `${atMs / 1000} seconds is too late: ${limitText(limit)}.` : null;
}

/** A script or a session's command list: at most so many entries (each is replayed on opening). */
export function scriptLengthProblem(length: number): string | null {
  const limit = LIMITS.scriptEntries;
  return length > limit.value ? `${length} entries is too many: ${limitText(limit)}.` : null;
}
