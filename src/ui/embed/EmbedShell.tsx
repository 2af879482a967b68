import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { loadScenarioLoader, loadTemplateToWorld, preloadScenarioLoader, useSim, useSimStore, type SimStore } from '../../store';
import { PlayPauseButton } from '../playback/PlayPauseButton';
import { SimClock } from '../playback/SimClock';
import { SpeedSelect } from '../playback/SpeedSelect';
import { StepButton } from '../playback/StepButton';
import { LensSwitch } from '../shell/LensSwitch';
import { StartupNotice } from '../io/StartupNotice';
import type { ScenarioSource } from '../scenarioSource';
import { Stage } from '../stage/Stage';
import { useShortcuts } from '../shell/useShortcuts';
import { createEmbedController } from './embedController';
import type { EmbedOptions } from './embedOptions';
import type { EmbedTransport } from './embedTransport';
import { tagged } from './embedMessages';
import { openLesson } from './lessonSeam';
import { OpenInApp } from './OpenInApp';
import { startEmbed } from './startEmbed';
import { useVisibilityPause } from './useVisibilityPause';
import '../playback/playback.css';
import '../lessons/lessons.css';
import './embed.css';

const EmbedLesson = lazy(() => import('./EmbedLesson'));

export interface EmbedShellProps {
  readonly options: EmbedOptions;
  readonly source: ScenarioSource;
  readonly transport: EmbedTransport;
  /** The full app's page, for "Open in ECS Orchestra". */
  readonly appUrl: string;
  /** What could not be done as asked, said once above the stage. */
  readonly notices: readonly string[];
  /** The lesson library's folder; `./lessons/` beside the page unless given. */
  readonly lessonsFolder?: string;
}

/** Started once per store: StrictMode runs the effect below twice, and a second start would seek and play again. */
const starts = new WeakMap<SimStore, Promise<readonly string[]>>();

/**
 * An embed: the stage filling its frame, a one-row control bar (`controls`: full, minimal or none) and the link
 * to the full app. Keys act only while focus is inside it; it pauses while scrolled out of view; its API is the
 * controller's, over whatever transport the host gave.
 */
export function EmbedShell({ options, source, transport, appUrl, notices, lessonsFolder = './lessons/' }: EmbedShellProps) {
  const store = useSimStore();
  const theme = useSim((state) => state.theme);
  const lens = useSim((state) => state.lens);
  const title = useSim((state) => state.scenario.title);
  const inLesson = useSim((state) => state.lessonPlay !== null);
  const root = useRef<HTMLDivElement>(null);
  const [said, setSaid] = useState<readonly string[]>(notices);

  useShortcuts(root, store);
  useEffect(preloadScenarioLoader, []);
  useVisibilityPause(root, store);

  useEffect(() => {
    const send = transport.send.bind(transport);
    const onStep = (step: { lesson: string; step: number; title: string }) => send(tagged({ type: 'lessonStep', ...step }));
    const controller = createEmbedController(store, {
      readonly: options.readonly,
      send,
      loadScenario: async (scenario) => {
        if (typeof scenario !== 'string') {
          await loadScenarioLoader();
          return store.getState().loadTemplate(scenario, 'the host page') ? null : (store.getState().loadError?.messages.join(' ') ?? 'The template could not be loaded.');
        }
        const file = /\.(json|ya?ml)$/.test(scenario) ? scenario : `${scenario}.json`;
        try {
          const world = await loadTemplateToWorld(await source.read(file), file);
          if (!world.ok) return world.error.messages.slice(0, 3).join(' ');
          return store.getState().load(world.spec, world.meta) ? null : 'The scenario could not be loaded.';
        } catch (error) {
          return `Could not read the scenario "${file}": ${error instanceof Error ? error.message : String(error)}`;
        }
      },
      loadLesson: (lesson, step) => openLesson(store, { scenarios: source, lessonsFolder }, lesson, step, onStep),
    });
    const stop = transport.listen((data) => controller.handle(data));
    let live = true;
    let start = starts.get(store);
    if (!start) {
      start = startEmbed(store, options, { scenarios: source, lessonsFolder }, onStep);
      starts.set(store, start);
    }
    void start.then((more) => {
      if (!live) return;
      if (more.length > 0) setSaid((before) => [...before, ...more]);
      controller.ready();
    });
    return () => {
      live = false;
      stop();
      controller.destroy();
    };
    // Started once per mounted embed: the options are its start.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, transport]);

  return (
    <div
      ref={root}
      className="app embed"
      data-theme={theme === 'system' ? undefined : theme}
      data-lens={lens}
      data-controls={options.controls}
      role="region"
      aria-label={`ECS Orchestra: ${title}`}
    >
      <div className="embed-body">
        {said.length > 0 ? <StartupNotice notices={said} /> : null}
        <div className="embed-main">
          <Stage />
        </div>
        {inLesson ? (
          <Suspense fallback={null}>
            <EmbedLesson />
          </Suspense>
        ) : null}
        {options.controls === 'none' ? (
          <div className="embed-bar embed-bar-none">
            <OpenInApp appUrl={appUrl} />
          </div>
        ) : (
          <div className="embed-bar" role="group" aria-label="Playback">
            <PlayPauseButton />
            {options.controls === 'full' ? <StepButton /> : null}
            <SpeedSelect />
            <LensSwitch />
            {options.controls === 'full' ? <SimClock /> : null}
            <OpenInApp appUrl={appUrl} />
          </div>
        )}
      </div>
    </div>
  );
}
