/**
 * The scenario script: `Metadata.EcsOrchestra.script`, a list of `{ "at": seconds, "do": command, ...arguments }`
 * whose commands are exactly the engine's Command union. Each entry is checked on its own, so one bad entry does not
 * hide the others, and a missing argument reads `"crashTask" needs "task"`.
 */
import { COMMAND_NAMES, commandSchemas, definitionOf, isCommandName, type Command, type CommandName, type ScriptEntry } from '../engine';
import { z } from '../zod';
import type { IssueSink } from './issueSink';
import { isRecord, joinPath } from './values';
import { reportZodError, strict } from './zodIssues';

const at = z.number().min(0).meta({ description: 'Seconds from the start.' });

/** Each command's own schema (src/engine/commands/<command>.schema.ts) with `at` first: `{ "at", "do", ...arguments }`. */
function entrySchema<Name extends CommandName>(name: Name) {
  return strict({ at, ...commandSchemas[name].shape }, `"${name}"`);
}

type EntrySchemas = { readonly [Name in CommandName]: ReturnType<typeof entrySchema<Name>> };

export const scriptEntrySchemas = Object.fromEntries(COMMAND_NAMES.map((name) => [name, entrySchema(name)])) as EntrySchemas;

/** The union, for the JSON Schema only; parsing goes entry by entry. */
export const scriptEntrySchema = z.discriminatedUnion('do', Object.values(scriptEntrySchemas) as [
  (typeof scriptEntrySchemas)[CommandName],
  ...(typeof scriptEntrySchemas)[CommandName][],
]);

/**
 * zod returns objects with keys in schema order; a command keeps the order it was written in, so a session
 * exported as a script logs `command.applied` with the same bytes as the live commands it came from.
 */
function inWrittenOrder(parsed: unknown, written: unknown): unknown {
  if (Array.isArray(parsed)) return parsed.map((item, i) => inWrittenOrder(item, Array.isArray(written) ? written[i] : undefined));
  if (!isRecord(parsed) || !isRecord(written)) return parsed;
  const keys = [...Object.keys(written).filter((k) => k in parsed), ...Object.keys(parsed).filter((k) => !(k in written))];
  return Object.fromEntries(keys.map((k) => [k, inWrittenOrder(parsed[k], written[k])]));
}

/** The command an entry stands for (a command whose written form differs reads it back). */
export function commandOfEntry(entry: Record<string, unknown>): Command {
  const { at: _at, ...written } = entry;
  void _at;
  const command = written as unknown as Command;
  const reader = definitionOf(command).written;
  return reader ? reader.read(written) : command;
}

const RESOURCE = 'Metadata.EcsOrchestra';

export interface ParsedScript {
  /** In time order (stable: entries at the same second keep their written order, MC14). */
  readonly entries: ScriptEntry[];
  /** Where each entry was written in the list, for issue paths. */
  readonly writtenIndex: number[];
}

/** Where a list of timed commands sits in its file: the template's script, or a lesson step's commands. */
export interface ScriptPlace {
  readonly resource: string;
  /** The list's own path, e.g. "script" or "commands". */
  readonly path: string;
}

const TEMPLATE_SCRIPT: ScriptPlace = { resource: RESOURCE, path: 'script' };

export function parseScript(raw: readonly unknown[] | undefined, sink: IssueSink, place: ScriptPlace = TEMPLATE_SCRIPT): ParsedScript {
  const parsed: { entry: ScriptEntry; index: number }[] = [];
  const resource = place.resource;
  (raw ?? []).forEach((item, index) => {
    const path = joinPath(place.path, index);
    if (!isRecord(item)) {
      sink.error(resource, path, 'expected an object like {"at": 90, "do": "crashTask", "task": "WebService-1"}');
      return;
    }
    if (!('do' in item)) {
      sink.error(resource, path, `needs "do" (one of ${COMMAND_NAMES.join(', ')})`);
      return;
    }
    if (!isCommandName(item.do)) {
      sink.error(resource, joinPath(path, 'do'), `${JSON.stringify(item.do)} is not a command; use one of ${COMMAND_NAMES.join(', ')}`);
      return;
    }
    const result = scriptEntrySchemas[item.do].safeParse(item);
    if (!result.success) {
      reportZodError(result.error, item, { sink, resource, path, subject: `"${item.do}"` });
      return;
    }
    parsed.push({ entry: { at: result.data.at, command: commandOfEntry(inWrittenOrder(result.data, item) as Record<string, unknown>) }, index });
  });
  parsed.sort((a, b) => a.entry.at - b.entry.at || a.index - b.index);
  return { entries: parsed.map((p) => p.entry), writtenIndex: parsed.map((p) => p.index) };
}
