import { useEffect, useState } from 'react';
import type { ScenarioSpec } from '../engine/spec';
import { SimProvider, templateToWorld, type FrameSource, type LoadError, type ScenarioMeta } from '../store';
import { AppShell } from './AppShell';
import { DEFAULT_SCENARIO_FILE, fetchScenarioSource, type ScenarioEntry, type ScenarioSource } from './scenarioSource';

export interface AppProps {
  /** Start playing as soon as the default scenario is loaded. */
  readonly autoplay?: boolean;
  readonly source?: ScenarioSource;
  readonly frames?: FrameSource;
}

type Boot =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly error: LoadError }
  | {
      readonly kind: 'ready';
      readonly spec: ScenarioSpec;
      readonly meta: Partial<ScenarioMeta>;
      readonly entries: readonly ScenarioEntry[];
      readonly listError: string | null;
    };

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function boot(source: ScenarioSource): Promise<Boot> {
  const [list, text] = await Promise.allSettled([source.list(), source.read(DEFAULT_SCENARIO_FILE)]);
  if (text.status === 'rejected') {
    return { kind: 'failed', error: { source: DEFAULT_SCENARIO_FILE, messages: [message(text.reason)] } };
  }
  const world = templateToWorld(text.value, DEFAULT_SCENARIO_FILE);
  if (!world.ok) return { kind: 'failed', error: world.error };
  return {
    kind: 'ready',
    spec: world.spec,
    meta: world.meta,
    entries: list.status === 'fulfilled' ? list.value : [],
    listError: list.status === 'rejected' ? message(list.reason) : null,
  };
}

export function App({ autoplay = true, source: givenSource, frames }: AppProps) {
  const [source] = useState(() => givenSource ?? fetchScenarioSource());
  const [state, setState] = useState<Boot>({ kind: 'loading' });

  useEffect(() => {
    let live = true;
    void boot(source).then((next) => {
      if (live) setState(next);
    });
    return () => {
      live = false;
    };
  }, [source]);

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
  return (
    <SimProvider options={{ spec: state.spec, meta: state.meta, playing: autoplay }} {...(frames ? { frames } : {})}>
      <AppShell source={source} entries={state.entries} listError={state.listError} />
    </SimProvider>
  );
}
