/**
 * Reads a progress document (progressDoc.ts says its format) with zod: fetched by the progress store only when there
 * is progress to read, from storage or a file, so zod is not on the page's first frame.
 */
import { z } from '../../zod';
import { reportZodError, IssueSink, formatIssue } from '../../scenario';
import { PROGRESS_FORMAT, PROGRESS_VERSION, type ProgressDoc } from './progressDoc';

const isoTime = z.string().min(1);

export const stepSchema = z.object({
  /** When the step was first done (its goal met, its prediction revealed); null while it is not. */
  doneAt: isoTime.nullable(),
  /** The learner's option for the step's prediction and the option the run made right (null: none of them). */
  prediction: z.object({ answer: z.number().int().min(0), right: z.number().int().min(0).nullable() }).nullable(),
});

export const lessonSchema = z.object({
  steps: z.record(z.string(), stepSchema),
  /** The step the learner was last on (0-based): "Continue" opens there. */
  lastStep: z.number().int().min(0),
  /** When every step was first done; null until then. */
  finishedAt: isoTime.nullable(),
});

export const progressSchema = z.object({
  format: z.literal(PROGRESS_FORMAT),
  version: z.literal(PROGRESS_VERSION),
  lessons: z.record(z.string(), lessonSchema),
  savedAt: isoTime.optional(),
});

export type ProgressReading = { readonly ok: true; readonly progress: ProgressDoc } | { readonly ok: false; readonly reason: string };

/** Reads a progress document (anything: parsed JSON from storage or a file); what is wrong, in a sentence, otherwise. */
export function readProgressDoc(input: unknown): ProgressReading {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { ok: false, reason: 'It is not a progress file (expected a JSON object).' };
  const { format, version } = input as Record<string, unknown>;
  if (format !== PROGRESS_FORMAT) return { ok: false, reason: `It is not ECS Orchestra lesson progress ("format" must be "${PROGRESS_FORMAT}").` };
  if (version !== PROGRESS_VERSION) return { ok: false, reason: `It has version ${JSON.stringify(version)}; this app reads version ${PROGRESS_VERSION}.` };
  const parsed = progressSchema.safeParse(input);
  if (parsed.success) return { ok: true, progress: parsed.data };
  const sink = new IssueSink();
  reportZodError(parsed.error, input, { sink, resource: 'Progress', path: '' });
  const first = sink.errors[0];
  const more = sink.errors.length > 1 ? ` (and ${sink.errors.length - 1} more)` : '';
  return { ok: false, reason: `It did not pass validation: ${first ? formatIssue(first).replace(/^error: /, '') : 'unknown problem'}${more}.` };
}

/** Reads progress from text (a file, a storage value). */
export function parseProgressText(text: string): ProgressReading {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `It is not valid JSON (${error instanceof Error ? error.message : String(error)}).` };
  }
  return readProgressDoc(parsed);
}

