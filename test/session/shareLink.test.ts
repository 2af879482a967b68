/**
 * Share links in Node's own CompressionStream: a round trip, a world too big for a link, a damaged fragment.
 */
import { describe, expect, it } from 'vitest';
import { createSimStore } from '../../src/store';
import { openSessionInStore, sessionDocOf } from '../../src/session/storeSession';
import { buildShareLink, decodeSession, MAX_SHARE_URL_LENGTH, shareFragment } from '../../src/session/shareLink';
import { loadedTinySpec as tinySpec, WEB_TRAFFIC } from './loadedTinySpec';

const PAGE = 'https://example.org/ecs-orchestra/?speed=10#old';

function busyStore() {
  const store = createSimStore({ spec: tinySpec({ traffic: WEB_TRAFFIC }) });
  store.getState().advanceTo(40_000);
  store.getState().dispatch({ do: 'crashTask', task: 'WebService-1' });
  store.getState().advanceTo(52_500);
  return store;
}

describe('share links', () => {
  it('opens the same world at the same moment', async () => {
    const store = busyStore();
    const link = await buildShareLink(sessionDocOf(store.getState()), PAGE);
    if (!link.ok) throw new Error('expected a link');
    expect(link.url.startsWith('https://example.org/ecs-orchestra/?speed=10#s=')).toBe(true);
    expect(link.url.length).toBeLessThanOrEqual(MAX_SHARE_URL_LENGTH);
    const encoded = shareFragment(new URL(link.url).hash);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    const opened = await decodeSession(encoded ?? '');
    expect(opened.ok).toBe(true);
    const restored = createSimStore({ spec: tinySpec() });
    const reopened = openSessionInStore(restored, sessionDocOf(store.getState()));
    expect(reopened.ok && (await reopened.replay)).toBe('done');
    expect(restored.getState().now).toBe(52_500);
    expect(restored.getState().exportEventLog()).toBe(store.getState().exportEventLog());
  });

  it('says when a world is too big for a link', async () => {
    const store = busyStore();
    // Values that do not compress: a long run of distinct, arbitrary request paths.
    let x = 12345;
    const next = () => (x = (x * 1103515245 + 12345) % 2147483648).toString(36);
    for (let i = 0; i < 400; i++) store.getState().dispatch({ do: 'request', path: `/web/${next()}${next()}`, headers: { 'x-id': next() + next() } });
    const link = await buildShareLink(sessionDocOf(store.getState()), PAGE);
    expect(link).toMatchObject({ ok: false, tooBig: true, limit: MAX_SHARE_URL_LENGTH });
    if (!link.ok) expect(link.length).toBeGreaterThan(MAX_SHARE_URL_LENGTH);
  });

  it('reports a damaged fragment instead of crashing', async () => {
    const link = await buildShareLink(sessionDocOf(busyStore().getState()), PAGE);
    if (!link.ok) throw new Error('expected a link');
    const encoded = shareFragment(new URL(link.url).hash) ?? '';
    for (const damaged of [encoded.slice(0, encoded.length / 2), 'not base64!', 'AAAA', '']) {
      const opened = await decodeSession(damaged);
      expect(opened.ok).toBe(false);
      if (!opened.ok) expect(opened.errors[0]?.message).toMatch(/damaged or incomplete|not a session/);
    }
    expect(shareFragment('#speed=1')).toBeNull();
  });
});
