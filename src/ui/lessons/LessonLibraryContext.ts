/**
 * What the lesson tab, the picker and Import need from outside the store: where lessons and scenarios come from, and
 * where progress is kept. The app gives the bundled library and the browser's storage; tests and embeds give their
 * own (progress in memory when there is no storage).
 */
import { createContext, useContext } from 'react';
import type { ProgressStore } from '../../session/progress/progressStore';
import type { ScenarioSource } from '../scenarioSource';
import type { LessonSource } from './lessonSource';

export interface LessonLibrary {
  readonly lessons: LessonSource;
  readonly scenarios: ScenarioSource;
  readonly progress: ProgressStore;
}

export const LessonLibraryContext = createContext<LessonLibrary | null>(null);

export function useLessonLibrary(): LessonLibrary | null {
  return useContext(LessonLibraryContext);
}
