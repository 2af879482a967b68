/**
 * The session document: a world at a moment, as plain JSON, for autosave, share links and files.
 *
 *   { format: 'ecs-orchestra-session', version: 2, title, template, seed, commands: [{atMs, command}], atMs,
 *     view?: {lens, speed}, lesson?: {id, step}, savedAt?, bookmarks?: [{atMs, name}], later?: [{atMs, command}] }
 *
 * Version 2 added the timeline's part: named bookmarks, and `later`, the commands the run recorded after the moment
 * (a session saved after going back in time), given again as the run plays on. Version 1 documents (without them)
 * still open.
 *
 * `template` is the scenario as it started (sim.initialWorld, its own script included) exported as CloudFormation, so a
 * session is readable and loads with the same loader as any template. `commands` is sim.commandLog(), written the
 * way a scenario script writes commands, so they are checked on the way in by the script's own schemas.
 * Restoring replays exactly as the live app ran: advanceTo(atMs) then dispatch, for each command, then
 * advanceTo(doc.atMs); the event log is then byte for byte the one of the original run.
 *
 * A world in a lesson is written as its current step started (`atMs` the step's start, `commands` those given
 * before it) with `lesson` naming the lesson and the step (from 1, as the address's `?step=`): opened again, the
 * step starts afresh on that world, its own commands given again as they come due, never twice.
 */
import { type Command, type ScenarioSpec, type Simulation, type SimulationOptions, LIMITS } from '../engine';
import { z } from '../zod';
import type { Lens } from '../lens/vocabulary';
import {
  exportTemplate, IssueSink, loadScenario, parseScript, reportZodError, scriptEntryJson, scriptLengthProblem, seedSchema, timeProblem,
  type NotSimulatedResource, type ScenarioIssue,
} from '../scenario';

export const SESSION_FORMAT = 'ecs-orchestra-session';
export const SESSION_VERSION = 2;
/** Versions this app opens: 1 has no bookmarks and no later commands. */
const READABLE_VERSIONS: readonly number[] = [1, 2];
/** At most this many bookmarks, each name at most BOOKMARK_NAME_MAX characters. */
export const MAX_BOOKMARKS = 200;
export const BOOKMARK_NAME_MAX = 80;
/** Generous, but bounded: a document from elsewhere must not make the page replay forever (src/engine/limits.ts). */
export const MAX_SESSION_COMMANDS = LIMITS.scriptEntries.value;
/** Restoring replays from t = 0, so the bound on simulated time also bounds how long opening a document can take. */
export const MAX_SESSION_MS = LIMITS.simulatedSeconds.value * 1000;

const RESOURCE = 'Session';

const commandJson = z.record(z.string(), z.unknown());

const moment = z.number().int().min(0).max(MAX_SESSION_MS, { error: (issue) => timeProblem(Number(issue.input)) ?? undefined });

const timedCommands = z
  .array(z.object({ atMs: moment, command: commandJson }))
  .max(MAX_SESSION_COMMANDS, { error: (issue) => (Array.isArray(issue.input) ? scriptLengthProblem(issue.input.length) : null) ?? undefined });

