/**
 * Lesson text in both lenses as a lesson file writes it (see lensText.ts): apart from the runtime's `lensText`, so
 * what shows a lesson's words needs no zod; only the lesson loader, the lesson index's reader and the JSON Schema
 * import this.
 */
import { strict } from '../../engine';
import { z } from '../../zod';

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
