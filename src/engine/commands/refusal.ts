/**
 * What the engine answers when asked whether a command may run now: allowed, or refused with the reason (in AWS's
 * words, with its error code where AWS has one). The same answer dispatch acts on: a refused command is logged as
 * `command.rejected` with exactly this `reason`.
 */

export interface Refusal {
  readonly allowed: false;
  /** As logged: "ServiceNotFoundException: Service not found.", or the engine's own words where AWS has none. */
  readonly reason: string;
  /** AWS's error code ("PriorityInUse", "ClusterNotFoundException"), or null where AWS has no such call. */
  readonly code: string | null;
}

export type CommandCheck = { readonly allowed: true } | Refusal;

export const ALLOWED: CommandCheck = { allowed: true };

export function refusal(code: string | null, message: string): Refusal {
  return { allowed: false, reason: code === null ? message : `${code}: ${message}`, code };
}
