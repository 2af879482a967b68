import { useEffect, useState } from 'react';
import { SimProvider, type FrameSource } from '../../store';
import { boot, type Boot } from '../bootScenario';
import { DEFAULT_SCENARIO_FILE, type ScenarioSource } from '../scenarioSource';
import type { EmbedOptions } from './embedOptions';
import type { EmbedTransport } from './embedTransport';
import { EmbedShell } from './EmbedShell';

export interface EmbedAppProps {
  readonly options: EmbedOptions;
  readonly source: ScenarioSource;
  readonly transport: EmbedTransport;
  readonly appUrl: string;
  readonly frames?: FrameSource;
  /** The lesson library's folder; `./lessons/` beside the page unless given. */
  readonly lessonsFolder?: string;
}

/**
 * One embed: its own store (several on a page never share a clock), its world booted as the app boots one, paused
 * until its start (time, lesson) is reached; it never touches storage.
 */
export function EmbedApp({ options, source, transport, appUrl, frames, lessonsFolder }: EmbedAppProps) {
  const [state, setState] = useState<Boot>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    void boot(source, options.scenario ?? DEFAULT_SCENARIO_FILE, null).then((next) => {
      if (live) setState(next);
    });
    return () => {
      live = false;
    };
  }, [source, options.scenario]);

  if (state.kind === 'loading') {
    return (
      <div className="app embed">
        <p className="embed-status" role="status">
          Loading ECS Orchestra…
        </p>
      </div>
    );
  }
  if (state.kind === 'failed') {
    return (
      <div className="app embed">
        <div role="alert" className="alert embed-status">
          <p>Could not load {state.error.source}.</p>
          <p>{state.error.messages.slice(0, 3).join(' ')}</p>
        </div>
      </div>
    );
  }
  return (
    <SimProvider
      options={{
        spec: state.spec,
        meta: state.meta,
        playing: false,
        ...(options.speed !== null ? { speed: options.speed } : {}),
        view: { ...(options.lens ? { lens: options.lens } : {}), ...(options.theme ? { theme: options.theme } : {}) },
      }}
      {...(frames ? { frames } : {})}
    >
      <EmbedShell options={options} source={source} transport={transport} appUrl={appUrl} notices={[...options.notices, ...state.notices]} {...(lessonsFolder ? { lessonsFolder } : {})} />
    </SimProvider>
  );
}
