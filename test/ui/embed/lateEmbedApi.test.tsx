// @vitest-environment jsdom
/**
 * An embed's API (its controller) is not in its first picture: it is fetched right after the first frame
 * (src/ui/embed/useEmbedApi.ts). The start (`t=`) still runs as the embed mounts; what the host sends before the API
 * is in waits in the transport and is obeyed in order once the start is done; `ready` comes then; and the host hears
 * the events from where the first frame was. Its own file, so the first frame has not been painted when the embed
 * mounts; here the test says when it is.
 */
import { act, render, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSimStore, SimProvider } from '../../../src/store';
import { firstFramePainted, isFirstFramePainted } from '../../../src/ui/afterFirstFrame';
import { EmbedShell } from '../../../src/ui/embed/EmbedShell';
import type { Outgoing } from '../../../src/ui/embed/embedMessages';
import { parseEmbedOptions, type EmbedParam } from '../../../src/ui/embed/embedOptions';
import { createInbox, type EmbedTransport } from '../../../src/ui/embed/embedTransport';
import type { ScenarioSource } from '../../../src/ui/scenarioSource';
import { manualFrames } from '../../store/manualFrames';
import { tinySpec } from '../../store/tinySpec';
import { installBrowserStubs } from '../stage/jsdomStubs';

// The stage does not say when its first picture is painted: the test does (afterFirstFrame's own fallback is 1.5 s away).
vi.mock('../../../src/ui/stage/firstPicture', () => ({ watchFirstPicture: () => () => {} }));

const noSource: ScenarioSource = { list: () => Promise.resolve([]), read: () => Promise.reject(new Error('not used')) };
/** The first import of a module under the test runner can take a moment on a busy machine. */
const LAZY = { timeout: 8000 };

beforeEach(() => installBrowserStubs());
afterEach(() => vi.restoreAllMocks());

function mountEmbed(params: Partial<Record<EmbedParam, string>>) {
  const store = createSimStore({ spec: tinySpec(), playing: false });
  const said: Outgoing[] = [];
  const inbox = createInbox();
  const transport: EmbedTransport = { send: (message) => said.push(message), listen: (handle) => inbox.listen(handle) };
  const options = parseEmbedOptions((name) => params[name] ?? null);
  const mountedAt = store.getState().log.at(-1)?.seq ?? 0;
  render(
    <SimProvider store={store} frames={manualFrames()}>
      <EmbedShell options={options} source={noSource} transport={transport} appUrl="https://example.com/ecs-orchestra/" notices={options.notices} />
    </SimProvider>,
  );
  return { store, said, mountedAt, host: (data: unknown) => inbox.deliver(data) };
}

describe('the embed’s API after its first frame', () => {
  it('starts at t= at once, keeps what the host sent before it was in, obeys it in order after the start, and says ready', async () => {
    const { store, said, mountedAt, host } = mountEmbed({ t: '30' });
    const answers = Promise.all([
      host({ ecsOrchestra: 1, type: 'setLens', lens: 'orchestra' }),
      host({ ecsOrchestra: 1, type: 'setSpeed', speed: 4 }),
      host({ ecsOrchestra: 1, type: 'play' }),
    ]);
    // The start runs without the API: the world reaches 30 s before the first frame lets the API in.
    await waitFor(() => expect(store.getState().now).toBe(30_000), LAZY);
    await act(() => new Promise((resolve) => setTimeout(resolve, 100)));
    expect(isFirstFramePainted()).toBe(false);
    expect(said.filter((message) => message.type === 'ready')).toEqual([]);
    expect(store.getState()).toMatchObject({ lens: 'aws', speed: 1, playing: false });
    const early = store.getState().log.filter((entry) => entry.seq > mountedAt);
    expect(early.length).toBeGreaterThan(0);

    act(() => firstFramePainted());
    await waitFor(() => expect(said.find((message) => message.type === 'ready')).toEqual({ ecsOrchestra: 1, type: 'ready', title: 'Tiny stage', state: { playing: false, speed: 1, lens: 'aws', t: 30 } }), LAZY);
    expect(await answers).toEqual([null, null, null]);
    expect(store.getState()).toMatchObject({ lens: 'orchestra', speed: 4, playing: true });
    // In the order sent: the lens, then the speed, then play (each said at once as a state).
    expect(said.filter((message) => message.type === 'state').map((message) => message.type === 'state' && message.state)).toEqual([
      { playing: false, speed: 1, lens: 'orchestra', t: 30 },
      { playing: false, speed: 4, lens: 'orchestra', t: 30 },
      { playing: true, speed: 4, lens: 'orchestra', t: 30 },
    ]);
    // The host hears the events of the start too, from where the first frame was.
    await waitFor(() => expect(said.some((message) => message.type === 'events')).toBe(true), LAZY);
    const told = said.flatMap((message) => (message.type === 'events' ? message.events : []));
    expect(told.slice(0, early.length)).toEqual(early.map((entry) => entry.event));
  });
});
