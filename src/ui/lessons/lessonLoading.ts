/**
 * Loading a lesson's text against the scenario it names (fetched first, as the loader reads it synchronously): the
 * lesson loader and the template loader, fetched on demand through lessonSource.ts.
 */
import { formatLessonIssue, loadLesson, scenarioFileOf } from '../../lessons';
import { loadYamlSupport } from '../../scenario';
import type { ScenarioSource } from '../scenarioSource';
import type { LessonLoad, LessonSource } from './lessonSource';


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
