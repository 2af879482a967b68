/**
 * Saved work is never overwritten unseen: a link or a named scenario sets the saved world aside first and offers it
 * back; a damaged save too big to copy in a full storage is moved, not left to be overwritten; a save that fails
 * says why. Storage here is an in-memory stand-in with a quota, as browsers have (about 5 MB).
 */
import { describe, expect, it } from 'vitest';
import { AUTOSAVE_KEY, type SessionStorage } from '../../src/session/autosave';
import { readSave } from '../../src/session/readSave';
import { createAutosaveRunner } from '../../src/session/autosaveRunner';
import { latestKeptWorld, setAsideSave } from '../../src/session/keptWorlds';
import { encodeSession } from '../../src/session/shareLink';
import { startSession } from '../../src/session/startSession';
import { createSimStore } from '../../src/store';
import { sessionDocOf } from '../../src/session/storeSession';
import { loadedTinySpec as tinySpec, WEB_TRAFFIC } from './loadedTinySpec';

const NOW = new Date('2025-03-04T05:06:07.000Z');

/** Web Storage with a quota counted in characters of keys and values, throwing as browsers do when it is full. */
class QuotaStorage implements SessionStorage {
  readonly items = new Map<string, string>();
  constructor(private readonly quota: number) {}
  get length(): number {
    return this.items.size;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    let used = key.length + value.length;
    for (const [k, v] of this.items) if (k !== key) used += k.length + v.length;
    if (used > this.quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

function editedStore() {
  const store = createSimStore({ spec: tinySpec({ traffic: WEB_TRAFFIC }) });
  store.getState().advanceTo(20_000);
  store.getState().dispatch({ do: 'setDesiredCount', service: 'WebService', count: 4 });
  store.getState().advanceTo(33_000);
  return store;
}

describe('kept worlds', () => {
  it('a share link sets the saved world aside before it opens, and later visits still offer it', async () => {
    const storage = new QuotaStorage(5_000_000);
    const options = { storage };
    const mine = JSON.stringify(sessionDocOf(editedStore().getState(), '2025-03-01T10:00:00.000Z'));
    storage.setItem(AUTOSAVE_KEY, mine);
    const shared = await encodeSession(sessionDocOf(createSimStore({ spec: tinySpec() }).getState()));

    const start = await startSession({ autosave: options, share: shared }, false, NOW);
    expect(start.session?.atMs).toBe(0);
    const keptAs = `${AUTOSAVE_KEY}:replaced:${NOW.toISOString()}`;
    expect(start.notice).toEqual({ kind: 'shared', atMs: 0, aside: { kind: 'kept', world: { key: keptAs, title: 'Tiny stage', savedAt: '2025-03-01T10:00:00.000Z', atMs: 33_000 } } });
    expect(storage.getItem(keptAs)).toBe(mine);
    expect(storage.getItem(AUTOSAVE_KEY)).toBeNull();
    expect(start.autosaveOff).toBeNull();

    // The shared world is autosaved over the key; the next plain visit restores it and offers the kept one.
    storage.setItem(AUTOSAVE_KEY, JSON.stringify(sessionDocOf(createSimStore({ spec: tinySpec() }).getState(), NOW.toISOString())));
    const later = await startSession({ autosave: options, share: null }, false, NOW);
    expect(later.notice).toMatchObject({ kind: 'restored', kept: { key: keptAs, atMs: 33_000 } });
  });

  it('a named scenario sets the save aside too; with nothing saved there is nothing to say', async () => {
    const storage = new QuotaStorage(5_000_000);
    storage.setItem(AUTOSAVE_KEY, JSON.stringify(sessionDocOf(editedStore().getState(), NOW.toISOString())));
    const start = await startSession({ autosave: { storage }, share: null }, true, NOW);
    expect(start.notice).toMatchObject({ kind: 'replaced', aside: { kind: 'kept', world: { atMs: 33_000 } } });
    const empty = await startSession({ autosave: { storage: new QuotaStorage(5_000_000) }, share: null }, true, NOW);
    expect(empty).toEqual({ session: null, notice: null, autosaveOff: null });
  });

  it('a damaged 4 MB save in a 5 MB storage is moved aside whole, and autosave then writes without touching it', () => {
    const storage = new QuotaStorage(5_000_000);
    const damaged = `{"format":"ecs-orchestra-session","version":1,"title":"${'x'.repeat(4_000_000)}`;
    storage.setItem(AUTOSAVE_KEY, damaged);
    const reading = readSave({ storage }, NOW);
    const keptAs = `${AUTOSAVE_KEY}:kept:${NOW.toISOString()}`;
    expect(reading).toMatchObject({ kind: 'unreadable', keptAs });
    expect(storage.getItem(keptAs)).toBe(damaged);

    let wall = 0;
    const store = editedStore();
    const runner = createAutosaveRunner(store, { storage, target: null, clock: () => wall });
    for (let minute = 1; minute <= 6; minute++) {
      wall += 10_000;
      store.getState().advanceTo(33_000 + minute * 10_000);
    }
    expect(runner.save()).toBe(true);
    expect((JSON.parse(storage.getItem(AUTOSAVE_KEY) ?? '{}') as { atMs: number }).atMs).toBe(93_000);
    expect(storage.getItem(keptAs)).toBe(damaged);
    runner.destroy();
  });

  it('a save that cannot be read or moved is left in place, and autosave is turned off for the visit', async () => {
    // Room for the save only, and a storage that refuses every write: nothing can move.
    const storage = new QuotaStorage(5_000_000);
    storage.setItem(AUTOSAVE_KEY, '{"format":"ecs-orchestra-session","vers');
    const frozen: SessionStorage = { ...storage, getItem: (k) => storage.getItem(k), removeItem: () => {}, setItem: () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    } };
    const start = await startSession({ autosave: { storage: frozen }, share: null }, false, NOW);
    expect(start.notice).toMatchObject({ kind: 'unreadable', keptAs: null });
    expect(start.autosaveOff).toBe('the saved world that could not be read is left where it was, so this visit is not saved automatically');
    expect(storage.getItem(AUTOSAVE_KEY)).toBe('{"format":"ecs-orchestra-session","vers');
  });

  it('names the most recent world set aside, skipping ones that cannot be read', () => {
    const storage = new QuotaStorage(5_000_000);
    const options = { storage };
    storage.setItem(AUTOSAVE_KEY, JSON.stringify(sessionDocOf(editedStore().getState(), NOW.toISOString())));
    expect(setAsideSave(options, new Date('2025-01-01T00:00:00.000Z'))).toMatchObject({ kind: 'kept' });
    storage.setItem(AUTOSAVE_KEY, 'not json');
    expect(setAsideSave(options, new Date('2025-02-01T00:00:00.000Z'))).toEqual({ kind: 'keptUnreadable', keptAs: `${AUTOSAVE_KEY}:replaced:2025-02-01T00:00:00.000Z` });
    expect(latestKeptWorld(options)?.key).toBe(`${AUTOSAVE_KEY}:replaced:2025-01-01T00:00:00.000Z`);
    expect(setAsideSave(options)).toEqual({ kind: 'none' });
  });
});
