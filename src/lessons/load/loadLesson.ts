/**
 * Loads a lesson file (YAML or JSON text, read by the templates' own reader, or an already parsed object): its
 * fields, its scenario (a bundled template by file name, or one written inline) and every step, each checked
 * against the world it plays in. Every problem is reported at once, with the file, the step and the field; a bad
 * file never throws.
 */
import { strict, type ScenarioSpec } from '../../engine';
import { z } from '../../zod';
import { CommandChecker, IssueSink, isRecord, loadScenario, parseTemplateText, type ScenarioIssue } from '../../scenario';
import { lessonShape, type Lesson, type LessonStep } from '../format/lesson';
import { lensText } from '../format/lensText';
import { LessonRun } from '../run/lessonRun';
import { playLessonThrough } from '../run/playLesson';
import { createLessonPlayer } from '../run/lessonPlayer';
import { provideLessonRuntime } from '../runtime';
import { LessonSinks, stepLabel, type LessonIssue } from './issues';
import { readArguments } from './parseGoal';
import { parseStep } from './parseStep';

export interface LoadLessonOptions {
  /** The lesson's file name, named in every issue. */
  readonly fileName: string;
  /** The text of a bundled scenario by its file name, or null when there is no such file. */
  readonly readScenario?: (file: string) => string | null;
  /** The bundled scenarios' file names, listed when the lesson names another. */
  readonly bundledScenarios?: readonly string[];
}

export type LessonResult =
  | { readonly ok: true; readonly lesson: Lesson; readonly warnings: readonly LessonIssue[] }
  | { readonly ok: false; readonly errors: readonly LessonIssue[]; readonly warnings: readonly LessonIssue[] };

const lessonSchema = strict(lessonShape({ step: z.unknown(), template: z.unknown() }), 'A lesson');

function parseDocument(input: unknown, sink: IssueSink): unknown {
  if (typeof input !== 'string') return input;
  return parseTemplateText(input, sink);
}

/** The bundled scenario a lesson names, or null (an inline template, or not a lesson at all): fetch it before loading. */
export function scenarioFileOf(input: unknown): string | null {
  const doc = parseDocument(input, new IssueSink());
  return isRecord(doc) && typeof doc.scenario === 'string' ? doc.scenario : null;
}

function scenarioIssue(issue: ScenarioIssue): string {
  const where = [issue.file, issue.resource + (issue.path ? '.' + issue.path : '')].filter(Boolean).join(': ');
  return `${where}: ${issue.message}`;
}

function loadWorld(scenario: unknown, options: LoadLessonOptions, sink: IssueSink): { spec: ScenarioSpec; file: string | null } | null {
  let result: ReturnType<typeof loadScenario>;
  let file: string | null = null;
  if (typeof scenario === 'string') {
    file = scenario;
    const text = options.readScenario?.(scenario) ?? null;
    if (text === null) {
      const bundled = options.bundledScenarios ?? [];
      sink.error('', 'scenario', `"${scenario}" is not a bundled scenario${bundled.length > 0 ? ` (bundled: ${bundled.join(', ')})` : ''}; or write the template inline as { template: ... }`);
      return null;
    }
    result = loadScenario(text, { fileName: scenario });
  } else if (isRecord(scenario)) {
    result = loadScenario(scenario.template, { fileName: options.fileName.replace(/\.[^.]+$/, '') });
  } else return null;
  const path = file === null ? 'scenario.template' : 'scenario';
  const prefix = file === null ? '' : `${file}: `;
  for (const warning of result.warnings) sink.warn('', path, prefix + scenarioIssue(warning));
  if (!result.ok) {
    for (const error of result.errors) sink.error('', path, prefix + scenarioIssue(error));
    return null;
  }
  return { spec: result.spec, file };
}

/** A checker that has followed the scenario's own script (its problems are the scenario loader's to report). */
function scriptRun(spec: ScenarioSpec): CommandChecker {
  const checker = new CommandChecker(spec, { compiled: true });
  const silent = { error: (): void => {}, warn: (): void => {} };
  for (const entry of spec.script) checker.check(entry.command, '', silent);
  return checker;
}

export function loadLesson(input: unknown, options: LoadLessonOptions): LessonResult {
  const sinks = new LessonSinks(options.fileName);
  const fail = (): LessonResult => ({ ok: false, errors: sinks.errors, warnings: sinks.warnings });
  try {
    const doc = parseDocument(input, sinks.lesson);
    if (sinks.lesson.hasErrors) return fail();
    if (!isRecord(doc)) {
      sinks.lesson.error('', '', 'a lesson is an object with id, title, summary, scenario and steps');
      return fail();
    }
    const args = readArguments(lessonSchema, doc, '', sinks.lesson, 'A lesson');
    const world = doc.scenario === undefined ? null : loadWorld(doc.scenario, options, sinks.lesson);
    const spec = world && args?.seed !== undefined ? { ...world.spec, seed: args.seed } : world?.spec;
    const checker = spec ? new CommandChecker(spec, { compiled: true }) : null;
    const alongScript = spec && spec.script.length > 0 ? scriptRun(spec) : null;
    const rawSteps = Array.isArray(doc.steps) ? doc.steps : [];
    const steps: (LessonStep | null)[] = [];
    const seen = new Map<string, number>();
    let unmeetableAt: number | null = null;
    rawSteps.forEach((raw, index) => {
      const id = isRecord(raw) && typeof raw.id === 'string' ? raw.id : null;
      const sink = sinks.step(index, id);
      const parsed = parseStep(raw, index, checker, sink, alongScript);
      steps.push(parsed.step);
      if (id !== null) {
        const earlier = seen.get(id);
        if (earlier !== undefined) sink.error('', 'id', `"${id}" is also the ID of step ${earlier + 1}: step IDs are unique`);
        else seen.set(id, index);
      }
      if (parsed.unmeetable && unmeetableAt === null) unmeetableAt = index;
    });
    if (unmeetableAt !== null) {
      const at: number = unmeetableAt;
      const later = rawSteps.slice(at + 1).map((raw, i) => stepLabel(at + 1 + i, isRecord(raw) && typeof raw.id === 'string' ? raw.id : null));
      const within = steps[at]?.within ?? (isRecord(rawSteps[at]) && typeof rawSteps[at].within === 'number' ? rawSteps[at].within : 300);
      const after = later.length > 0 ? `the steps after it are unreachable: ${later.join(', ')}` : 'the lesson can never be finished';
      sinks.step(at, null).error('', 'goal', `this goal can never be met within the step's ${within} s (within), so ${after}`);
    }
    if (!args || !spec || sinks.errors.length > 0 || steps.some((s) => s === null)) return fail();
    // What plays the lesson comes with it (runtime.ts): the store reaches the runtime only through a loaded lesson.
    provideLessonRuntime({ LessonRun, playLessonThrough, createLessonPlayer });
    return {
      ok: true,
      warnings: sinks.warnings,
      lesson: {
        id: args.id,
        title: lensText(args.title),
        summary: lensText(args.summary),
        file: options.fileName,
        scenarioFile: world?.file ?? null,
        spec,
        steps: steps as LessonStep[],
      },
    };
  } catch (error) {
    sinks.lesson.error('', '', `The lesson could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
    return fail();
  }
}
