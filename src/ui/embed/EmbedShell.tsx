import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { preloadScenarioLoader, useSim, useSimStore } from '../../store';
import { PlayPauseButton } from '../playback/PlayPauseButton';
import { SimClock } from '../playback/SimClock';
import { SpeedSelect } from '../playback/SpeedSelect';
import { StepButton } from '../playback/StepButton';
import { LensSwitch } from '../shell/LensSwitch';
import { StartupNotice } from '../io/StartupNotice';
import type { ScenarioSource } from '../scenarioSource';
import { Stage } from '../stage/Stage';
import { useShortcuts } from '../shell/useShortcuts';
import type { EmbedOptions } from './embedOptions';
import type { EmbedTransport } from './embedTransport';
import { OpenInApp } from './OpenInApp';
import { useEmbedApi } from './useEmbedApi';
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

/**
 * An embed: the stage filling its frame, a one-row control bar (`controls`: full, minimal or none) and the link
 * to the full app. Keys act only while focus is inside it; it pauses while scrolled out of view; its API is the
 * controller's, over whatever transport the host gave, fetched right after the first frame (useEmbedApi.ts).
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

  const addNotices = useCallback((more: readonly string[]) => setSaid((before) => [...before, ...more]), []);
  useEmbedApi(store, { options, source, transport, lessonsFolder }, addNotices);

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
