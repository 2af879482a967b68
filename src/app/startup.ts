/**
 * What the page's address can ask for at startup, so a lesson, a slide or a docs page can link to the exact view:
 * ?scenario=<bundled file>&speed=10&lens=orchestra&theme=dark&motion=reduced&rate=20&autoplay=0
 * Bad values are ignored (never a crash): the app starts as if they were absent. A scenario name it cannot use and
 * a rate over the limit (which is capped) are said on screen (`notices`), so a wrong link does not go unnoticed.
 */
import { LIMITS, limitText } from '../engine';
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
  const notices: string[] = [];
  // Only a plain file name of the bundled folder: nothing that could point elsewhere.
  const named = scenario !== null && /^[\w.-]+\.json$/.test(scenario) ? scenario : null;
  if (scenario !== null && named === null) {
    notices.push(`"${scenario}" is not the name of a bundled scenario (a file name such as default.json), so the default scenario is open instead.`);
  }
  const asked = positiveNumber(params.get('rate'));
  const limit = LIMITS.trafficRate.value;
  if (asked !== null && asked > limit) notices.push(`rate=${params.get('rate') ?? ''} is more than the simulator runs: ${limitText(LIMITS.trafficRate)}, so the rate is ${limit}.`);
  return {
    autoplay: params.get('autoplay') !== '0',
    scenario: named,
    speed: speed === null || speed === 0 ? null : clampSpeed(speed),
    lens: oneOf(params.get('lens'), ['aws', 'orchestra'] as const),
    theme: oneOf(params.get('theme'), ['system', 'light', 'dark'] as const),
    motion: oneOf(params.get('motion'), ['system', 'reduced'] as const),
    rate: asked === null ? null : Math.min(asked, limit),
    notices,
  };
}
