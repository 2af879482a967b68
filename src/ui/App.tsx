import { useEffect, useState } from 'react';
import type { ScenarioSpec } from '../engine/spec';
import { SimProvider, templateToWorld, type FrameSource, type LoadError, type ScenarioMeta } from '../store';
import type { Startup } from '../app/startup';
import { AppShell } from './AppShell';
import { DEFAULT_SCENARIO_FILE, fetchScenarioSource, type ScenarioEntry, type ScenarioSource } from './scenarioSource';

export interface AppProps {
  /** Start playing as soon as the default scenario is loaded. */
  readonly autoplay?: boolean;
  /** What the page's address asked for (scenario, speed, lens, theme, motion, rate); overrides `autoplay`. */
  readonly startup?: Startup;
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

async function boot(source: ScenarioSource, file: string, rate: number | null): Promise<Boot> {
  const [list, text] = await Promise.allSettled([source.list(), source.read(file)]);
  if (text.status === 'rejected') {
    if (file !== DEFAULT_SCENARIO_FILE) return boot(source, DEFAULT_SCENARIO_FILE, rate);
    return { kind: 'failed', error: { source: file, messages: [message(text.reason)] } };
  }
  const world = templateToWorld(text.value, file);
  if (!world.ok) {
    if (file !== DEFAULT_SCENARIO_FILE) return boot(source, DEFAULT_SCENARIO_FILE, rate);
    return { kind: 'failed', error: world.error };
  }
  const spec = rate !== null && world.spec.traffic ? { ...world.spec, traffic: { ...world.spec.traffic, rate } } : world.spec;
  return {
    kind: 'ready',
    spec,
    meta: world.meta,
    entries: list.status === 'fulfilled' ? list.value : [],
    listError: list.status === 'rejected' ? message(list.reason) : null,
  };
}

export function App({ autoplay: autoplayProp = true, startup, source: givenSource, frames }: AppProps) {
  const [source] = useState(() => givenSource ?? fetchScenarioSource());
  const [state, setState] = useState<Boot>({ kind: 'loading' });
  const autoplay = startup?.autoplay ?? autoplayProp;
  const file = startup?.scenario ?? DEFAULT_SCENARIO_FILE;
  const rate = startup?.rate ?? null;

  useEffect(() => {
    let live = true;
    void boot(source, file, rate).then((next) => {
      if (live) setState(next);
    });
    return () => {
      live = false;
    };
  }, [source, file, rate]);

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
    <SimProvider
      options={{
        spec: state.spec,
        meta: state.meta,
        playing: autoplay,
        ...(startup?.speed ? { speed: startup.speed } : {}),
        view: {
          ...(startup?.lens ? { lens: startup.lens } : {}),
          ...(startup?.theme ? { theme: startup.theme } : {}),
          ...(startup?.motion ? { motion: startup.motion } : {}),
        },
      }}
      {...(frames ? { frames } : {})}
    >
      <AppShell source={source} entries={state.entries} listError={state.listError} />
    </SimProvider>
  );
}
