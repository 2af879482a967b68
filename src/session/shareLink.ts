/**
 * Share links: the session document as JSON, deflated with the browser's own CompressionStream('deflate-raw'),
 * base64url, in the address's fragment (`#s=...`), which browsers never send to a server. Node 18+ has the same
 * streams, so this runs in unit tests as it does in the page.
 */
import { LIMITS, limitText } from '../engine';
import type { OpenedSession, SessionDoc } from './sessionDoc';

export const SHARE_PARAM = 's';
/** Longer addresses are cut or refused by chat apps, mail clients and some browsers. */
export const MAX_SHARE_URL_LENGTH = 8000;

/** Inflating passed its limit; the rest of the stream was cancelled, never produced. */
class TooLarge extends Error {}

/**
 * Streams only (no Blob.stream or Response), so it runs wherever CompressionStream does. With `maxBytes`, reading
 * stops (and the stream is cancelled) as soon as the output passes it: a few kilobytes of deflate can inflate to
 * gigabytes, and nothing of that is ever held.
 */
async function through(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, maxBytes = Infinity): Promise<Uint8Array> {
  const source = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
  const reader = source.pipeThrough(stream as ReadableWritablePair<Uint8Array, Uint8Array>).getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    if (length > maxBytes) {
      await reader.cancel();
      throw new TooLarge(`it holds more than ${maxBytes.toLocaleString('en-US')} bytes once inflated`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('it has characters a share link never has');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export async function encodeSession(doc: SessionDoc): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(doc));
  return toBase64Url(await through(json, new CompressionStream('deflate-raw')));
}

export type ShareLink =
  | { readonly ok: true; readonly url: string }
  | { readonly ok: false; readonly tooBig: true; readonly length: number; readonly limit: number };

/** The page's address (without any fragment) with the session in `#s=`, unless it would pass the limit. */
export async function buildShareLink(doc: SessionDoc, pageUrl: string, limit = MAX_SHARE_URL_LENGTH): Promise<ShareLink> {
  const base = pageUrl.split('#')[0] ?? pageUrl;
  const url = `${base}#${SHARE_PARAM}=${await encodeSession(doc)}`;
  return url.length <= limit ? { ok: true, url } : { ok: false, tooBig: true, length: url.length, limit };
}

/** The encoded session of an address fragment ("#s=..."), or null when the fragment is not a share link. */
export function shareFragment(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return params.get(SHARE_PARAM);
}

/** Decodes and validates a fragment's session; a damaged link is an error with a reason, never a throw. */
export async function decodeSession(encoded: string): Promise<OpenedSession> {
  let doc: unknown;
  try {
    // A link is a few thousand characters; anything far longer did not come from this app.
    if (encoded.length > MAX_SHARE_URL_LENGTH * 4) throw new Error(`it is ${encoded.length} characters long`);
    const inflated = await through(fromBase64Url(encoded), new DecompressionStream('deflate-raw'), LIMITS.shareLinkInflatedBytes.value);
    doc = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (error instanceof TooLarge) {
      return { ok: false, errors: [{ severity: 'error', resource: 'Share link', path: '', message: `The link cannot be opened: ${limitText(LIMITS.shareLinkInflatedBytes)}, and this one inflates past that. A link this app makes is far smaller.` }] };
    }
    return { ok: false, errors: [{ severity: 'error', resource: 'Share link', path: '', message: `The link is damaged or incomplete (${reason}). Ask for the link again, or copy all of it.` }] };
  }
  // The format and its loader are fetched here, where a link is opened, not by every page that can make one.
  const { openSession } = await import('./sessionDoc');
  return openSession(doc);
}
