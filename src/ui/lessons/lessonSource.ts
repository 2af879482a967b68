/**
 * Where lessons come from: the bundled library next to the page (public/lessons/, its index.json read with the
 * runtime's schema), fetched like the scenarios, and the loading of a lesson's text against the scenario it names
 * (fetched first, as the loader reads it synchronously). Never throws: what goes wrong comes back as the loader's
 * messages, with the file, the step and the field.
 */
import { formatLessonIssue, lessonIndexSchema, loadLesson, scenarioFileOf, type Lesson, type LessonIndexEntry } from '../../lessons';
import { loadYamlSupport } from '../../scenario';
import { fetchText, type ScenarioSource } from '../scenarioSource';

export interface LessonSource {
  list(): Promise<readonly LessonIndexEntry[]>;
  /** A lesson file's text by its file name in the library. */
  read(file: string): Promise<string>;
}

export function fetchLessonSource(folder = './lessons/'): LessonSource {
  return {
    async list() {
      const parsed = lessonIndexSchema.safeParse(JSON.parse(await fetchText(`${folder}index.json`)));
      if (!parsed.success) throw new Error('lessons/index.json is not a list of {id, file, title, summary}');
      return parsed.data;
    },
    read: (file) => fetchText(`${folder}${encodeURIComponent(file)}`),
  };
}

export type LessonLoad = { readonly ok: true; readonly lesson: Lesson } | { readonly ok: false; readonly messages: readonly string[] };

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A lesson's text (a library file, or one imported) loaded against the bundled scenario it names, fetched first. */
export async function loadLessonText(text: string, fileName: string, scenarios: ScenarioSource): Promise<LessonLoad> {
  // Lessons are mostly YAML; the reader loads on demand, and a bundled scenario may be YAML too.
  await loadYamlSupport();
  const file = scenarioFileOf(text);
  let scenarioText: string | null = null;
  let bundled: readonly string[] = [];
  if (file !== null) {
    const [list, read] = await Promise.allSettled([scenarios.list(), scenarios.read(file)]);
    bundled = list.status === 'fulfilled' ? list.value.map((entry) => entry.file) : [];
    // A scenario that cannot be fetched is one the loader reports as not bundled, with the list.
    scenarioText = read.status === 'fulfilled' && (bundled.length === 0 || bundled.includes(file)) ? read.value : null;
  }
  const result = loadLesson(text, { fileName, readScenario: (name) => (name === file ? scenarioText : null), bundledScenarios: bundled });
  return result.ok ? { ok: true, lesson: result.lesson } : { ok: false, messages: result.errors.map(formatLessonIssue) };
}

/** A lesson of the library by its ID. */
export async function loadLibraryLesson(id: string, lessons: LessonSource, scenarios: ScenarioSource): Promise<LessonLoad> {
  try {
    const entry = (await lessons.list()).find((e) => e.id === id);
    if (!entry) return { ok: false, messages: [`There is no lesson "${id}" in the library.`] };
    return await loadLessonText(await lessons.read(entry.file), entry.file, scenarios);
  } catch (error) {
    return { ok: false, messages: [`The lesson "${id}" could not be fetched: ${message(error)}`] };
  }
}
