/**
 * The lesson library: each bundled lesson with what is done and what comes next, and a button that opens it (its
 * scenario loads and step 1 starts; a lesson left half-way continues at the step the learner was on). Progress is
 * exported and imported as a file from here.
 */
import { useEffect, useId, useState, useSyncExternalStore } from 'react';
import type { LessonIndexEntry } from '../../lessons';
import { lessonWords } from '../../lens/lessonWords';
import { lessonProgress, type LessonProgress } from '../../session/progress/progressDoc';
import { useSim, useSimStore } from '../../store';
import { useLessonLibrary, type LessonLibrary } from './LessonLibraryContext';
import { loadLibraryLesson } from './lessonSource';
import { ProgressFiles } from './ProgressFiles';

type Listing = { readonly kind: 'loading' } | { readonly kind: 'failed'; readonly reason: string } | { readonly kind: 'ready'; readonly entries: readonly LessonIndexEntry[] };

function useListing(library: LessonLibrary): Listing {
  const [listing, setListing] = useState<Listing>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    library.lessons.list().then(
      (entries) => live && setListing({ kind: 'ready', entries }),
      (error: unknown) => live && setListing({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [library]);
  return listing;
}

function stepsDone(progress: LessonProgress): number {
  return Object.values(progress.steps).filter((step) => step.doneAt !== null).length;
}

function stateText(progress: LessonProgress, next: boolean): string {
  if (progress.finishedAt !== null) return 'Done';
  const done = stepsDone(progress);
  if (done > 0) return `In progress: ${done} ${done === 1 ? 'step' : 'steps'} done${next ? ', up next' : ''}`;
  return next ? 'Up next' : 'Not started';
}

export function LessonPicker() {
  const library = useLessonLibrary();
  if (library === null) return <p className="muted">No lesson library here.</p>;
  return <Library library={library} />;
}

function Library({ library }: { readonly library: LessonLibrary }) {
  const store = useSimStore();
  const lens = useSim((state) => state.lens);
  const words = lessonWords(lens);
  const headingId = useId();
  const listing = useListing(library);
  const progress = useSyncExternalStore(library.progress.subscribe, library.progress.get, library.progress.get);
  const problem = useSyncExternalStore(library.progress.subscribe, library.progress.problem, library.progress.problem);
  const [opening, setOpening] = useState<string | null>(null);
  const [failure, setFailure] = useState<readonly string[]>([]);

  const open = async (entry: LessonIndexEntry, step: number) => {
    setOpening(entry.id);
    setFailure([]);
    const loaded = await loadLibraryLesson(entry.id, library.lessons, library.scenarios);
    setOpening(null);
    if (!loaded.ok) {
      setFailure(loaded.messages);
      return;
    }
    const state = store.getState();
    if (state.openLesson(loaded.lesson, { step })) state.play();
    else setFailure(state.loadError?.messages ?? ['The lesson\'s world could not be started.']);
  };

  const entries = listing.kind === 'ready' ? listing.entries : [];
  const next = entries.find((entry) => lessonProgress(progress, entry.id).finishedAt === null)?.id ?? null;

  return (
    <section className="lesson-library" aria-labelledby={headingId}>
      <h2 id={headingId}>{words.library}</h2>
      <p className="muted">{words.libraryIntro}</p>
      {problem?.kind === 'unreadable' ? (
        <p className="lesson-problem" role="alert">
          Your lesson progress could not be read: {problem.reason}{' '}
          {problem.keptAs !== null
            ? `It is kept in this browser's storage under "${problem.keptAs}", and progress starts afresh.`
            : 'It is left where it was, and this visit keeps its progress only until the page closes.'}
        </p>
      ) : null}
      {problem?.kind === 'unsaved' ? (
        <p className="lesson-problem" role="alert">
          Progress is not being saved: {problem.reason}. Export it to keep it.
        </p>
      ) : null}
      {listing.kind === 'loading' ? <p className="muted">Loading the lessons…</p> : null}
      {listing.kind === 'failed' ? <p role="alert">The lessons could not be listed: {listing.reason}</p> : null}
      {failure.length > 0 ? (
        <div role="alert" className="lesson-problem">
          <p>The lesson could not be opened:</p>
          <ul>
            {failure.map((text, i) => (
              <li key={i}>{text}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <ol className="lesson-list">
        {entries.map((entry) => {
          const own = lessonProgress(progress, entry.id);
          const done = own.finishedAt !== null;
          const started = !done && stepsDone(own) > 0;
          const action = done ? 'Play again' : started ? `Continue at step ${own.lastStep + 1}` : 'Start';
          return (
            <li key={entry.id} className="lesson-entry" data-lesson={entry.id} data-state={done ? 'done' : entry.id === next ? 'next' : started ? 'started' : 'new'}>
              <h3>{entry.title[lens]}</h3>
              <p className="lesson-entry-state">
                <span aria-hidden="true">{done ? '✓ ' : entry.id === next ? '→ ' : ''}</span>
                {stateText(own, entry.id === next)}
              </p>
              <p className="lesson-entry-summary">{entry.summary[lens]}</p>
              <button
                type="button"
                className={entry.id === next ? 'primary' : undefined}
                disabled={opening !== null}
                aria-label={`${opening === entry.id ? 'Opening' : action}: ${entry.title[lens]}`}
                onClick={() => void open(entry, started ? own.lastStep : 0)}
              >
                {opening === entry.id ? 'Opening…' : action}
              </button>
            </li>
          );
        })}
      </ol>
      <ProgressFiles progress={library.progress} />
    </section>
  );
}
