/**
 * What an embed is asked for: the iframe's URL parameters (`?embed=1&scenario=...`) and the custom element's
 * attributes use the same names and the same reading, so a snippet can move from one form to the other unchanged.
 * Bad values are ignored (never a crash) and said in `notices`, so a wrong snippet does not go unnoticed.
 */
import { LIMITS } from '../../engine';
import type { Lens } from '../../lens/vocabulary';
import { clampSpeed, type ThemeChoice } from '../../store';

export type EmbedControls = 'full' | 'minimal' | 'none';

/** Every name an embed reads, in the order the guide lists them. */
export const EMBED_PARAMS = ['scenario', 'lesson', 'step', 'lens', 'controls', 'autoplay', 'speed', 't', 'theme', 'readonly', 'origins'] as const;
export type EmbedParam = (typeof EMBED_PARAMS)[number];

export interface EmbedOptions {
  /** A bundled scenario's file name ("default.json"); null for the default or an inline world. */
  readonly scenario: string | null;
  /** An inline world, encoded as a share link carries it (`#s=` or `scenario=` with the encoded text). */
  readonly inline: string | null;
  readonly lesson: string | null;
  /** 1-based, as the lesson tab numbers steps. */
  readonly step: number | null;
  readonly lens: Lens | null;
  readonly controls: EmbedControls;
  /** Off unless asked for (`autoplay=1`): a docs page does not start moving on its own. */
  readonly autoplay: boolean;
  readonly speed: number | null;
  /** Start at this many simulated seconds, reached by running there. */
  readonly t: number | null;
  readonly theme: ThemeChoice | null;
  /** No faults and no edits: the reader watches, and `command` messages are refused. */
  readonly readonly: boolean;
  /** Origins whose messages it obeys; empty means only the parent page's own. */
  readonly origins: readonly string[];
  readonly notices: readonly string[];
}

const BUNDLED_NAME = /^[\w-]+(\.json|\.ya?ml)?$/;
/** A share link's encoded world (base64url): far longer than any file name, which is how the two are told apart. */
const ENCODED = /^[A-Za-z0-9_-]{100,}$/;

function flag(value: string | null): boolean | null {
  if (value === null) return null;
  if (['1', 'true', ''].includes(value)) return true;
  if (['0', 'false'].includes(value)) return false;
  return null;
}

/** An origin as `postMessage` reports it (scheme, host and port; no path), or null. */
export function normalOrigin(text: string): string | null {
  try {
    const url = new URL(text.trim());
    return url.origin !== 'null' && (url.protocol === 'http:' || url.protocol === 'https:') ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * Reads the options from a lookup by name (URLSearchParams.get or Element.getAttribute). `hash` is the page's
 * fragment, where a share link's world may sit (`#s=...`).
 */
export function parseEmbedOptions(read: (name: EmbedParam) => string | null, hash = ''): EmbedOptions {
  const notices: string[] = [];
  const ignored = (name: string, value: string, expected: string) => notices.push(`${name}="${value}" is not ${expected}, so it is ignored.`);
  const oneOf = <T extends string>(name: EmbedParam, allowed: readonly T[]): T | null => {
    const value = read(name);
    if (value === null) return null;
    const found = allowed.find((a) => a === value);
    if (found === undefined) ignored(name, value, `one of ${allowed.join(', ')}`);
    return found ?? null;
  };
  const number = (name: EmbedParam, max: number, what: string): number | null => {
    const value = read(name);
    if (value === null || value.trim() === '') return null;
    const n = Number(value);
    if (!Number.isFinite(n) || n < 0 || n > max) {
      ignored(name, value, what);
      return null;
    }
    return n;
  };
  const boolean = (name: EmbedParam): boolean | null => {
    const value = read(name);
    const on = flag(value);
    if (value !== null && on === null) ignored(name, value, '1 or 0');
    return on;
  };

  const asked = read('scenario');
  let scenario: string | null = null;
  let inline = new URLSearchParams(hash.replace(/^#/, '')).get('s');
  if (asked !== null && ENCODED.test(asked)) inline = asked;
  else if (asked !== null && BUNDLED_NAME.test(asked)) scenario = /\.(json|ya?ml)$/.test(asked) ? asked : `${asked}.json`;
  else if (asked !== null) ignored('scenario', asked.length > 40 ? `${asked.slice(0, 40)}…` : asked, 'a bundled scenario (such as default) or an inline world as a share link carries it');

  const lessonName = read('lesson');
  const lesson = lessonName !== null && BUNDLED_NAME.test(lessonName) ? lessonName : null;
  if (lessonName !== null && lesson === null) ignored('lesson', lessonName, 'the name of a bundled lesson');
  const stepNumber = number('step', 1000, 'a step number');
  const speed = number('speed', Number.MAX_SAFE_INTEGER, 'a speed such as 1, 10 or 60');
  const themeAsked = oneOf('theme', ['light', 'dark', 'auto', 'system'] as const);
  const origins: string[] = [];
  for (const text of (read('origins') ?? '').split(/[\s,]+/).filter((o) => o !== '')) {
    const origin = normalOrigin(text);
    if (origin === null) ignored('origins', text, 'an origin such as https://docs.example.com');
    else if (!origins.includes(origin)) origins.push(origin);
  }
  return {
    scenario,
    inline,
    lesson,
    step: stepNumber === null || stepNumber < 1 ? null : Math.floor(stepNumber),
    lens: oneOf('lens', ['aws', 'orchestra'] as const),
    controls: oneOf('controls', ['full', 'minimal', 'none'] as const) ?? 'full',
    autoplay: boolean('autoplay') ?? false,
    speed: speed === null || speed === 0 ? null : clampSpeed(speed),
    t: number('t', LIMITS.simulatedSeconds.value, `a number of seconds from 0 to ${LIMITS.simulatedSeconds.value}`),
    theme: themeAsked === 'auto' ? 'system' : themeAsked,
    readonly: boolean('readonly') ?? false,
    origins,
    notices,
  };
}
