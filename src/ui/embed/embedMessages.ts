/**
 * The embed's message protocol, as data: what a host page may send (checked here with zod, commands with the
 * engine's own schemas) and what the embed says back. The iframe carries these over postMessage; the custom
 * element takes the same as methods and gives the same as DOM events. Nothing in a message is ever evaluated.
 */
import { COMMAND_NAMES, commandSchemas, definitionOf, isCommandName, LIMITS, type Command, type SimEvent } from '../../engine';
import { z } from '../../zod';
import type { Lens } from '../../lens/vocabulary';
import { MAX_SPEED } from '../../store';

/** Every message either way carries this key, so a page's other messages are told apart and left alone. */
export const PROTOCOL_KEY = 'ecsOrchestra';
export const PROTOCOL_VERSION = 1;

const NAME = /^[\w-]+(\.json|\.ya?ml)?$/;

function message<Type extends string, Shape extends z.ZodRawShape>(type: Type, shape: Shape) {
  return z.strictObject({
    [PROTOCOL_KEY]: z.literal(PROTOCOL_VERSION),
    type: z.literal(type),
    /** Echoed in the answer, so a host can match an `error` to what it sent. */
    id: z.union([z.string().max(200), z.number()]).optional(),
    ...shape,
  });
}

export const incomingMessageSchema = z.discriminatedUnion('type', [
  message('play', {}),
  message('pause', {}),
  message('setSpeed', { speed: z.number().positive().max(MAX_SPEED) }),
  message('setLens', { lens: z.enum(['aws', 'orchestra']) }),
  message('seek', { t: z.number().min(0).max(LIMITS.simulatedSeconds.value) }),
  message('loadScenario', {
    scenario: z.union([z.string().regex(NAME, 'a bundled scenario is named by its file, such as "slow-starter"'), z.record(z.string(), z.unknown())]),
  }),
  message('loadLesson', { lesson: z.string().regex(NAME, 'a bundled lesson is named by its file'), step: z.number().int().min(1).optional() }),
  message('command', { command: z.record(z.string(), z.unknown()) }),
]);

export type IncomingMessage = z.infer<typeof incomingMessageSchema>;
export type IncomingType = IncomingMessage['type'];

export interface EmbedState {
  readonly playing: boolean;
  readonly speed: number;
  readonly lens: Lens;
  /** Simulated seconds. */
  readonly t: number;
}

/** What the embed says; each is sent as `{ ecsOrchestra: 1, type, ...fields }`. */
export type OutgoingMessage =
  | { readonly type: 'ready'; readonly state: EmbedState; readonly title: string }
  | { readonly type: 'state'; readonly state: EmbedState }
  | { readonly type: 'lessonStep'; readonly lesson: string; readonly step: number; readonly title: string }
  | { readonly type: 'events'; readonly events: readonly SimEvent[]; readonly dropped: number }
  | { readonly type: 'error'; readonly message: string; readonly id?: string | number; readonly about?: string };

export type Outgoing = OutgoingMessage & { readonly [PROTOCOL_KEY]: typeof PROTOCOL_VERSION };

export function tagged(message: OutgoingMessage): Outgoing {
  return { [PROTOCOL_KEY]: PROTOCOL_VERSION, ...message };
}

/** Whether data is meant for an embed at all (other messages on the page are not ours to answer). */
export function isForEmbed(data: unknown): boolean {
  return typeof data === 'object' && data !== null && PROTOCOL_KEY in data;
}

function issueText(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

export function parseIncoming(data: unknown): Parsed<IncomingMessage> {
  const parsed = incomingMessageSchema.safeParse(data);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: `Not a message the embed takes: ${issueText(parsed.error)}` };
}

/** A command as scenario scripts write it (`{ "do": "crashTask", "task": "..." }`), read with that command's own schema. */
export function parseCommand(raw: Record<string, unknown>): Parsed<Command> {
  if (!isCommandName(raw.do)) return { ok: false, error: `"do" must name a command: one of ${COMMAND_NAMES.join(', ')}` };
  const parsed = commandSchemas[raw.do].safeParse(raw);
  if (!parsed.success) return { ok: false, error: `"${raw.do}": ${issueText(parsed.error)}` };
  const command = parsed.data as Command;
  const written = definitionOf(command).written;
  return { ok: true, value: written ? (written.read(parsed.data)) : command };
}
