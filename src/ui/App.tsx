import { useEffect, useState } from 'react';
import type { Lens } from '../lens/vocabulary';
import { preloadScenarioLoader, SimProvider, type FrameSource, type MotionChoice, type ThemeChoice } from '../store';
import { AppShell } from './shell/AppShell';
import { SessionContext, type SessionContextValue } from '../session/SessionContext';
import { startSession, type SessionStart, type SessionStartOptions } from '../session/startSession';
import { DEFAULT_SCENARIO_FILE, fetchScenarioSource, type ScenarioSource } from './scenarioSource';
import { boot, NO_SESSION, type Boot } from './bootScenario';
import { createProgressStore, type ProgressStore } from '../session/progress/progressStore';
import { fetchLessonSource, loadLibraryLesson, type LessonLibrary, type LessonSource, type LessonStart } from './lessons/index';

/** What the page's address asked for at startup (src/app/startup.ts reads it); null where it asked for nothing. */
export interface Startup {
  readonly autoplay: boolean;
  readonly scenario: string | null;
  readonly speed: number | null;
  readonly lens: Lens | null;
  readonly theme: ThemeChoice | null;
  readonly motion: MotionChoice | null;
  /** Overrides the scenario's traffic rate (requests per second); at most the limit. */
  readonly rate: number | null;
  /** A lesson of the library and its step (from 1) to open at. */
  readonly lesson?: { readonly id: string; readonly step: number } | null;
  /** What the address asked for that the app does not do as asked, in sentences for the page. */
  readonly notices: readonly string[];
}

export interface AppProps {
  /** Start playing as soon as the default scenario is loaded. */
  readonly autoplay?: boolean;
  /** What the page's address asked for (scenario, speed, lens, theme, motion, rate); overrides `autoplay`. */
  readonly startup?: Startup;
  readonly source?: ScenarioSource;
  /** Where the lesson library comes from (public/lessons/ unless a test says otherwise). */
  readonly lessons?: LessonSource;
  /** Where lesson progress is kept; by default the session's storage (memory only without one). */
  readonly progress?: ProgressStore;
  readonly frames?: FrameSource;
  /** Autosave and share links (the full page only; embeds and tests leave it out and never touch storage). */
  readonly session?: SessionStartOptions;
}

/**
 * Startup reads (and may move) the save once per page: StrictMode runs the effect below twice, and a second read
 * would find the save already set aside and say nothing about it.
 */
const started = new WeakMap<SessionStartOptions, Promise<SessionStart>>();

function startOnce(options: SessionStartOptions, explicitScenario: boolean): Promise<SessionStart> {
  let start = started.get(options);
  if (!start) {
    start = startSession(options, explicitScenario);
    started.set(options, start);
    // Only while pending: a later mount with the same options (another test, a remount) reads storage afresh.
    void start.finally(() => started.delete(options));
  }
  return start;
}

/** The first world, and a deep link's lesson to open at its step once the app is mounted. */
type AppBoot = Exclude<Boot, { kind: 'ready' }> | (Extract<Boot, { kind: 'ready' }> & { readonly lesson: LessonStart | null });

/** A deep link's lesson: its world booted (the lesson then opens at its step), or the default world, saying why not. */
async function bootLesson(source: ScenarioSource, lessons: LessonSource, link: NonNullable<Startup['lesson']>, rate: number | null, play: boolean): Promise<AppBoot> {
  const loaded = await loadLibraryLesson(link.id, lessons, source);
  const booted = await boot(source, loaded.ok ? (loaded.lesson.scenarioFile ?? DEFAULT_SCENARIO_FILE) : DEFAULT_SCENARIO_FILE, rate);
  if (booted.kind !== 'ready') return booted;
  if (!loaded.ok) return { ...booted, lesson: null, notices: [`Could not open the lesson "${link.id}" (${loaded.messages.slice(0, 3).join(' ')}), so the default scenario is open instead.`] };
  const count = loaded.lesson.steps.length;
  const notices = link.step > count ? [`The lesson "${link.id}" has ${count} steps, so it opens at step ${count}.`] : [];
  return { ...booted, spec: loaded.lesson.spec, notices, lesson: { lesson: loaded.lesson, step: Math.min(link.step, count) - 1, play } };
}

async function bootWorld(source: ScenarioSource, file: string, rate: number | null): Promise<AppBoot> {
  const booted = await boot(source, file, rate);
  return booted.kind === 'ready' ? { ...booted, lesson: null } : booted;
}

