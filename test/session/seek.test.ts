/**
 * A share link or a saved session at one simulated week: the replay to its moment goes in slices (the store's seek),
 * says how far it has got, can be cancelled (the world stays where it got to, a consistent run up to there), and gives
 * the same world and log as replaying in one go.
 */
import { describe, expect, it } from 'vitest';
import { createSimStore, type SeekProgress } from '../../src/store';
import { openSessionInStore, replayInStore, sessionDocOf } from '../../src/session/storeSession';
import { buildShareLink, decodeSession, shareFragment } from '../../src/session/shareLink';
import { openSession, type SessionDoc } from '../../src/session/sessionDoc';
import { loadedTinySpec as tinySpec } from './loadedTinySpec';

const WEEK_MS = 7 * 24 * 3600 * 1000;

/** A session at one simulated week: a world with traffic and a few commands early on, opened a week later. */
function weekLong(): SessionDoc {
  const store = createSimStore({ spec: tinySpec({ traffic: { rate: 20, mix: [{ path: '/web/home' }, { path: '/missing', weight: 0.2 }] } }) });
  store.getState().advanceTo(40_000);
  store.getState().dispatch({ do: 'crashTask', task: 'WebService-1' });
  store.getState().advanceTo(90_000);
  store.getState().dispatch({ do: 'setDesiredCount', service: 'WebService', count: 3 });
  return { ...sessionDocOf(store.getState()), atMs: WEEK_MS };
}

/** Between slices: records the progress, and cancels after `cancelAfter` pauses. */
function watcher(store: ReturnType<typeof createSimStore>, cancelAfter = Infinity) {
  const seen: SeekProgress[] = [];
  const pause = async () => {
    const progress = store.getState().seeking;
    if (progress) seen.push(progress);
    if (seen.length >= cancelAfter) store.getState().cancelSeek();
    await Promise.resolve();
  };
  return { seen, pause };
}

// Slices of 20,000 entries, whatever the machine's clock says: the test's slices are the same on any machine.
const budget = { maxEvents: 20_000, sliceEvents: 5_000, wallMs: Infinity };

