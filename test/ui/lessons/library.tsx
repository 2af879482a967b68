/** A lesson library for component tests: the bundled lessons and scenarios read from public/, progress in memory or in a fake storage. */
import { readFileSync } from 'node:fs';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { formatLessonIssue, lessonIndexSchema, loadLesson, type Lesson } from '../../../src/lessons';
import { createProgressStore } from '../../../src/session/progress/progressStore';
import type { SessionStorage } from '../../../src/session/autosave';
import { createSimStore, SimProvider, type SimStore } from '../../../src/store';
import { LessonLibraryContext, type LessonLibrary, type LessonSource } from '../../../src/ui/lessons/index';
import type { ScenarioSource } from '../../../src/ui/scenarioSource';
import { manualFrames } from '../../store/manualFrames';
import { scenario } from '../panels/world';

export const publicLessons: LessonSource = {
  list: () => Promise.resolve(lessonIndexSchema.parse(JSON.parse(readFileSync('public/lessons/index.json', 'utf8')))),
  read: (file) => Promise.resolve(readFileSync(`public/lessons/${file}`, 'utf8')),
};

export const publicScenarios: ScenarioSource = {
  list: () => Promise.resolve(JSON.parse(readFileSync('public/scenarios/index.json', 'utf8')) as never),
  read: (file) => Promise.resolve(readFileSync(`public/scenarios/${file}`, 'utf8')),
};

export function memoryStorage(initial: Record<string, string> = {}): SessionStorage & { readonly items: Map<string, string> } {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
    key: (index) => [...items.keys()][index] ?? null,
    get length() {
      return items.size;
    },
  };
}

export function libraryOf(storage: SessionStorage | null = null, lessons: LessonSource = publicLessons): LessonLibrary {
  return { lessons, scenarios: publicScenarios, progress: createProgressStore({ storage, now: () => new Date('2026-12-05T20:00:00Z') }) };
}

/** `ui` in a store of the default scenario with the library, frames moved by hand. */
export function renderWithLibrary(ui: ReactNode, library: LessonLibrary = libraryOf()): ReturnType<typeof render> & { store: SimStore; library: LessonLibrary } {
  const store = createSimStore({ spec: scenario('default.json') });
  const result = render(
    <SimProvider store={store} frames={manualFrames()}>
      <LessonLibraryContext.Provider value={library}>{ui}</LessonLibraryContext.Provider>
    </SimProvider>,
  );
  return { ...result, store, library };
}

const bundledScenarios = (JSON.parse(readFileSync('public/scenarios/index.json', 'utf8')) as { file: string }[]).map((entry) => entry.file);

/** A bundled lesson as the app loads it (jsdom has no file URLs, so test/lessons/helpers.ts cannot be used here). */
export function bundledLesson(file: string): Lesson {
  const result = loadLesson(readFileSync(`public/lessons/${file}`, 'utf8'), {
    fileName: file,
    readScenario: (name) => (bundledScenarios.includes(name) ? readFileSync(`public/scenarios/${name}`, 'utf8') : null),
    bundledScenarios,
  });
  if (!result.ok) throw new Error(result.errors.map(formatLessonIssue).join('\n'));
  return result.lesson;
}
