/**
 * Opening the first world: a bundled scenario read and loaded, or the default one (saying why) when the one asked
 * for cannot be opened. The full app and the embed both start here.
 */
import type { ScenarioSpec } from '../engine';
import { isYamlText, loadYamlSupport } from '../scenario';
import { templateToWorld, type LoadError, type ScenarioMeta } from '../store';
import type { SessionStart } from '../session/startSession';
import { DEFAULT_SCENARIO_FILE, type ScenarioEntry, type ScenarioSource } from './scenarioSource';

export const NO_SESSION: SessionStart = { session: null, notice: null, autosaveOff: null };

export type Boot =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly error: LoadError }
  | {
      readonly kind: 'ready';
      readonly spec: ScenarioSpec;
      readonly meta: Partial<ScenarioMeta>;
      readonly entries: readonly ScenarioEntry[];
      readonly listError: string | null;
      readonly start: SessionStart;
      /** Said on screen: the scenario asked for could not be opened, so the default is. */
      readonly notices: readonly string[];
    };

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The default scenario instead of the one asked for, saying why. */
async function fallBack(source: ScenarioSource, file: string, rate: number | null, why: string): Promise<Boot> {
  const booted = await boot(source, DEFAULT_SCENARIO_FILE, rate);
  return booted.kind === 'ready' ? { ...booted, notices: [`Could not open the scenario "${file}" (${why}), so the default scenario is open instead.`] } : booted;
}

export async function boot(source: ScenarioSource, file: string, rate: number | null): Promise<Boot> {
  const [list, text] = await Promise.allSettled([source.list(), source.read(file)]);
  if (text.status === 'rejected') {
    if (file !== DEFAULT_SCENARIO_FILE) return fallBack(source, file, rate, message(text.reason));
    return { kind: 'failed', error: { source: file, messages: [message(text.reason)] } };
  }
  if (isYamlText(text.value)) await loadYamlSupport();
  const world = templateToWorld(text.value, file);
  if (!world.ok) {
    if (file !== DEFAULT_SCENARIO_FILE) return fallBack(source, file, rate, world.error.messages.slice(0, 3).join(' '));
    return { kind: 'failed', error: world.error };
  }
  const spec = rate !== null && world.spec.traffic ? { ...world.spec, traffic: { ...world.spec.traffic, rate } } : world.spec;
  return {
    kind: 'ready',
    spec,
    meta: world.meta,
    entries: list.status === 'fulfilled' ? list.value : [],
    listError: list.status === 'rejected' ? message(list.reason) : null,
    start: NO_SESSION,
    notices: [],
  };
}

