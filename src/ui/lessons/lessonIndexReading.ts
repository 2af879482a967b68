/**
 * The library's index.json read with the lessons' own schema: fetched by lessonSource.ts when the list is first
 * asked for, so the schema and zod are not on the page's first frame.
 */
import { lessonIndexSchema, type LessonIndexEntry } from '../../lessons';

export function readLessonIndex(json: unknown): readonly LessonIndexEntry[] {
  const parsed = lessonIndexSchema.safeParse(json);
  if (!parsed.success) throw new Error('lessons/index.json is not a list of {id, file, title, summary}');
  return parsed.data;
}
