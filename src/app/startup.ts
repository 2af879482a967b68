/**
 * What the page's address can ask for at startup, so a lesson, a slide or a docs page can link to the exact view:
 * ?scenario=<bundled file>&speed=10&lens=orchestra&theme=dark&motion=reduced&rate=20&autoplay=0, or a lesson of the
 * library at a step, ?lesson=<id>&step=<n> (from 1; which then names the scenario itself)
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

/** A lesson of the library and its step, from 1, as an address names them. */
export interface LessonLink {
  readonly id: string;
  readonly step: number;
}

/**
 * The lesson an address names (`?lesson=<id>&step=<n>`), and what it could not use, in sentences for the page: an ID
 * that cannot be a lesson's opens none; a step that is not a number from 1 opens step 1. The one reader of these two
 * parameters, for the full page and for embeds alike. Whether the lesson exists, and has that step, is for whoever
 * fetches the library to say.
 */
export function parseLessonLink(search: string | URLSearchParams): { readonly lesson: LessonLink | null; readonly notices: readonly string[] } {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const id = params.get('lesson');
  if (id === null) return { lesson: null, notices: [] };
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
    return { lesson: null, notices: [`"${id}" is not the ID of a lesson (lowercase words and hyphens, such as a-musician-falls-ill), so no lesson is open.`] };
  }
  const stepText = params.get('step');
  const step = stepText === null ? 1 : Number(stepText);
  if (!Number.isInteger(step) || step < 1) {
    return { lesson: { id, step: 1 }, notices: [`step=${stepText ?? ''} is not a step number (1 is the first), so the lesson opens at step 1.`] };
  }
  return { lesson: { id, step }, notices: [] };
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
  const { lesson, notices: lessonNotices } = parseLessonLink(params);
  notices.push(...lessonNotices);
  const asked = positiveNumber(params.get('rate'));
  const limit = LIMITS.trafficRate.value;
  if (asked !== null && asked > limit) notices.push(`rate=${params.get('rate') ?? ''} is more than the simulator runs: ${limitText(LIMITS.trafficRate)}, so the rate is ${limit}.`);
  return {
    autoplay: params.get('autoplay') !== '0',
    scenario: lesson === null ? named : null,
    lesson,
    speed: speed === null || speed === 0 ? null : clampSpeed(speed),
    lens: oneOf(params.get('lens'), ['aws', 'orchestra'] as const),
    theme: oneOf(params.get('theme'), ['system', 'light', 'dark'] as const),
    motion: oneOf(params.get('motion'), ['system', 'reduced'] as const),
    rate: asked === null ? null : Math.min(asked, limit),
    notices,
  };
}
