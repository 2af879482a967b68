/**
 * The dock's Lesson tab: the library when no lesson is open; else the lesson's title, the step being played, and
 * "Close lesson" (the world stays; the library shows again). Once the last step is behind the learner, what comes
 * next in the library.
 */
import { useId, useRef } from 'react';
import { lessonWords } from '../../lens/lessonWords';
import { useSim } from '../../store';
import { LessonPicker } from './LessonPicker';
import { LessonStepView, useFocusOnChange } from './LessonStep';
import './lessons.css';

function Finished() {
  const lens = useSim((state) => state.lens);
  const words = lessonWords(lens);
  const heading = useRef<HTMLHeadingElement>(null);
  const section = useRef<HTMLElement>(null);
  const base = useId();
  useFocusOnChange('finished', heading, section);
  return (
    <section ref={section} className="lesson-finished" aria-labelledby={`${base}-done`}>
      <h3 id={`${base}-done`} ref={heading} tabIndex={-1}>
        <span aria-hidden="true">✓ </span>
        {words.finished}
      </h3>
      <p>{words.finishedText}</p>
    </section>
  );
}

export function LessonPanel() {
  const headingId = useId();
  const play = useSim((state) => state.lessonPlay);
  const lens = useSim((state) => state.lens);
  const close = useSim((state) => state.closeLesson);
  if (play === null) {
    return (
      <div className="side-panel lesson-panel">
        <LessonPicker />
      </div>
    );
  }
  return (
    <section className="side-panel lesson-panel" aria-labelledby={headingId} data-lesson={play.lesson.id}>
      <div className="lesson-head">
        <h2 id={headingId}>{play.lesson.title[lens]}</h2>
        <button type="button" className="button-secondary" onClick={close}>
          Close lesson
        </button>
      </div>
      {play.status ? <LessonStepView status={play.status} count={play.lesson.steps.length} lens={lens} /> : <Finished />}
      {play.status === null ? <LessonPicker /> : null}
    </section>
  );
}
