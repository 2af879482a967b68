/**
 * Text a lesson shows, in both lenses: `{ aws, orchestra }`, or one string where both lenses say the same (an
 * option such as "20 seconds"). Narration must be given in both.
 */
import { strict } from '../../engine';
import { z } from '../../zod';

export interface LensText {
  readonly aws: string;
  readonly orchestra: string;
}

export type Lens = keyof LensText;

const text = z.string().min(1);

/** Both lenses, written out. */
export const lensPairSchema = strict(
  {
    aws: text.meta({ description: 'In AWS terms: services, tasks, target groups, listener rules.' }),
    orchestra: text.meta({ description: 'In orchestra terms: sections, musicians, call sheets, the ushers\' seating chart.' }),
  },
  'Lens text',
).meta({ id: 'LensPair' });

/** Both lenses, or one string for both. */
export const lensTextSchema = z.union([text, lensPairSchema]).meta({
  id: 'LensText',
  description: 'Text in both lenses: { aws, orchestra }, or one string both lenses show.',
});

export type LensTextInput = z.input<typeof lensTextSchema>;

export function lensText(input: LensTextInput): LensText {
  return typeof input === 'string' ? { aws: input, orchestra: input } : { aws: input.aws, orchestra: input.orchestra };
}

/** The same words in both lenses. */
export function sameInBoth(text: string): LensText {
  return { aws: text, orchestra: text };
}
