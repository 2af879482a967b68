/**
 * The embed's API comes after its first frame: what the host sends before then waits in the transport and is handed
 * over, in the order it came, once the API listens (src/ui/embed/embedTransport.ts).
 */
import { createInbox, parentTransport, type EmbedHandler } from '../../../src/ui/embed/embedTransport';

/** A handler that notes what it was handed and answers `refuse` with an error. */
function noting(): { handle: EmbedHandler; seen: unknown[] } {
  const seen: unknown[] = [];
  return {
    seen,
    handle: (data) => {
      seen.push(data);
      return Promise.resolve((data as { type?: string }).type === 'refuse' ? 'Refused.' : null);
    },
  };
}

describe('the inbox', () => {
  it('keeps what comes before anyone listens and hands it over in order, each answered with the listener’s answer', async () => {
    const inbox = createInbox();
    const first = inbox.deliver({ type: 'setLens' });
    const second = inbox.deliver({ type: 'refuse' });
    const third = inbox.deliver({ type: 'play' });
    const { handle, seen } = noting();
    inbox.listen(handle);
    expect(seen).toEqual([{ type: 'setLens' }, { type: 'refuse' }, { type: 'play' }]);
    expect(await Promise.all([first, second, third])).toEqual([null, 'Refused.', null]);
    // Once listening, a message goes straight through.
    expect(await inbox.deliver({ type: 'pause' })).toBeNull();
    expect(seen.at(-1)).toEqual({ type: 'pause' });
  });

  it('keeps what comes between two listeners (a remount) for the next one', async () => {
    const inbox = createInbox();
    const one = noting();
    const stop = inbox.listen(one.handle);
    stop();
    const answer = inbox.deliver({ type: 'play' });
    expect(one.seen).toEqual([]);
    const two = noting();
    inbox.listen(two.handle);
    expect(await answer).toBeNull();
    expect(two.seen).toEqual([{ type: 'play' }]);
    expect(one.seen).toEqual([]);
  });

  it('answers what still waits with the reason when dropped, and hands it to no one after', async () => {
    const inbox = createInbox();
    const answer = inbox.deliver({ type: 'play' });
    inbox.drop('Gone.');
    expect(await answer).toBe('Gone.');
    const { handle, seen } = noting();
    inbox.listen(handle);
    expect(seen).toEqual([]);
  });
});

/** An iframe's window whose parent is a page of `origin`: what parentTransport reads of it. */
function frameWindow(origin: string) {
  const parent = { postMessage: vi.fn() };
  const listeners: ((event: MessageEvent) => void)[] = [];
  const win = {
    parent,
    location: { ancestorOrigins: { length: 1, item: () => origin } },
    document: { referrer: '' },
    addEventListener: (_type: string, listener: (event: MessageEvent) => void) => listeners.push(listener),
    removeEventListener: () => {},
  };
  const post = (data: unknown, from = origin, source: unknown = parent) => {
    for (const listener of listeners) listener({ data, origin: from, source } as unknown as MessageEvent);
  };
  return { win: win as unknown as Window, parent, post };
}

describe('the iframe’s transport', () => {
  it('keeps the parent’s messages from before the API listens, in order, and drops strangers’ unanswered', () => {
    const { win, post } = frameWindow('https://docs.example.com');
    const transport = parentTransport(win, []);
    post({ ecsOrchestra: 1, type: 'setLens', lens: 'orchestra' });
    post({ ecsOrchestra: 1, type: 'play' }, 'https://elsewhere.example.com');
    post({ ecsOrchestra: 1, type: 'pause' }, 'https://docs.example.com', {});
    post({ notOurs: true });
    post({ ecsOrchestra: 1, type: 'play' });
    const { handle, seen } = noting();
    transport.listen(handle);
    expect(seen).toEqual([
      { ecsOrchestra: 1, type: 'setLens', lens: 'orchestra' },
      { ecsOrchestra: 1, type: 'play' },
    ]);
    post({ ecsOrchestra: 1, type: 'pause' });
    expect(seen).toHaveLength(3);
  });

  it('says what the embed says to the allowed origins only', () => {
    const { win, parent } = frameWindow('https://docs.example.com');
    parentTransport(win, ['https://a.example.com', 'https://b.example.com']).send({ ecsOrchestra: 1, type: 'state', state: { playing: true, speed: 1, lens: 'aws', t: 2 } });
    expect(parent.postMessage.mock.calls.map((call: unknown[]) => call[1] as string)).toEqual(['https://a.example.com', 'https://b.example.com']);
  });
});
