/**
 * Session documents: a store with edits and faults at various times, saved and restored, gives the same event log
 * and snapshot; anything that is not a valid document is refused with its place, never a crash.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../src/engine';
import { createSimStore, templateToWorld, type SimStore } from '../../src/store';
import { openSessionInStore, sessionDocOf } from '../../src/session/storeSession';
import { openSession, restoreSimulation, SESSION_FORMAT } from '../../src/session/sessionDoc';

function defaultStore(): SimStore {
  const world = templateToWorld(readFileSync('public/scenarios/default.json', 'utf8'), 'default.json');
  if (!world.ok) throw new Error(world.error.messages.join('\n'));
  return createSimStore({ spec: world.spec, meta: world.meta });
}

/** A run with faults, a desired count, an edit, an undo, and frames of uneven length in between. */
function busyStore(): SimStore {
  const store = defaultStore();
  const s = () => store.getState();
  s().advanceTo(31_337);
  s().dispatch({ do: 'crashTask', task: 'UsersService-1' });
  s().advanceBy(12_001);
  s().dispatch({ do: 'failHealthChecks', task: 'AuthService-2', status: 302 });
  s().advanceBy(20_000);
  expect(s().edit({ do: 'modifyTargetGroup', targetGroup: 'UsersTargetGroup', deregistrationDelaySeconds: 5 }, 'Delay 5 s').ok).toBe(true);
  s().advanceBy(7_777);
  s().dispatch({ do: 'setDesiredCount', service: 'DashboardService', count: 4 });
  s().dispatch({ do: 'deploy', service: 'UsersService', image: 'example/users:2', responses: [{ pattern: '/', status: 302 }] });
  s().advanceBy(3_000);
  s().undo();
  s().advanceBy(45_123);
  return store;
}

/** Through JSON, as storage and links carry it. */
const viaJson = <T,>(value: T): unknown => JSON.parse(JSON.stringify(value)) as unknown;

describe('session documents', () => {
  it('restores a store with edits and faults to the same event log and snapshot', async () => {
    const original = busyStore();
    const doc = sessionDocOf(original.getState());
    expect(doc.format).toBe(SESSION_FORMAT);
    expect(doc.commands.length).toBe(6);

    const restored = defaultStore();
    const sim = restored.getState().sim;
    const opened = openSessionInStore(restored, viaJson(doc), { source: 'saved session' });
    expect(opened.ok && (await opened.replay)).toBe('done');
    const state = restored.getState();
    expect(state.sim).not.toBe(sim);
    expect(state.playing).toBe(false);
    expect(state.now).toBe(original.getState().now);
    expect(state.exportEventLog()).toBe(original.getState().exportEventLog());
    expect(state.snapshot).toEqual(original.getState().snapshot);
    expect(state.world).toEqual(original.getState().world);
    expect(state.log.map((e) => e.event)).toEqual(original.getState().log.map((e) => e.event));
    expect(state.scenario.title).toBe(original.getState().scenario.title);
    expect(state.loadError).toBeNull();
  });

  it('replays a plain simulation exactly like the live one', () => {
    const original = busyStore();
    const opened = openSession(viaJson(sessionDocOf(original.getState())));
    if (!opened.ok) throw new Error(JSON.stringify(opened.errors));
    const sim = restoreSimulation(opened, createSimulation);
    expect(sim.now()).toBe(original.getState().now);
    expect(sim.snapshot()).toEqual(original.getState().sim.snapshot());
    expect(sim.commandLog()).toEqual(original.getState().sim.commandLog());
  });

  it('keeps the world when the document is not valid, and says where', () => {
    const store = busyStore();
    const before = store.getState().sim;
    const doc = viaJson(sessionDocOf(store.getState())) as { commands: { command: Record<string, unknown> }[] };
    doc.commands[1]!.command = { do: 'failHealthChecks', status: 302 };
    expect(openSessionInStore(store, doc)).toEqual({ ok: false });
    expect(store.getState().sim).toBe(before);
    expect(store.getState().loadError?.messages.join('\n')).toMatch(/Session\.commands\[1\]\.command: "failHealthChecks" needs "task"/);
  });

  it('refuses other formats, other versions and broken templates', () => {
    expect(openSession(null)).toMatchObject({ ok: false, errors: [{ message: expect.stringMatching(/not a session document/) as string }] });
    expect(openSession({ format: SESSION_FORMAT, version: 0 })).toMatchObject({ ok: false, errors: [{ message: expect.stringMatching(/version 0; this app reads version 1/) as string }] });
    const store = defaultStore();
    const doc = viaJson(sessionDocOf(store.getState())) as { template: { Resources: Record<string, unknown> } };
    doc.template.Resources.UsersService = { Type: 'AWS::ECS::Service', Properties: { DesiredCount: 'many' } };
    const opened = openSession(doc);
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.errors.some((e) => e.resource === 'UsersService')).toBe(true);
  });

  it('refuses commands out of time order or after the moment', () => {
    const doc = viaJson(sessionDocOf(busyStore().getState())) as { commands: { atMs: number }[]; atMs: number };
    doc.commands[0]!.atMs = 999_999_999;
    const opened = openSession(doc);
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.errors.map((e) => e.path)).toContain('commands[0].atMs');
  });
});

