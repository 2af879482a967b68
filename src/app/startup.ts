/**
 * What the page's address can ask for at startup, so a lesson, a slide or a docs page can link to the exact view:
 * ?scenario=<bundled file>&speed=10&lens=orchestra&theme=dark&motion=reduced&rate=20&autoplay=0
 * Bad values are ignored (never a crash): the app starts as if they were absent.
 */
import { clampSpeed } from '../store';
import type { Startup } from '../ui/App';

export type { Startup };

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
