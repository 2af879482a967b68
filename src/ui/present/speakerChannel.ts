/**
 * The speaker view's line to the projected window: a BroadcastChannel of this origin (a second window of the same
 * app), so it works offline and across monitors with no server. The projected window says where it is a few
 * times a second; the speaker view asks it to press keys of the one key table (keyBindings.ts), so every control
 * does exactly what its key does. The messages' schemas are speakerMessages.ts.
 */
import type { z } from 'zod';
import type { speakerMessageSchema, speakerStatusSchema } from './speakerMessages';

export const SPEAKER_CHANNEL = 'ecs-orchestra-speaker';

export type SpeakerStatus = z.infer<typeof speakerStatusSchema>;

/** Keys the speaker view may press (a subset of the table: nothing that needs focus on a node). */
export const SPEAKER_KEYS = [' ', 'n', 'ArrowLeft', 'ArrowRight', '[', ']', 'PageUp', 'PageDown', 'b', 'p', 'i', 'o', '+', '-', 'Home', 'End'] as const;

export type SpeakerMessage = z.infer<typeof speakerMessageSchema>;

export function openChannel(): BroadcastChannel | null {
  return typeof BroadcastChannel === 'function' ? new BroadcastChannel(SPEAKER_CHANNEL) : null;
}
