/**
 * `Metadata.EcsOrchestra` of several root templates as one: each setting from the first file that gives it (a later
 * different value is a warning), except the script, whose commands are merged by time (same `at`: file order). The
 * settings are merged before the world is built, the scripts after it (their issues follow the resources').
 */
import type { ScriptEntry } from '../../engine';
import type { IssueSink } from '../issueSink';
import type { ScenarioSettings } from '../metadata';
import { parseScript } from '../script';
import { renameScript } from './rename';

export interface RootSettings {
  readonly file: string;
  readonly sink: IssueSink;
  readonly settings: ScenarioSettings;
  readonly renames: ReadonlyMap<string, string>;
}

/** Read per template, never merged: each root keeps its own. */
const PER_TEMPLATE = new Set(['script', 'parameters', 'stackName', 'sources']);

export interface MergedSettings {
  readonly settings: ScenarioSettings;
  /** File each merged setting came from (for issues about it). */
  readonly from: ReadonlyMap<string, string>;
}

export interface MergedScript {
  readonly script: ScriptEntry[];
  /** Per merged script entry: its file and its place in that file's script. */
  readonly scriptOrigin: { readonly file: string; readonly index: number }[];
}

export function mergeSettings(roots: readonly RootSettings[]): MergedSettings {
  // Keys and values come from parsed settings, so the merge is settings too.
  const merged: Record<string, unknown> & ScenarioSettings = {};
  const from = new Map<string, string>();
  for (const root of roots) {
    for (const [key, value] of Object.entries(root.settings)) {
      if (PER_TEMPLATE.has(key) || value === undefined) continue;
      const first = from.get(key);
      if (first === undefined) {
        merged[key] = value;
        from.set(key, root.file);
      } else if (JSON.stringify(merged[key]) !== JSON.stringify(value)) {
        root.sink.warn('Metadata.EcsOrchestra', key, `${key} differs from the one in ${first}; the first file's value is used.`);
      }
    }
  }
  return { settings: merged, from };
}

export function mergeScripts(roots: readonly RootSettings[]): MergedScript {
  const entries: { entry: ScriptEntry; file: string; index: number; order: number }[] = [];
  for (const root of roots) {
    const parsed = parseScript(renameScript(root.settings.script ?? [], root.renames), root.sink);
    parsed.entries.forEach((entry, i) => entries.push({ entry, file: root.file, index: parsed.writtenIndex[i] ?? i, order: entries.length }));
  }
  entries.sort((a, b) => a.entry.at - b.entry.at || a.order - b.order);
  return {
    script: entries.map((e) => e.entry),
    scriptOrigin: entries.map((e) => ({ file: e.file, index: e.index })),
  };
}
