/**
 * Text a lesson shows, in both lenses: `{ aws, orchestra }`, or one string where both lenses say the same (an
 * option such as "20 seconds"). Narration must be given in both. The schema a lesson file is read with is
 * lensTextSchema.ts.
 */

export interface LensText {
  readonly aws: string;
  readonly orchestra: string;
}

export type Lens = keyof LensText;

/** As a lesson file writes it: both lenses, or one string for both. */
export type LensTextInput = string | LensText;

export function lensText(input: LensTextInput): LensText {
  return typeof input === 'string' ? { aws: input, orchestra: input } : { aws: input.aws, orchestra: input.orchestra };
}

/** The same words in both lenses. */
export function sameInBoth(text: string): LensText {
  return { aws: text, orchestra: text };
}
