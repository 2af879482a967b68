/**
 * An embed's inline world (`scenario=` or `#s=` with a share link's encoded text): decoded, opened in the embed's
 * store and replayed to its moment. Fetched only for an inline world (startEmbed.ts), with the share link's reader;
 * the loader's wording of a problem comes with the loader.
 */
import { decodeSession } from '../../session/shareLink';
import { replayInStore } from '../../session/storeSession';
import type { SimStore } from '../../store';

/** Resolves to why it could not be opened, or null. */
export async function openInline(store: SimStore, encoded: string, keepView: { lens: boolean; speed: boolean }): Promise<string | null> {
  const [opened, { formatIssue }] = await Promise.all([decodeSession(encoded), import('../../scenario')]);
  if (!opened.ok) return `The inline world could not be opened: ${opened.errors.map(formatIssue).slice(0, 2).join(' ')}`;
  const state = store.getState();
  const loaded = state.load(opened.spec, { title: opened.title, summary: opened.spec.summary, warnings: opened.warnings, notSimulated: opened.notSimulated, source: null });
  if (!loaded) return 'The inline world could not be opened.';
  if (opened.view && !keepView.speed) store.getState().setSpeed(opened.view.speed);
  if (opened.view && !keepView.lens) store.getState().setLens(opened.view.lens);
  await replayInStore(store, opened, `“${opened.title}”`);
  return null;
}
