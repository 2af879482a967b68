// @vitest-environment jsdom
/**
 * Autosave in jsdom's localStorage: a round trip; corrupt JSON, a failed validation and an old version each
 * reported and kept aside; a full quota never throws; two namespaces never collide.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createSimStore } from '../../src/store';
import { openSessionInStore, sessionDocOf } from '../../src/session/storeSession';
import { AUTOSAVE_KEY, autosaveKey, writeSave, type SessionStorage } from '../../src/session/autosave';
import { readSave } from '../../src/session/readSave';
import { createAutosaveRunner } from '../../src/session/autosaveRunner';
import { loadedTinySpec as tinySpec, WEB_TRAFFIC } from './loadedTinySpec';

const NOW = new Date('2025-03-04T05:06:07.000Z');
const local = { storage: window.localStorage };

function busyStore() {
  const store = createSimStore({ spec: tinySpec({ traffic: WEB_TRAFFIC }) });
  store.getState().advanceTo(40_000);
  store.getState().dispatch({ do: 'crashTask', task: 'WebService-1' });
  store.getState().advanceTo(52_500);
  return store;
}

afterEach(() => window.localStorage.clear());

describe('autosave', () => {
  it('restores what it saved', async () => {
    const store = busyStore();
    expect(writeSave(local, sessionDocOf(store.getState(), NOW.toISOString()))).toEqual({ ok: true });
    const reading = readSave(local);
    expect(reading.kind).toBe('restored');
    if (reading.kind !== 'restored') return;
    expect(reading.savedAt).toBe(NOW.toISOString());
    expect(reading.session.atMs).toBe(52_500);
    const restored = createSimStore({ spec: tinySpec() });
    const opened = openSessionInStore(restored, sessionDocOf(store.getState()));
    expect(opened.ok && (await opened.replay)).toBe('done');
    expect(restored.getState().exportEventLog()).toBe(store.getState().exportEventLog());
  });

  it('reports corrupt JSON and keeps it aside', () => {
    window.localStorage.setItem(AUTOSAVE_KEY, '{"format": "ecs-orchestra-session", "vers');
    const reading = readSave(local, NOW);
    expect(reading).toMatchObject({ kind: 'unreadable', keptAs: `${AUTOSAVE_KEY}:kept:${NOW.toISOString()}` });
    if (reading.kind === 'unreadable') expect(reading.reason).toMatch(/not valid JSON/);
    expect(window.localStorage.getItem(`${AUTOSAVE_KEY}:kept:${NOW.toISOString()}`)).toBe('{"format": "ecs-orchestra-session", "vers');
    expect(window.localStorage.getItem(AUTOSAVE_KEY)).toBeNull();
  });

  it('reports an old version and keeps it aside', () => {
    const old = JSON.stringify({ ...sessionDocOf(busyStore().getState()), version: 0 });
    window.localStorage.setItem(AUTOSAVE_KEY, old);
    const reading = readSave(local, NOW);
    expect(reading.kind).toBe('unreadable');
    if (reading.kind === 'unreadable') expect(reading.reason).toMatch(/version 0; this app reads version 1/);
    expect(window.localStorage.getItem(`${AUTOSAVE_KEY}:kept:${NOW.toISOString()}`)).toBe(old);
  });

  it('reports a save that fails validation and keeps it aside', () => {
    const doc = { ...sessionDocOf(busyStore().getState()), atMs: -5 };
    window.localStorage.setItem(AUTOSAVE_KEY, JSON.stringify(doc));
    const reading = readSave(local, NOW);
    expect(reading.kind).toBe('unreadable');
    if (reading.kind === 'unreadable') expect(reading.reason).toMatch(/did not pass validation: error: Session\.atMs/);
    expect(window.localStorage.getItem(AUTOSAVE_KEY)).toBeNull();
  });

  it('never throws when storage is full or missing', () => {
    const full: SessionStorage = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
      removeItem: () => {},
    };
    const store = busyStore();
    expect(writeSave({ storage: full }, sessionDocOf(store.getState()))).toEqual({ ok: false, reason: "this browser's storage for the page is full (QuotaExceededError)" });
    expect(writeSave({ storage: null }, sessionDocOf(store.getState()))).toEqual({ ok: false, reason: 'there is no storage for this page' });
    const failures: (string | null)[] = [];
    const runner = createAutosaveRunner(store, { storage: full, target: null, onFailure: (reason) => failures.push(reason) });
    expect(() => store.getState().dispatch({ do: 'setDesiredCount', service: 'WebService', count: 3 })).not.toThrow();
    expect(runner.save()).toBe(false);
    // Said once when saving starts failing, not at every attempt.
    expect(failures).toEqual(["this browser's storage for the page is full (QuotaExceededError)"]);
    runner.destroy();
    const throwing: SessionStorage = { ...full, getItem: () => { throw new Error('denied'); } };
    expect(readSave({ storage: throwing })).toEqual({ kind: 'none' });
  });

  it('saves after every command, on pagehide, and at most every few seconds of play', () => {
    let wall = 0;
    const store = createSimStore({ spec: tinySpec({ traffic: WEB_TRAFFIC }) });
    const target = new EventTarget() as unknown as Window;
    const runner = createAutosaveRunner(store, { storage: window.localStorage, namespace: 'left', clock: () => wall, intervalMs: 3000, target });
    const saved = () => (JSON.parse(window.localStorage.getItem(autosaveKey('left')) ?? 'null') as { atMs: number } | null)?.atMs;
    store.getState().advanceTo(1_000);
    expect(saved()).toBeUndefined();
    wall = 3_000;
    store.getState().advanceTo(2_000);
    expect(saved()).toBe(2_000);
    wall = 4_000;
    store.getState().advanceTo(3_000);
    expect(saved()).toBe(2_000);
    store.getState().dispatch({ do: 'crashTask', task: 'WebService-2' });
    expect(saved()).toBe(3_000);
    store.getState().advanceTo(3_500);
    target.dispatchEvent(new Event('pagehide'));
    expect(saved()).toBe(3_500);
    expect(window.localStorage.getItem(AUTOSAVE_KEY)).toBeNull();
    runner.destroy();
  });

  it('saves nothing while a seek replays a saved world; cancelled short of it, the save is set aside, not written over', async () => {
    let wall = 0;
    const original = busyStore();
    const full = { ...sessionDocOf(original.getState(), NOW.toISOString()), atMs: 3_600_000 };
    expect(writeSave(local, full)).toEqual({ ok: true });
    const reading = readSave(local);
    if (reading.kind !== 'restored') throw new Error(reading.kind);
    const store = createSimStore({ spec: reading.session.spec, seed: reading.session.seed });
    const target = new EventTarget() as unknown as Window;
    const runner = createAutosaveRunner(store, { ...local, clock: () => (wall += 5_000), target });
    const pause = async () => {
      // Even the page being hidden writes nothing half-way.
      target.dispatchEvent(new Event('pagehide'));
      store.getState().cancelSeek();
      await Promise.resolve();
    };
    const outcome = await store.getState().seek({ commands: reading.session.commands, atMs: reading.session.atMs, what: 'your saved world' }, { pause, budget: { maxEvents: 2_000, sliceEvents: 2_000, wallMs: Infinity } });
    expect(outcome).toBe('cancelled');
    expect(store.getState().now).toBeLessThan(3_600_000);
    expect(window.localStorage.getItem(AUTOSAVE_KEY)).toBeNull();
    const kept = Object.keys(window.localStorage).filter((key) => key.startsWith(`${AUTOSAVE_KEY}:replaced:`));
    expect(kept).toHaveLength(1);
    expect(JSON.parse(window.localStorage.getItem(kept[0]!)!)).toEqual(full);
    // From here on the world on screen is saved as usual.
    store.getState().dispatch({ do: 'crashTask', task: 'WebService-2' });
    expect((JSON.parse(window.localStorage.getItem(AUTOSAVE_KEY)!) as { atMs: number }).atMs).toBe(store.getState().now);
    runner.destroy();
  });
});
