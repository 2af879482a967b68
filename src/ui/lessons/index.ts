/**
 * What the app and the shell use of the lesson tab's side (the panel itself loads on demand, from lazyPanels.ts):
 * where lessons come from, the library's context, and what runs beside the tab while the app is mounted.
 */
export { LessonLibraryContext, useLessonLibrary, type LessonLibrary } from './LessonLibraryContext';
export { fetchLessonSource, loadLessonText, loadLibraryLesson, type LessonLoad, type LessonSource } from './lessonSource';
export { lessonAddress, useLessonLifecycle, type LessonStart } from './useLessonLifecycle';
export { LessonLockNote, useLessonLock } from './LessonLock';
