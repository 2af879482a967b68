/** Playback speeds the UI offers; sim time runs `speed` times faster than wall time. */
export const SPEEDS: readonly number[] = [0.25, 0.5, 1, 2, 5, 10, 30, 60];
export const MIN_SPEED = 0.25;
export const MAX_SPEED = 60;
export const DEFAULT_SPEED = 1;

export function clampSpeed(speed: number): number {
  if (!Number.isFinite(speed)) return DEFAULT_SPEED;
  return Math.min(MAX_SPEED, Math.max(MIN_SPEED, speed));
}

export function formatSpeed(speed: number): string {
  return `${speed}x`;
}