describe('seeking to a share link a week in', () => {
  it('shows its progress slice by slice and can be cancelled: the world stays where it got to, paused', async () => {
    const started = Date.now();
    const link = await buildShareLink(weekLong(), 'https://example.org/');
    if (!link.ok) throw new Error('expected a link');
    const opened = await decodeSession(shareFragment(new URL(link.url).hash) ?? '');
    if (!opened.ok) throw new Error(JSON.stringify(opened.errors));
    const store = createSimStore({ spec: opened.spec, seed: opened.seed, playing: true });
    const { seen, pause } = watcher(store, 5);

    const outcome = await replayInStore(store, opened, 'the shared world', { budget, pause });

    expect(outcome).toBe('cancelled');
    expect(seen.map((p) => [p.what, p.from, p.to])).toEqual(Array.from({ length: 5 }, () => ['the shared world', 0, WEEK_MS]));
    const at = seen.map((p) => p.at);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(new Set(at).size).toBe(5);
    const state = store.getState();
    expect(state.seeking).toBeNull();
    expect(state.playing).toBe(false);
    expect(state.now).toBe(state.sim.now());
    expect(state.now).toBeGreaterThanOrEqual(at[4]!);
    expect(state.now).toBeLessThan(WEEK_MS / 10);
    // Both commands were before the point reached: the world is the link's, up to there.
    expect(state.sim.commandLog().map((c) => c.atMs)).toEqual([40_000, 90_000]);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('stopped early, it is a run like any other: the same log as replaying to that moment in one go', async () => {
    const opened = openSession(JSON.parse(JSON.stringify(weekLong())) as unknown);
    if (!opened.ok) throw new Error(JSON.stringify(opened.errors));
    const store = createSimStore({ spec: opened.spec, seed: opened.seed });
    await replayInStore(store, opened, 'the session', { budget, pause: watcher(store, 3).pause });
    const stoppedAt = store.getState().now;

    const again = createSimStore({ spec: opened.spec, seed: opened.seed });
    for (const { atMs, command } of opened.commands) {
      again.getState().advanceTo(atMs);
      again.getState().dispatch(command);
    }
    again.getState().advanceTo(stoppedAt);
    expect(store.getState().exportEventLog()).toBe(again.getState().exportEventLog());
    expect(store.getState().snapshot).toEqual(again.getState().snapshot);
  });

  it('while it seeks, play, step, commands and edits wait; a second seek is refused', async () => {
    const opened = openSession(JSON.parse(JSON.stringify(weekLong())) as unknown);
    if (!opened.ok) throw new Error(JSON.stringify(opened.errors));
    const store = createSimStore({ spec: opened.spec, seed: opened.seed });
    const tried: unknown[] = [];
    const pause = async () => {
      const state = store.getState();
      state.play();
      state.togglePlaying();
      state.step();
      state.dispatch({ do: 'setDesiredCount', service: 'WebService', count: 1 });
      tried.push(state.edit({ do: 'setDesiredCount', service: 'WebService', count: 1 }, 'Set desired count').ok);
      await expect(state.seek({ commands: [], atMs: 1, what: 'another' })).rejects.toThrow('A seek is already running.');
      state.cancelSeek();
    };
    expect(await replayInStore(store, opened, 'the session', { budget, pause })).toBe('cancelled');
    expect(tried).toEqual([false]);
    expect(store.getState().playing).toBe(false);
    expect(store.getState().sim.commandLog().map((c) => c.command.do)).toEqual(['crashTask', 'setDesiredCount']);
  });

  it('a session opened from a file goes the same way, and a world loaded meanwhile ends the seek', async () => {
    const store = createSimStore({ spec: tinySpec() });
    const pause = async () => {
      store.getState().load(tinySpec({ title: 'Something else' }));
      await Promise.resolve();
    };
    const opened = openSessionInStore(store, weekLong(), { source: 'week.json' }, { budget, pause });
    expect(opened.ok).toBe(true);
    expect(opened.ok && (await opened.replay)).toBe('replaced');
    expect(store.getState().scenario.title).toBe('Something else');
    expect(store.getState().seeking).toBeNull();
    expect(store.getState().now).toBe(0);
  });

  it('does not watch a week of requests: the figures of the last ten minutes are those of a replay that did', async () => {
    const doc = { ...weekLong(), atMs: 2 * 3600 * 1000 };
    const opened = openSession(JSON.parse(JSON.stringify(doc)) as unknown);
    if (!opened.ok) throw new Error(JSON.stringify(opened.errors));
    const seeking = createSimStore({ spec: opened.spec, seed: opened.seed });
    const heard: number[] = [];
    seeking.getState().subscribeRequests((event) => heard.push(event.t));
    expect(await replayInStore(seeking, opened, 'the session', { budget })).toBe('done');
    expect(Math.min(...heard)).toBeGreaterThanOrEqual(doc.atMs - 610_000);

    const watching = createSimStore({ spec: opened.spec, seed: opened.seed });
    for (const { atMs, command } of opened.commands) {
      watching.getState().advanceTo(atMs);
      watching.getState().dispatch(command);
    }
    watching.getState().advanceTo(doc.atMs);
    // Request figures bucket by bucket; the healthy-host gauge is sampled at commits, which differ, so only its
    // value now is compared.
    const requestsOf = (metrics: ReturnType<typeof seeking.getState>['metrics']) =>
      Object.entries(metrics).map(([tg, points]) => [tg, points.map((p) => [p.start, p.RequestCount, p.TargetResponseTime, p.HTTPCode_Target_5XX_Count, p.HTTPCode_ELB_5XX_Count])]);
    expect(requestsOf(seeking.getState().metrics)).toEqual(requestsOf(watching.getState().metrics));
    expect(seeking.getState().metrics.WebTargetGroup).toHaveLength(60);
    expect(seeking.getState().metrics.WebTargetGroup!.at(-1)).toEqual(watching.getState().metrics.WebTargetGroup!.at(-1));
    expect(seeking.getState().counters).toEqual(watching.getState().counters);
    expect(seeking.getState().log).toEqual(watching.getState().log);
    expect(seeking.getState().eventsSeen).toBe(watching.getState().eventsSeen);
  });
});
