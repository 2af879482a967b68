// @vitest-environment jsdom
/**
 * When the embed's API cannot be fetched after the first frame (the network dropped), a message from the host is
 * answered with why and changes nothing, and the next one tries again: once the API is in, it is obeyed and the
 * embed says `ready`.
 */
import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSimStore, SimProvider } from '../../../src/store';
import { EmbedShell } from '../../../src/ui/embed/EmbedShell';
import type { Outgoing } from '../../../src/ui/embed/embedMessages';
import { parseEmbedOptions } from '../../../src/ui/embed/embedOptions';
import { createInbox, type EmbedTransport } from '../../../src/ui/embed/embedTransport';
import type { ScenarioSource } from '../../../src/ui/scenarioSource';
import { manualFrames } from '../../store/manualFrames';
import { tinySpec } from '../../store/tinySpec';
import { installBrowserStubs } from '../stage/jsdomStubs';

const offline = vi.hoisted(() => ({ fetches: 2 }));
// The first two fetches of the API fail, as a dropped connection would (the one after the first frame and the one
// the first message tries); the next one gets it.
vi.mock('../../../src/ui/embed/embedApi', async (importOriginal) => {
  if (offline.fetches-- > 0) throw new Error('Failed to fetch dynamically imported module');
  return importOriginal();
});

const noSource: ScenarioSource = { list: () => Promise.resolve([]), read: () => Promise.reject(new Error('not used')) };

beforeEach(() => installBrowserStubs());
afterEach(() => vi.restoreAllMocks());

describe('the embed’s API when it cannot be fetched', () => {
  it('answers a message with why while it cannot, and tries again with the next', async () => {
    const store = createSimStore({ spec: tinySpec(), playing: false });
    const said: Outgoing[] = [];
    const inbox = createInbox();
    const transport: EmbedTransport = { send: (message) => said.push(message), listen: (handle) => inbox.listen(handle) };
    const options = parseEmbedOptions(() => null);
    render(
      <SimProvider store={store} frames={manualFrames()}>
        <EmbedShell options={options} source={noSource} transport={transport} appUrl="https://example.com/" notices={[]} />
      </SimProvider>,
    );
    // The fetch after the first frame fails, and so does the one this message tries: it is answered with why, and
    // nothing changes.
    let first: string | null = null;
    await act(async () => {
      first = await inbox.deliver({ ecsOrchestra: 1, type: 'setLens', lens: 'orchestra' });
    });
    expect(offline.fetches).toBe(0);
    expect(first).toMatch(/^The embed could not load its API \(.+\); try again\.$/);
    expect(said.filter((message) => message.type === 'error').at(-1)).toMatchObject({ ecsOrchestra: 1, type: 'error', message: first });
    expect(said.some((message) => message.type === 'ready')).toBe(false);
    expect(store.getState().lens).toBe('aws');
    // The next message fetches it again, and is obeyed; the embed is ready.
    let second: string | null = 'not answered';
    await act(async () => {
      second = await inbox.deliver({ ecsOrchestra: 1, type: 'play' });
    });
    expect(second).toBeNull();
    expect(store.getState().playing).toBe(true);
    expect(said.filter((message) => message.type === 'ready')).toHaveLength(1);
  });
});
