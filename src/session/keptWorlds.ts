/**
 * Worlds set aside so a link or an address never overwrites the learner's own unseen: before a `#s=` link or a
 * `?scenario=` replaces the world saved in this browser, the save moves to `<key>:replaced:<ISO time>`, and the
 * session notice offers to go back to it (there, and on later visits). Going back sets the world on screen aside
 * the same way first, so nothing is ever dropped; a kept world is removed only once the autosave holds it again.
 */
import { autosaveKey, moveSave, readSaveText, type AutosaveOptions } from './autosave';

export interface KeptWorld {
  /** The storage key it is kept under. */
  readonly key: string;
  readonly title: string;
  readonly savedAt: string | null;
  readonly atMs: number;
}

function replacedPrefix(options: AutosaveOptions): string {
  return `${autosaveKey(options.namespace)}:replaced:`;
}

/** What the notice needs to name a kept world; its full check happens when it is opened. Null when unreadable. */
function describe(key: string, text: string): KeptWorld | null {
  try {
    const doc = JSON.parse(text) as { title?: unknown; savedAt?: unknown; atMs?: unknown };
    if (typeof doc !== 'object' || doc === null) return null;
    return {
      key,
      title: typeof doc.title === 'string' ? doc.title : 'your world',
      savedAt: typeof doc.savedAt === 'string' ? doc.savedAt : null,
      atMs: typeof doc.atMs === 'number' ? doc.atMs : 0,
    };
  } catch {
    return null;
  }
}

export type SetAside =
  | { readonly kind: 'none' }
  | { readonly kind: 'kept'; readonly world: KeptWorld }
  /** A save that is not a readable world (damaged, or from another version): kept as it is, not offered. */
  | { readonly kind: 'keptUnreadable'; readonly keptAs: string }
  /** Storage would not move it: it is still under the autosave key, and autosave must not write over it. */
  | { readonly kind: 'stuck' };

/** Moves the saved world out of the way of one about to replace it; see the file's comment. */
export function setAsideSave(options: AutosaveOptions, now: Date = new Date()): SetAside {
  const text = readSaveText(options);
  if (text === null) return { kind: 'none' };
  const keptAs = moveSave(options, text, `${replacedPrefix(options)}${now.toISOString()}`);
  if (keptAs === null) return { kind: 'stuck' };
  const world = describe(keptAs, text);
  return world ? { kind: 'kept', world } : { kind: 'keptUnreadable', keptAs };
}

/** Keeps a world (the one on screen, as a session document) aside before another replaces it; false when storage refuses. */
export function keepWorldAside(options: AutosaveOptions, doc: unknown, now: Date = new Date()): boolean {
  try {
    options.storage?.setItem(`${replacedPrefix(options)}${now.toISOString()}`, JSON.stringify(doc));
    return options.storage !== null;
  } catch {
    return false;
  }
}

/** The most recently set-aside world that can be named, if any. */
export function latestKeptWorld(options: AutosaveOptions): KeptWorld | null {
  const storage = options.storage;
  if (!storage?.key || storage.length === undefined) return null;
  const prefix = replacedPrefix(options);
  const keys: string[] = [];
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(prefix)) keys.push(key);
    }
    // ISO times sort as text.
    for (const key of keys.sort().reverse()) {
      const world = describe(key, storage.getItem(key) ?? '');
      if (world) return world;
    }
  } catch {
    return null;
  }
  return null;
}

export function readKeptWorld(options: AutosaveOptions, world: KeptWorld): unknown {
  try {
    const text = options.storage?.getItem(world.key);
    return text === null || text === undefined ? null : (JSON.parse(text) as unknown);
  } catch {
    return null;
  }
}

/**
 * A kept world, now open again, becomes the save once more: written under the autosave key, then removed from
 * where it was kept. If storage will not take it, the kept copy stays (better twice than never).
 */
export function returnKeptWorld(options: AutosaveOptions, world: KeptWorld): void {
  const storage = options.storage;
  try {
    const text = storage?.getItem(world.key);
    if (!storage || text === null || text === undefined) return;
    storage.setItem(autosaveKey(options.namespace), text);
    storage.removeItem(world.key);
  } catch {
    // The kept copy stays where it is.
  }
}
