/**
 * How an embed talks to its host: an iframe over postMessage with its parent, the custom element with DOM events
 * (src/app/element.tsx). Both carry the same messages (embedMessages.ts). The embed's API (its controller) comes
 * right after its first frame: what the host sends before then waits in the transport's inbox and is handed over,
 * in the order it came, once the API listens.
 */
import { isForEmbed, type Outgoing } from './embedMessages';

/** Obeys one message; resolves to the error it answered with, or null. */
export type EmbedHandler = (data: unknown) => Promise<string | null>;

export interface EmbedTransport {
  send(message: Outgoing): void;
  /**
   * Hands every message meant for the embed, from a sender it obeys, to `handle`: those that came while nobody
   * listened first, in order; returns the unsubscribe.
   */
  listen(handle: EmbedHandler): () => void;
}

export interface EmbedInbox {
  /** Hands `data` to the listener, or keeps it until one listens; resolves to the listener's answer. */
  deliver(data: unknown): Promise<string | null>;
  listen(handle: EmbedHandler): () => void;
  /** Answers every message still waiting with `reason` and forgets it (the embed is gone). */
  drop(reason: string): void;
}

interface Waiting {
  readonly data: unknown;
  readonly answer: (error: string | null) => void;
  readonly fail: (thrown: unknown) => void;
}

/** Messages kept while nobody listens (before the embed's API is in, or between two of its mounts). */
export function createInbox(): EmbedInbox {
  let listener: EmbedHandler | null = null;
  let waiting: Waiting[] = [];
  return {
    deliver(data) {
      if (listener) return listener(data);
      return new Promise((answer, fail) => waiting.push({ data, answer, fail }));
    },
    listen(handle) {
      listener = handle;
      while (listener === handle && waiting.length > 0) {
        const [next, ...rest] = waiting;
        waiting = rest;
        if (next) handle(next.data).then(next.answer, next.fail);
      }
      return () => {
        if (listener === handle) listener = null;
      };
    },
    drop(reason) {
      const dropped = waiting;
      waiting = [];
      for (const message of dropped) message.answer(reason);
    },
  };
}

/**
 * The embedding page's origin: Chromium and Safari say it (`location.ancestorOrigins`); elsewhere the referrer
 * does, unless the page sends none.
 */
export function parentOrigin(win: Window): string | null {
  const ancestors = win.location.ancestorOrigins as DOMStringList | undefined;
  const first = ancestors && ancestors.length > 0 ? ancestors.item(0) : null;
  if (first && first !== 'null') return first;
  try {
    return win.document.referrer ? new URL(win.document.referrer).origin : null;
  } catch {
    return null;
  }
}

/**
 * The iframe's side: obeys messages from its parent window only, and only when the parent's origin is one of
 * `origins` (or, with none given, the parent's own). Messages from anywhere else are dropped unanswered, so an
 * untrusted page learns nothing; what the embed says goes to those origins only. It hears from the moment it is
 * made, so a message sent before the embed's API is in waits for it.
 */
export function parentTransport(win: Window, origins: readonly string[]): EmbedTransport {
  const own = parentOrigin(win);
  const allowed = origins.length > 0 ? origins : own !== null ? [own] : [];
  const inbox = createInbox();
  win.addEventListener('message', (event: MessageEvent) => {
    if (event.source !== win.parent || win.parent === win) return;
    if (!isForEmbed(event.data) || !allowed.includes(event.origin)) return;
    void inbox.deliver(event.data);
  });
  return {
    send(message) {
      if (win.parent === win) return;
      for (const origin of allowed) win.parent.postMessage(message, origin);
    },
    listen: (handle) => inbox.listen(handle),
  };
}
