// @vitest-environment jsdom
/**
 * `<ecs-orchestra>`'s methods before its API is in (the API comes right after the first frame): a call made before
 * `ready` waits and is done, in order, once the element is ready, and its promise settles then; a call to an
 * element that is not on the page is refused, and one still waiting when it is taken off is answered so.
 * Its own file, so the first frame has not been painted when the element mounts; here the test says when it is.
 */
import { readFileSync } from 'node:fs';
import { waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { firstFramePainted } from '../../src/ui/afterFirstFrame';
import { installBrowserStubs } from '../ui/stage/jsdomStubs';
import '../../src/app/element';

// The stage does not say when its first picture is painted: the test does (afterFirstFrame's own fallback is 1.5 s away).
vi.mock('../../src/ui/stage/firstPicture', () => ({ watchFirstPicture: () => () => {} }));

/** The first import of a module under the test runner can take a moment on a busy machine. */
const LAZY = { timeout: 8000 };

interface Element {
  play(): Promise<void>;
  setLens(lens: string): Promise<void>;
  setSpeed(speed: number): Promise<void>;
  pause(): Promise<void>;
  readonly playing: boolean;
  readonly lens: string | null;
  readonly speed: number | null;
}

/** The bundled scenarios from public/scenarios, as the element's page would serve them (no built worlds here). */
function serveScenarios(): void {
  vi.stubGlobal('fetch', (url: string | URL) => {
    const file = new URL(url).pathname.split('/').pop() ?? '';
    if (file.endsWith('.world.json')) return Promise.resolve(new Response('', { status: 404, statusText: 'Not Found' }));
    return Promise.resolve(new Response(readFileSync(`public/scenarios/${decodeURIComponent(file)}`, 'utf8')));
  });
}

/** Puts an element on the page and lets it draw (its stylesheet "loads"). */
function place(attributes: Record<string, string> = {}): HTMLElement & Element {
  const element = document.createElement('ecs-orchestra') as HTMLElement & Element;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  const link = element.shadowRoot?.querySelector('link');
  if (!link) throw new Error('no stylesheet link in the shadow root');
  link.dispatchEvent(new Event('load'));
  return element;
}

beforeEach(() => {
  // The element renders into its own root, as on a page; nothing here is wrapped in act().
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
  installBrowserStubs();
  serveScenarios();
});
afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('<ecs-orchestra> before it is ready', () => {
  it('does what its methods were asked before ready, in order, once it is ready; refuses an element not on the page; answers calls that wait when it is taken off', async () => {
    const offPage = document.createElement('ecs-orchestra') as HTMLElement & Element;
    await expect(offPage.play()).rejects.toThrow('<ecs-orchestra> is not on the page: add it to the page first.');

    const element = place();
    const heard: string[] = [];
    for (const name of ['ready', 'state', 'error']) element.addEventListener(name, () => heard.push(name));
    const settled: string[] = [];
    const calls = [
      element.setLens('orchestra').then(() => settled.push('setLens')),
      element.setSpeed(4).then(() => settled.push('setSpeed')),
      element.play().then(() => settled.push('play')),
    ];
    // Its stage is up; the first frame is not painted yet, so the API is not in and nothing has been done.
    await waitFor(() => expect(element.shadowRoot?.querySelector('.react-flow__node')).not.toBeNull(), LAZY);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(heard).toEqual([]);
    expect(settled).toEqual([]);
    expect(element.playing).toBe(false);

    // A second element, taken off the page while its call still waits.
    const removed = place({ lens: 'orchestra' });
    const waiting = removed.pause();
    removed.remove();
    await expect(waiting).rejects.toThrow('<ecs-orchestra> was taken off the page before it was ready.');

    firstFramePainted();
    await Promise.all(calls);
    expect(settled).toEqual(['setLens', 'setSpeed', 'play']);
    expect(heard[0]).toBe('ready');
    expect(heard).not.toContain('error');
    await waitFor(() => expect({ playing: element.playing, lens: element.lens, speed: element.speed }).toEqual({ playing: true, lens: 'orchestra', speed: 4 }), LAZY);
  });
});
