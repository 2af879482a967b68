/**
 * Reads what a host page sends an embed (embedMessages.ts is the protocol): each message with zod, a command with the
 * engine's own schema for it. The controller fetches this module with the first message (embedController.ts), so
 * neither zod nor the commands' schemas are on an embed's first frame.
 */
import { COMMAND_NAMES, commandSchemas, definitionOf, isCommandName, LIMITS, type Command } from '../../engine';
import { z } from '../../zod';
import { MAX_SPEED } from '../../store';
import { PROTOCOL_KEY, PROTOCOL_VERSION, type IncomingMessage } from './embedMessages';

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
