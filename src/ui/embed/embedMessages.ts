/**
 * The embed's message protocol, as data: what a host page may send (read by embedParsing.ts, which checks it with
 * zod and commands with the engine's own schemas) and what the embed says back. The iframe carries these over
 * postMessage; the custom element takes the same as methods and gives the same as DOM events. Nothing in a message
 * is ever evaluated.
 */
import type { z } from 'zod';
import type { SimEvent } from '../../engine';
import type { Lens } from '../../lens/vocabulary';
import type { incomingMessageSchema } from './embedParsing';

/** Every message either way carries this key, so a page's other messages are told apart and left alone. */
export const PROTOCOL_KEY = 'ecsOrchestra';
export const PROTOCOL_VERSION = 1;

export type IncomingMessage = z.infer<typeof incomingMessageSchema>;
export type IncomingType = IncomingMessage['type'];

export interface EmbedState {
  readonly playing: boolean;
  readonly speed: number;
  readonly lens: Lens;
  /** Simulated seconds. */
  readonly t: number;
}

/** What the embed says; each is sent as `{ ecsOrchestra: 1, type, ...fields }`. */
export type OutgoingMessage =
  | { readonly type: 'ready'; readonly state: EmbedState; readonly title: string }
  | { readonly type: 'state'; readonly state: EmbedState }
  | { readonly type: 'lessonStep'; readonly lesson: string; readonly step: number; readonly title: string }
  | { readonly type: 'events'; readonly events: readonly SimEvent[]; readonly dropped: number }
  | { readonly type: 'error'; readonly message: string; readonly id?: string | number; readonly about?: string };

export type Outgoing = OutgoingMessage & { readonly [PROTOCOL_KEY]: typeof PROTOCOL_VERSION };

export function tagged(message: OutgoingMessage): Outgoing {
  return { [PROTOCOL_KEY]: PROTOCOL_VERSION, ...message };
}

/** Whether data is meant for an embed at all (other messages on the page are not ours to answer). */
export function isForEmbed(data: unknown): boolean {
  return typeof data === 'object' && data !== null && PROTOCOL_KEY in data;
}