const sessionDocSchema = z.object({
  format: z.literal(SESSION_FORMAT),
  version: z.union([z.literal(1), z.literal(2)]),
  title: z.string(),
  template: z.record(z.string(), z.unknown()),
  seed: seedSchema,
  commands: z
    .array(z.object({ atMs: moment, command: commandJson }))
    .max(MAX_SESSION_COMMANDS, { error: (issue) => (Array.isArray(issue.input) ? scriptLengthProblem(issue.input.length) : null) ?? undefined }),
  atMs: moment,
  view: z.object({ lens: z.enum(['aws', 'orchestra']), speed: z.number().positive() }).optional(),
  lesson: z.object({ id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a lesson ID: lowercase words and hyphens'), step: z.number().int().min(1) }).optional(),
  savedAt: z.string().optional(),
  bookmarks: z.array(z.object({ atMs: moment, name: z.string().trim().min(1).max(BOOKMARK_NAME_MAX) })).max(MAX_BOOKMARKS).optional(),
  later: timedCommands.optional(),
});

export type SessionDoc = z.infer<typeof sessionDocSchema>;

export interface SessionView {
  readonly lens: Lens;
  readonly speed: number;
}

/** The lesson a session is in, and its step from 1. */
export interface SessionLesson {
  readonly id: string;
  readonly step: number;
}

export interface TimedCommand {
  readonly atMs: number;
  readonly command: Command;
}

export type OpenedSession =
  | {
      readonly ok: true;
      readonly spec: ScenarioSpec;
      readonly seed: number;
      readonly commands: readonly TimedCommand[];
      readonly atMs: number;
      readonly title: string;
      readonly view: SessionView | null;
      readonly lesson: SessionLesson | null;
      readonly savedAt: string | null;
      readonly warnings: readonly ScenarioIssue[];
      readonly notSimulated: readonly NotSimulatedResource[];
      readonly bookmarks: readonly Bookmark[];
      /** Commands the run recorded after the moment, given again as it plays on. */
      readonly later: readonly TimedCommand[];
    }
  | { readonly ok: false; readonly errors: readonly ScenarioIssue[] };

export interface SessionSource {
  readonly sim: Simulation;
  readonly title: string;
  readonly view?: SessionView;
  /** ISO time of writing; omitted in share links so the same world gives the same link. */
  readonly savedAt?: string;
  /** The lesson and step the world is in, written as that step started (`until`). */
  readonly lesson?: SessionLesson & { readonly until: { readonly atMs: number; readonly commands: number } };
  readonly bookmarks?: readonly Bookmark[];
  readonly later?: readonly TimedCommand[];
}

export interface Bookmark {
  readonly atMs: number;
  readonly name: string;
}

function commandsJson(commands: readonly TimedCommand[]) {
  return commands.map(({ atMs, command }) => {
    const { at, ...json } = scriptEntryJson({ at: 0, command });
    void at;
    return { atMs, command: json };
  });
}

/** The world of `sim` at its current moment, as a session document (plain JSON). */
export function createSessionDoc({ sim, title, view, savedAt, lesson, bookmarks, later }: SessionSource, template?: Record<string, unknown>): SessionDoc {
  const log = sim.commandLog();
  const commands = lesson ? log.slice(0, lesson.until.commands) : log;
  return {
    format: SESSION_FORMAT,
    version: SESSION_VERSION,
    title,
    // The scenario as it started: edits and faults are in `commands`, so replay rebuilds everything after t = 0.
    template: template ?? exportTemplate(sim.initialWorld, { seed: sim.seed }),
    seed: sim.seed,
    commands: commandsJson(commands),
    atMs: lesson ? lesson.until.atMs : sim.now(),
    ...(view ? { view: { lens: view.lens, speed: view.speed } } : {}),
    ...(lesson ? { lesson: { id: lesson.id, step: lesson.step } } : {}),
    ...(savedAt ? { savedAt } : {}),
    ...(bookmarks && bookmarks.length > 0 ? { bookmarks: bookmarks.map((b) => ({ atMs: b.atMs, name: b.name })) } : {}),
    ...(later && later.length > 0 ? { later: commandsJson(later) } : {}),
  };
}

function versionProblem(doc: unknown): string | null {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return 'is not a session document (expected a JSON object)';
  const { format, version } = doc as Record<string, unknown>;
  if (format !== SESSION_FORMAT) return `is not an ECS Orchestra session ("format" must be "${SESSION_FORMAT}")`;
  if (typeof version !== 'number' || !READABLE_VERSIONS.includes(version)) return `has version ${JSON.stringify(version)}; this app reads version ${READABLE_VERSIONS.join(' or ')}`;
  return null;
}

/** True when the problem is the document's format or version rather than its content (callers may say so). */
export function isVersionProblem(doc: unknown): boolean {
  return versionProblem(doc) !== null;
}

/** `commands` (up to the moment) or `later` (after it): in time order, each checked by the script's own schemas. */
function readCommands(doc: SessionDoc, sink: IssueSink, field: 'commands' | 'later' = 'commands'): TimedCommand[] {
  const commands: TimedCommand[] = [];
  let previous = field === 'later' ? doc.atMs : 0;
  (doc[field] ?? []).forEach(({ atMs, command }, index) => {
    const path = `${field}[${index}]`;
    if (atMs < previous) sink.error(RESOURCE, `${path}.atMs`, `commands must be in time order (${atMs} ms comes after ${previous} ms)`);
    if (field === 'commands' && atMs > doc.atMs) sink.error(RESOURCE, `${path}.atMs`, `${atMs} ms is after the session's moment (${doc.atMs} ms)`);
    previous = Math.max(previous, atMs);
    // The script's own schemas check every command; `at` 0 keeps the parser's sort out of the way.
    const entrySink = new IssueSink();
    const parsed = parseScript([{ ...command, at: 0 }], entrySink);
    for (const issue of entrySink.errors) sink.error(RESOURCE, `${path}.command${issue.path.replace(/^script\[0\]/, '')}`, issue.message);
    const entry = parsed.entries[0];
    if (!entry || entrySink.hasErrors) return;
    commands.push({ atMs, command: entry.command });
  });
  return commands;
}

/** Validates a session document (anything: parsed JSON from a file, storage or a link) and loads its template. */
export function openSession(input: unknown): OpenedSession {
  const problem = versionProblem(input);
  if (problem !== null) return { ok: false, errors: [{ severity: 'error', resource: RESOURCE, path: '', message: `The session ${problem}.` }] };
  const sink = new IssueSink();
  const parsed = sessionDocSchema.safeParse(input);
  if (!parsed.success) {
    reportZodError(parsed.error, input, { sink, resource: RESOURCE, path: '' });
    return { ok: false, errors: sink.errors };
  }
  const doc = parsed.data;
  const commands = readCommands(doc, sink);
  const later = readCommands(doc, sink, 'later');
  if (commands.length + later.length > MAX_SESSION_COMMANDS) {
    sink.error(RESOURCE, 'later', scriptLengthProblem(commands.length + later.length) ?? `at most ${MAX_SESSION_COMMANDS} commands in all`);
  }
  const loaded = loadScenario(doc.template);
  if (!loaded.ok) {
    return { ok: false, errors: [...sink.errors, ...loaded.errors.map((issue) => ({ ...issue, file: 'session template' }))] };
  }
  if (sink.hasErrors) return { ok: false, errors: sink.errors };
  return {
    ok: true,
    spec: { ...loaded.spec, seed: doc.seed },
    seed: doc.seed,
    commands,
    atMs: doc.atMs,
    title: doc.title,
    view: doc.view ?? null,
    lesson: doc.lesson ?? null,
    savedAt: doc.savedAt ?? null,
    warnings: loaded.warnings,
    notSimulated: loaded.notSimulated,
    bookmarks: (doc.bookmarks ?? []).map((b) => ({ atMs: b.atMs, name: b.name })),
    later,
  };
}

export type SimulationFactory = (spec: ScenarioSpec, options?: SimulationOptions) => Simulation;

/** Replays a session's commands on a simulation of its spec, exactly as the live app dispatched them. */
export function replayCommands(
  target: { advanceTo(tMs: number): void; dispatch(command: Command): void },
  session: { readonly commands: readonly TimedCommand[]; readonly atMs: number },
): void {
  for (const { atMs, command } of session.commands) {
    target.advanceTo(atMs);
    target.dispatch(command);
  }
  target.advanceTo(session.atMs);
}

/** A fresh simulation at the session's moment. */
export function restoreSimulation(session: Extract<OpenedSession, { ok: true }>, factory: SimulationFactory): Simulation {
  const sim = factory(session.spec, { seed: session.seed });
  replayCommands(sim, session);
  return sim;
}
