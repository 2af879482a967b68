/**
 * What runs beside the lesson tab while the app is mounted, whether or not the tab is open: a deep link's lesson
 * opened at its step, a restored session's lesson fetched and resumed at its step, progress recorded as the learner
 * plays, and (on the full page) the address kept as `?lesson=<id>&step=<n>` while a lesson is open, so a reload or a
 * copied address comes back to the same step.
 */
import { useEffect, useLayoutEffect } from 'react';
import type { Lesson } from '../../lessons';
import { createProgressRecorder } from '../../session/progress/progressRecorder';
import type { SimStore } from '../../store';
import type { LessonLibrary } from './LessonLibraryContext';
import { loadLibraryLesson } from './lessonSource';

export interface LessonStart {
  readonly lesson: Lesson;
  /** 0-based. */
  readonly step: number;
  readonly play: boolean;
}

export interface LessonLifecycleOptions {
  /** Keep the page's address in step with the lesson (the full page only). */
  readonly address: boolean;
  /** A deep link's lesson, opened once. */
  readonly start: LessonStart | null;
}

// StrictMode runs effects twice on mount; a store opens its deep link once.
const opened = new WeakSet<SimStore>();

/** The page's address with the lesson and step (from 1), or without them when no lesson is open. */
export function lessonAddress(href: string, lesson: { readonly id: string; readonly step: number } | null): string {
  const url = new URL(href);
  url.searchParams.delete('lesson');
  url.searchParams.delete('step');
  if (lesson) {
    // The lesson names its own scenario: a stale ?scenario= would fight it on reload.
    url.searchParams.delete('scenario');
    url.searchParams.set('lesson', lesson.id);
    url.searchParams.set('step', String(lesson.step));
  }
  return url.pathname + url.search + url.hash;
}

export function useLessonLifecycle(store: SimStore, library: LessonLibrary | null, { address, start }: LessonLifecycleOptions): void {
  useLayoutEffect(() => {
    if (start === null || opened.has(store)) return;
    opened.add(store);
    const state = store.getState();
    if (state.openLesson(start.lesson, { step: start.step }) && start.play) state.play();
  }, [store, start]);

  useEffect(() => {
    if (library === null) return;
    const recorder = createProgressRecorder(store, library.progress);
    return () => recorder.destroy();
  }, [store, library]);

  useEffect(() => {
    if (library === null) return;
    let live = true;
    const resume = (): void => {
      const wanted = store.getState().lessonToResume;
      if (wanted === null) return;
      void loadLibraryLesson(wanted.id, library.lessons, library.scenarios).then((loaded) => {
        const state = store.getState();
        if (!live || state.lessonToResume !== wanted) return;
        if (loaded.ok) state.resumeLesson(loaded.lesson, wanted.step);
        else {
          state.setLessonToResume(null);
          state.reportLoadError(`lesson ${wanted.id}`, [...loaded.messages, 'The world is open without the lesson.']);
        }
      });
    };
    resume();
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.lessonToResume !== previous.lessonToResume) resume();
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [store, library]);

  useEffect(() => {
    if (!address) return;
    let shown = '';
    const sync = (): void => {
      const play = store.getState().lessonPlay;
      const lesson = play && play.status ? { id: play.lesson.id, step: play.stepIndex + 1 } : null;
      const key = lesson ? `${lesson.id}/${lesson.step}` : '';
      if (key === shown) return;
      const hadLesson = shown !== '';
      shown = key;
      // A page that never had a lesson keeps its address as it came.
      if (lesson || hadLesson) window.history.replaceState(window.history.state, '', lessonAddress(window.location.href, lesson));
    };
    sync();
    return store.subscribe((state, previous) => {
      if (state.lessonPlay !== previous.lessonPlay) sync();
    });
  }, [store, address]);
}
