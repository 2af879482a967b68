/**
 * The reader of an embed's messages (embedParsing.ts: zod and each command's schema), fetched with the first message:
 * one module, so messages are read in the order they came. It is fetched from here, the embed's first-frame chunk,
 * and handed to the controller: fetched from the controller's own chunk, Vite would list the first frame's chunk and
 * its stylesheets among what to preload with it, and add those to a custom element's host page.
 */
import { lateModule } from '../lateModule';

export type MessageReader = typeof import('./embedParsing');

/** The reader, fetched once (and again after a fetch that failed). */
export const loadMessageReader = lateModule<MessageReader>(() => import('./embedParsing')).load;
