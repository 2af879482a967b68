/**
 * Export → Session (JSON) → Import…: the file opens the same world at the same moment, with the same event log.
 */
import { describe, expect, it } from 'vitest';
import { openSessionInStore } from '../../src/session/storeSession';
import { createSimStore } from '../../src/store';
import { exportFile } from '../../src/ui/io/exports';
import { importWorld } from '../../src/ui/io/importWorld';
import { loadedTinySpec, WEB_TRAFFIC } from './loadedTinySpec';

describe('a session file', () => {
  it('exported and imported, reopens the same world at the same moment', async () => {
    const spec = loadedTinySpec({ traffic: WEB_TRAFFIC });
    const store = createSimStore({ spec });
    store.getState().advanceTo(30_000);
    store.getState().dispatch({ do: 'setDesiredCount', service: 'WebService', count: 3 });
    store.getState().advanceTo(61_234);
    const file = exportFile(store.getState(), 'session');
    expect(file.fileName).toBe('tiny-stage-session.json');

    const imported = importWorld([{ name: file.fileName, text: await file.blob.text() }], null);
    expect(imported.kind).toBe('session');
    const other = createSimStore({ spec: loadedTinySpec() });
    const opened = imported.kind === 'session' ? openSessionInStore(other, imported.doc) : null;
    expect(opened?.ok && (await opened.replay)).toBe('done');
    expect(other.getState().now).toBe(61_234);
    expect(other.getState().exportEventLog()).toBe(store.getState().exportEventLog());
  });
});
