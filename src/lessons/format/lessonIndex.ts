/**
 * public/lessons/index.json: the bundled lessons in the order a learner takes them, with what a picker shows before
 * loading one (title and summary read as both lenses). A test keeps each entry's id and title equal to its file's.
 */
import { strict } from '../../engine';
import { z } from '../../zod';
import { lensText } from './lensText';
import { lensTextSchema } from './lensTextSchema';

export const lessonIndexSchema = z.array(
  strict({
    id: z.string().min(1),
    file: z.string().regex(/^[\w.-]+\.(ya?ml|json)$/, 'a file name in public/lessons/, e.g. sound-check.yaml'),
    title: lensTextSchema.transform(lensText),
    summary: lensTextSchema.transform(lensText),
  }, 'A lesson index entry'),
);

export type LessonIndexEntry = z.output<typeof lessonIndexSchema>[number];
