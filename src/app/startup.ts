/**
 * What the page's address can ask for at startup, so a lesson, a slide or a docs page can link to the exact view:
 * ?scenario=<bundled file>&speed=10&lens=orchestra&theme=dark&motion=reduced&rate=20&autoplay=0
 * Bad values are ignored (never a crash): the app starts as if they were absent.
 */
import type { Lens } from '../lens/vocabulary';
import type { MotionChoice, ThemeChoice } from '../store';
import { clampSpeed } from '../store';

export interface Startup {
  readonly autoplay: boolean;
  readonly scenario: string | null;
  readonly speed: number | null;
  readonly lens: Lens | null;
  readonly theme: ThemeChoice | null;
  readonly motion: MotionChoice | null;
  /** Overrides the scenario's traffic rate (requests per second). */
  readonly rate: number | null;
}

const oneOf = <T extends string>(value: string | null, allowed: readonly T[]): T | null =>
  allowed.find((a) => a === value) ?? null;

function positiveNumber(value: string | null): number | null {
  if (value === null || value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 ? n : null;
}

export function parseStartup(search: string): Startup {
  const params = new URLSearchParams(search);
  const scenario = params.get('scenario');
  const speed = positiveNumber(params.get('speed'));
  return {
    autoplay: params.get('autoplay') !== '0',
    // Only a plain file name of the bundled folder: nothing that could point elsewhere.
    scenario: scenario !== null && /^[\w.-]+\.json$/.test(scenario) ? scenario : null,
    speed: speed === null || speed === 0 ? null : clampSpeed(speed),
    lens: oneOf(params.get('lens'), ['aws', 'orchestra'] as const),
    theme: oneOf(params.get('theme'), ['system', 'light', 'dark'] as const),
    motion: oneOf(params.get('motion'), ['system', 'reduced'] as const),
    rate: positiveNumber(params.get('rate')),
  };
}