export function App({ autoplay: autoplayProp = true, startup, source: givenSource, lessons: givenLessons, progress, frames, session }: AppProps) {
  const [source] = useState(() => givenSource ?? fetchScenarioSource());
  const [library] = useState<LessonLibrary>(() => ({
    lessons: givenLessons ?? fetchLessonSource(),
    scenarios: source,
    progress: progress ?? createProgressStore({ storage: session?.autosave.storage ?? null }),
  }));
  const lessonLink = startup?.lesson ?? null;
  const [state, setState] = useState<AppBoot>({ kind: 'loading' });
  const autoplay = startup?.autoplay ?? autoplayProp;
  const file = startup?.scenario ?? DEFAULT_SCENARIO_FILE;
  const rate = startup?.rate ?? null;

  useEffect(() => {
    let live = true;
    // A share link, else the autosave (only when the address names no scenario), may replace the world booted here.
    const starting = session ? startOnce(session, startup?.scenario != null || lessonLink !== null) : Promise.resolve(NO_SESSION);
    // A save at the linked lesson's very step is restored instead (its lesson resumes from it): no need to boot that.
    const booting =
      lessonLink === null
        ? bootWorld(source, file, rate)
        : starting.then((start) => (start.session === null ? bootLesson(source, library.lessons, lessonLink, rate, autoplay) : bootWorld(source, file, rate)));
    // Saved lesson progress is read before the app shows (only when there is some: see progressStore.ts).
    void Promise.all([booting, starting, library.progress.ready]).then(([next, start]) => {
      if (live) setState(next.kind === 'ready' ? { ...next, start } : next);
    });
    return () => {
      live = false;
    };
    // The session options are read once, at startup.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [source, file, rate, library, lessonLink?.id, lessonLink?.step]);

  // The loader is not on the first frame (a bundled world comes built); it is fetched once the page is idle.
  const ready = state.kind === 'ready';
  useEffect(() => (ready ? preloadScenarioLoader() : undefined), [ready]);

  if (state.kind === 'loading') {
    return (
      <main className="boot">
        <h1>ECS Orchestra</h1>
        <p role="status">Loading the default scenario…</p>
      </main>
    );
  }
  if (state.kind === 'failed') {
    return (
      <main className="boot">
        <h1>ECS Orchestra</h1>
        <div role="alert" className="alert">
          <p>Could not load {state.error.source}.</p>
          <ul>
            {state.error.messages.map((text, index) => (
              <li key={index}>{text}</li>
            ))}
          </ul>
        </div>
      </main>
    );
  }
  const restore = state.start.session;
  const sessionContext: SessionContextValue | null = session
    ? {
        // A save that could be neither read nor moved must not be written over: this visit then saves nothing.
        autosave: state.start.autosaveOff === null ? session.autosave : { ...session.autosave, storage: null },
        autosaveOff: state.start.autosaveOff,
        restore,
        notice: state.start.notice,
        readDefault: async () => ({ text: await source.read(DEFAULT_SCENARIO_FILE), file: DEFAULT_SCENARIO_FILE }),
        storage: session.autosave,
      }
    : null;
  return (
    <SessionContext.Provider value={sessionContext}>
      <SimProvider
        options={{
          // A restored world starts from its scenario and seed, paused; SessionNotice replays its commands.
          spec: restore ? restore.spec : state.spec,
          meta: restore ? { title: restore.title, warnings: restore.warnings, notSimulated: restore.notSimulated, source: null } : state.meta,
          ...(restore ? { seed: restore.seed } : {}),
          playing: restore ? false : autoplay,
          ...(restore?.view ? { speed: restore.view.speed } : {}),
          ...(startup?.speed ? { speed: startup.speed } : {}),
          view: {
            ...(restore?.view ? { lens: restore.view.lens } : {}),
            ...(startup?.lens ? { lens: startup.lens } : {}),
            ...(startup?.theme ? { theme: startup.theme } : {}),
            ...(startup?.motion ? { motion: startup.motion } : {}),
          },
        }}
        {...(frames ? { frames } : {})}
      >
        <AppShell
          source={source}
          entries={state.entries}
          listError={state.listError}
          notices={[...(startup?.notices ?? []), ...state.notices]}
          lessons={library}
          startLesson={restore ? null : state.lesson}
        />
      </SimProvider>
    </SessionContext.Provider>
  );
}
