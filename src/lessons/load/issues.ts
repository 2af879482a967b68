/**
 * A problem found in a lesson file: where (the file, the step, the field's path inside it) and what is allowed.
 * Formatted as `error: sound-check.yaml: step 2 "break-it": goal.all[0].serviceSteady.service: ...`.
 */
import { IssueSink, type IssueSeverity } from '../../scenario';

export interface LessonIssue {
  readonly severity: IssueSeverity;
  readonly file: string;
  /** 0-based index of the step it is about, or null for the lesson as a whole. */
  readonly step: number | null;
  /** The step's ID as written, when it has one. */
  readonly stepId: string | null;
  /** Path of the field, e.g. "goal.all[0].targets.state"; "" for the whole step or lesson. */
  readonly path: string;
  readonly message: string;
}

export function stepLabel(index: number, id: string | null): string {
  return id === null ? `step ${index + 1}` : `step ${index + 1} "${id}"`;
}

export function formatLessonIssue(issue: LessonIssue): string {
  const where = [issue.file, issue.step === null ? null : stepLabel(issue.step, issue.stepId), issue.path || null].filter((part) => part !== null && part !== '');
  return `${issue.severity}: ${where.join(': ')}: ${issue.message}`;
}

/** One sink for the lesson and one per step, so every problem says where it is; read back in that order. */
export class LessonSinks {
  readonly lesson = new IssueSink();
  private readonly steps: { sink: IssueSink; id: string | null }[] = [];

  constructor(private readonly file: string) {}

  step(index: number, id: string | null): IssueSink {
    const found = this.steps[index];
    if (found) return found.sink;
    const sink = new IssueSink();
    this.steps[index] = { sink, id };
    return sink;
  }

  private collect(severity: 'errors' | 'warnings'): LessonIssue[] {
    const of = (sink: IssueSink, step: number | null, stepId: string | null): LessonIssue[] =>
      sink[severity].map((issue) => ({ severity: issue.severity, file: this.file, step, stepId, path: issue.path, message: issue.message }));
    return [...of(this.lesson, null, null), ...this.steps.flatMap((entry, index) => (entry ? of(entry.sink, index, entry.id) : []))];
  }

  get errors(): LessonIssue[] {
    return this.collect('errors');
  }

  get warnings(): LessonIssue[] {
    return this.collect('warnings');
  }
}
