/**
 * What may come over the speaker channel (speakerChannel.ts), as schemas: each window reads the other's messages
 * with these and ignores anything else. The projected window fetches this module with the first message it hears
 * (useSpeakerLink.ts), so zod is not on its first frame; the speaker view imports it outright.
 */
import { z } from '../../zod';
import { SPEAKER_KEYS, type SpeakerMessage } from './speakerChannel';

export const speakerStatusSchema = z.object({
  type: z.literal('status'),
  title: z.string(),
  now: z.number(),
  end: z.number(),
  playing: z.boolean(),
  speed: z.number(),
  presenting: z.boolean(),
  blackout: z.boolean(),
  step: z.object({ index: z.number(), count: z.number(), title: z.string(), notes: z.string().nullable() }).nullable(),
  nextTitle: z.string().nullable(),
  bookmarks: z.array(z.object({ atMs: z.number(), name: z.string() })),
});

export const speakerMessageSchema = z.discriminatedUnion('type', [
  speakerStatusSchema,
  z.object({ type: z.literal('key'), key: z.enum(SPEAKER_KEYS) }),
  z.object({ type: z.literal('hello') }),
]);

/** The message, or null when it is not one of ours. */
export function readSpeakerMessage(data: unknown): SpeakerMessage | null {
  const parsed = speakerMessageSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}