describe('the timeline in a session document (version 2)', () => {
  function defaultStore(): SimStore {
    const world = templateToWorld(JSON.parse(readFileSync('public/scenarios/default.json', 'utf8')) as unknown, 'default.json');
    if (!world.ok) throw new Error('default.json does not load');
    return createSimStore({ spec: world.spec });
  }
  const CRASH = { do: 'crashTask', task: 'UsersService-1' } as const;

  it('carries bookmarks and the commands recorded after the moment, and opens them again', async () => {
    const store = defaultStore();
    store.getState().advanceTo(20_000);
    store.getState().dispatch(CRASH);
    store.getState().advanceTo(30_000);
    store.getState().addBookmark('After the crash');
    const there = JSON.stringify(store.getState().sim.snapshot());
    store.getState().seekTo(10_000);
    const doc = JSON.parse(JSON.stringify(sessionDocOf(store.getState()))) as Record<string, unknown>;
    expect(doc).toMatchObject({ version: 2, atMs: 10_000, commands: [], bookmarks: [{ atMs: 30_000, name: 'After the crash' }], later: [{ atMs: 20_000, command: CRASH }] });

    const other = defaultStore();
    const opened = openSessionInStore(other, doc, {}, { pause: () => Promise.resolve() });
    if (!opened.ok) throw new Error('the document does not open');
    expect(await opened.replay).toBe('done');
    expect(other.getState().now).toBe(10_000);
    expect(other.getState().timeline.bookmarks).toEqual([{ atMs: 30_000, name: 'After the crash' }]);
    expect(other.getState().timeline.later).toEqual([{ atMs: 20_000, command: CRASH }]);
    // Playing on gives the crash again: the same world at the bookmark.
    other.getState().advanceTo(30_000);
    expect(JSON.stringify(other.getState().sim.snapshot())).toBe(there);
  });

  it('still opens version 1 documents; refuses a bookmark without a name and a later command before the moment', () => {
    const store = defaultStore();
    const v1 = { ...sessionDocOf(store.getState()), version: 1 };
    expect(openSession(v1).ok).toBe(true);
    const unnamed = openSession({ ...v1, version: 2, bookmarks: [{ atMs: 0, name: '  ' }] });
    expect(unnamed.ok ? [] : unnamed.errors.map((e) => e.path)).toEqual(['bookmarks[0].name']);
    const early = openSession({ ...v1, version: 2, atMs: 5_000, later: [{ atMs: 1_000, command: CRASH }] });
    expect(early.ok ? [] : early.errors.map((e) => e.message)).toEqual(['commands must be in time order (1000 ms comes after 5000 ms)']);
  });
});
