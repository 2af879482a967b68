/**
 * Where lessons come from: the bundled library next to the page (public/lessons/, its index.json read with the
 * lessons' schema by lessonIndexReading.ts, fetched with the index), fetched like the scenarios, and the loading of
 * a lesson's text against the scenario it names (lessonLoading.ts, fetched with the loader the first time a lesson
 * is opened, so neither is on the first frame). Never throws: what goes wrong comes back as the loader's messages,
 * with the file, the step and the field.
 */
import type { Lesson, LessonIndexEntry } from '../../lessons';
import { fetchText, type ScenarioSource } from '../scenarioSource';

export interface LessonSource {
  list(): Promise<readonly LessonIndexEntry[]>;
  /** A lesson file's text by its file name in the library. */
  read(file: string): Promise<string>;
}

export function fetchLessonSource(folder = './lessons/'): LessonSource {
  return {
    async list() {
      const [text, reading] = await Promise.all([fetchText(`${folder}index.json`), import('./lessonIndexReading')]);
      return reading.readLessonIndex(JSON.parse(text));
    },
    read: (file) => fetchText(`${folder}${encodeURIComponent(file)}`),
  };
}

export type LessonLoad = { readonly ok: true; readonly lesson: Lesson } | { readonly ok: false; readonly messages: readonly string[] };

/** A lesson's text (a library file, or one imported) loaded against the bundled scenario it names, fetched first. */
export async function loadLessonText(text: string, fileName: string, scenarios: ScenarioSource): Promise<LessonLoad> {
  return (await import('./lessonLoading')).loadLessonText(text, fileName, scenarios);
}

/** A lesson of the library by its ID. */
export async function loadLibraryLesson(id: string, lessons: LessonSource, scenarios: ScenarioSource): Promise<LessonLoad> {
  return (await import('./lessonLoading')).loadLibraryLesson(id, lessons, scenarios);
}
