/** The particle colors, read from the CSS custom properties of stage.css so both schemes (and themes) apply. */
import { PALETTE_SIZE } from '../stageNodes';

export interface Palette {
  readonly groups: readonly string[];
  /** Answers from the load balancer with no target group (redirects, fixed responses). */
  readonly neutral: string;
  /** The edge of error particles. */
  readonly error: string;
  /** The outline that keeps particles visible over boxes of any color. */
  readonly halo: string;
  /** Text and the spotlit request's ring. */
  readonly ink?: string;
}

export function readPalette(element: Element): Palette {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const groups: string[] = [];
  for (let i = 0; i < PALETTE_SIZE; i++) groups.push(read(`--tg-${i}`, '#3b6fb6'));
  return {
    groups,
    neutral: read('--muted', '#666666'),
    error: read('--state-unhealthy', '#c0352b'),
    halo: read('--surface', '#ffffff'),
    ink: read('--ink', '#1b2333'),
  };
}
