/**
 * How an embed talks to its host: an iframe over postMessage with its parent, the custom element with DOM events
 * (src/app/element.tsx). Both carry the same messages (embedMessages.ts).
 */
import { isForEmbed, type Outgoing } from './embedMessages';

export interface EmbedTransport {
  send(message: Outgoing): void;
  /**
   * Hands every message meant for the embed, from a sender it obeys, to `handle` (which resolves to the error it
   * answered with, or null); returns the unsubscribe.
   */
  listen(handle: (data: unknown) => Promise<string | null>): () => void;
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
 * untrusted page learns nothing; what the embed says goes to those origins only.
 */
export function parentTransport(win: Window, origins: readonly string[]): EmbedTransport {
  const own = parentOrigin(win);
  const allowed = origins.length > 0 ? origins : own !== null ? [own] : [];
  return {
    send(message) {
      if (win.parent === win) return;
      for (const origin of allowed) win.parent.postMessage(message, origin);
    },
    listen(handle) {
      const onMessage = (event: MessageEvent) => {
        if (event.source !== win.parent || win.parent === win) return;
        if (!isForEmbed(event.data) || !allowed.includes(event.origin)) return;
        void handle(event.data);
      };
      win.addEventListener('message', onMessage);
      return () => win.removeEventListener('message', onMessage);
    },
  };
}
