/**
 * What an embed does once its first world is on screen, in order: open an inline world (a share link's), open the
 * lesson at its step, or else run to the start time `t`, then play if asked. Each step that cannot be done is said, not thrown.
 * It starts with the embed, not with its API (which comes after the first frame); what opens an inline world and
 * the lesson's seam are fetched only for those.
 */
import type { SimStore } from '../../store';
import type { EmbedOptions } from './embedOptions';
import { seekTo } from './embedSeek';
import type { LessonPlace, LessonStepSaid } from './lessonSeam';

function reason(thrown: unknown): string {
  return thrown instanceof Error ? thrown.message : String(thrown);
}

export async function startEmbed(store: SimStore, options: EmbedOptions, lessons: LessonPlace, onStep: (said: LessonStepSaid) => void): Promise<readonly string[]> {
  const notices: string[] = [];
  const said = (text: string | null) => {
    if (text !== null) notices.push(text);
  };
  if (options.inline !== null) {
    try {
      const { openInline } = await import('./embedInline');
      said(await openInline(store, options.inline, { lens: options.lens !== null, speed: options.speed !== null }));
    } catch (thrown) {
      said(`The inline world could not be opened (${reason(thrown)}).`);
    }
  }
  if (options.lesson !== null) {
    try {
      const { openLesson } = await import('./lessonSeam');
      said(await openLesson(store, lessons, options.lesson, options.step, onStep));
    } catch (thrown) {
      said(`Could not open the lesson "${options.lesson}" (${reason(thrown)}), so the scenario plays without it.`);
    }
  }
  // A lesson's step sets its moment (the steps before it are played): a start time would skip past what it asks.
  const inLesson = store.getState().lessonPlay !== null;
  if (options.t !== null && inLesson) said(`t=${options.t} is not used with a lesson: the lesson's step sets the moment.`);
  else if (options.t !== null) await seekTo(store, Math.round(options.t * 1000));
  if (options.autoplay) store.getState().play();
  return notices;
}
