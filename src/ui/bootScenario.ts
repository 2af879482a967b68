/**
 * Opening the first world: a bundled scenario read and loaded, or the default one (saying why) when the one asked
 * for cannot be opened. The full app and the embed both start here.
 */
import type { ScenarioSpec } from '../engine';
import { loadScenarioLoader, loadTemplateToWorld, type LoadError, type ScenarioMeta, type TemplateResult } from '../store';
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

/** What the build wrote for a bundled scenario (vite.config.ts): the loader's answer, checked when it was built. */
function isBuiltWorld(value: unknown): value is { spec: ScenarioSpec; meta: Partial<ScenarioMeta> } {
  if (typeof value !== 'object' || value === null) return false;
  const { spec, meta } = value as { spec?: unknown; meta?: unknown };
  return typeof spec === 'object' && spec !== null && Array.isArray((spec as { services?: unknown }).services) && typeof meta === 'object' && meta !== null;
}

/**
 * The world of a bundled file: the build's `.world.json` when there is one (no loader on the first frame), else the
 * template read and loaded (the dev server, a file the build did not know). Rejects when the file cannot be read.
 */
async function openFile(source: ScenarioSource, file: string): Promise<TemplateResult> {
  const built = source.readWorld ? await source.readWorld(file).catch(() => null) : null;
  if (isBuiltWorld(built)) return { ok: true, spec: built.spec, meta: { ...built.meta, source: file } };
  const text = await source.read(file);
  const { isYamlText, loadYamlSupport } = await loadScenarioLoader();
  if (isYamlText(text)) await loadYamlSupport();
  return loadTemplateToWorld(text, file);
}

export async function boot(source: ScenarioSource, file: string, rate: number | null): Promise<Boot> {
  const [list, opened] = await Promise.allSettled([source.list(), openFile(source, file)]);
  if (opened.status === 'rejected') {
    if (file !== DEFAULT_SCENARIO_FILE) return fallBack(source, file, rate, message(opened.reason));
    return { kind: 'failed', error: { source: file, messages: [message(opened.reason)] } };
  }
  const world = opened.value;
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

