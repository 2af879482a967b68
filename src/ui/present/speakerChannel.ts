/**
 * The speaker view's line to the projected window: a BroadcastChannel of this origin (a second window of the same
 * app), so it works offline and across monitors with no server. The projected window says where it is a few
 * times a second; the speaker view asks it to press keys of the one key table (keyBindings.ts), so every control
 * does exactly what its key does.
 */
import { z } from '../../zod';

export const SPEAKER_CHANNEL = 'ecs-orchestra-speaker';

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

export type SpeakerStatus = z.infer<typeof speakerStatusSchema>;

/** Keys the speaker view may press (a subset of the table: nothing that needs focus on a node). */
export const SPEAKER_KEYS = [' ', 'n', 'ArrowLeft', 'ArrowRight', '[', ']', 'PageUp', 'PageDown', 'b', 'p', 'i', 'o', '+', '-', 'Home', 'End'] as const;

export const speakerMessageSchema = z.discriminatedUnion('type', [
  speakerStatusSchema,
  z.object({ type: z.literal('key'), key: z.enum(SPEAKER_KEYS) }),
  z.object({ type: z.literal('hello') }),
]);

export type SpeakerMessage = z.infer<typeof speakerMessageSchema>;

export function openChannel(): BroadcastChannel | null {
  return typeof BroadcastChannel === 'function' ? new BroadcastChannel(SPEAKER_CHANNEL) : null;
}
