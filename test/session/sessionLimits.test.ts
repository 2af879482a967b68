/**
 * A saved session or a share link is input like any template: the limits hold there too, and a link that would
 * hang the page (a rate of 1e9, 100,000 tasks, a deflate bomb) is refused in seconds with the limit's message.
 */
import { describe, expect, it } from 'vitest';
import { createSimStore } from '../../src/store';
import { sessionDocOf } from '../../src/session/storeSession';
import { encodeSession, decodeSession } from '../../src/session/shareLink';
import { openSession, type SessionDoc } from '../../src/session/sessionDoc';
import { loadedTinySpec as tinySpec, WEB_TRAFFIC } from './loadedTinySpec';

function doc(): SessionDoc {
  const store = createSimStore({ spec: tinySpec({ traffic: WEB_TRAFFIC }) });
  store.getState().advanceTo(5_000);
  return sessionDocOf(store.getState());
}

function messages(opened: Awaited<ReturnType<typeof decodeSession>>): string[] {
  return opened.ok ? [] : opened.errors.map((e) => `${e.resource}|${e.path}|${e.message}`);
}

function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

describe('limits in sessions and share links', () => {
  it('a link whose template asks for 1e9 requests per second is refused in seconds, naming the limit', async () => {
    const session = doc();
    const metadata = (session.template.Metadata as { EcsOrchestra: { traffic: { rate: number } } }).EcsOrchestra;
    metadata.traffic.rate = 1e9;
    const started = Date.now();
    const opened = await decodeSession(await encodeSession(session));
    expect(Date.now() - started).toBeLessThan(3000);
    expect(messages(opened)).toEqual([
      'Metadata.EcsOrchestra|traffic.rate|1000000000 requests per second is too many: Traffic rate, in requests per second, is at most 1,000 (the simulator).',
    ]);
  });

  it('commands past a limit are refused with their place: 100,000 tasks, a rate of 1e9, a moment after a week', () => {
    const session = doc();
    session.commands = [
      { atMs: 1000, command: { do: 'setDesiredCount', service: 'WebService', count: 100_000 } },
      { atMs: 2000, command: { do: 'setTraffic', rate: 1e9 } },
    ];
    expect(messages(openSession(session))).toEqual([
      'Session|commands[0].command.count|100000 tasks is too many: Tasks per service is at most 5,000 (Amazon ECS service quotas).',
      'Session|commands[1].command.rate|1000000000 requests per second is too many: Traffic rate, in requests per second, is at most 1,000 (the simulator).',
    ]);
    const late = { ...doc(), atMs: 8 * 24 * 3600 * 1000 };
    expect(messages(openSession(late))).toEqual(['Session|atMs|691200 seconds is too late: Simulated time, in seconds (one week), is at most 604,800 (the simulator).']);
  });

  it('a seed past 32 bits gets the same message as in a template', () => {
    expect(messages(openSession({ ...doc(), seed: 4294967296 }))).toEqual([
      'Session|seed|seed 4294967296 is out of range: a seed is a whole number from 0 to 4294967295 (32 bits)',
    ]);
  });

  it('a deflate bomb stops inflating at the limit: nothing near its full size is ever held', async () => {
    // 20 MB of spaces deflate to about 20 KB: a link of 27,000 characters.
    const source = new Blob([new Uint8Array(20 * 1024 * 1024).fill(0x20)]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    const encoded = base64Url(new Uint8Array(await new Response(source).arrayBuffer()));
    const started = Date.now();
    const opened = await decodeSession(encoded);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(messages(opened)).toEqual([
      'Share link||The link cannot be opened: A share link inflated, in bytes, is at most 2,097,152 (the simulator), and this one inflates past that. A link this app makes is far smaller.',
    ]);
  });
});
