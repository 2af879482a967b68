/**
 * The lesson an embed plays (`lesson=`, or a `loadLesson` message): the step the lesson tab shows, under the stage.
 * Loaded with the first lesson, so an embed without one never downloads it.
 */
import { useSim } from '../../store';
import { LessonStepView } from '../lessons/LessonStep';

export default function EmbedLesson() {
  const play = useSim((state) => state.lessonPlay);
  const lens = useSim((state) => state.lens);
  if (!play) return null;
  return (
    <section className="embed-lesson" aria-label={`Lesson: ${play.lesson.title[lens]}`}>
      {play.status ? <LessonStepView status={play.status} count={play.lesson.steps.length} lens={lens} focusFromPage={false} /> : <p className="lesson-finished">{play.lesson.title[lens]}: finished.</p>}
    </section>
  );
}
