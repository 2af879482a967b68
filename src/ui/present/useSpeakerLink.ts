import { useEffect, type RefObject } from 'react';
import type { SimState, SimStore } from '../../store';
import { lateModule } from '../lateModule';
import { loadShortcuts } from '../shell/shortcutTable';
import { openChannel, type SpeakerMessage, type SpeakerStatus } from './speakerChannel';
import { toggleFullscreen } from './fullscreen';
import { formatClock } from '../format';

const speakerMessages = lateModule(() => import('./speakerMessages'));

/** Status a few times a second at most: the clock moves every frame while playing. */
const STATUS_EVERY_MS = 250;

/** Opens the speaker view: this page again with ?speaker=1, in a window of its own. */
export function openSpeakerWindow(): void {
  const url = new URL(window.location.href);
  url.hash = '';
  url.search = '?speaker=1';
  window.open(url.toString(), 'ecs-orchestra-speaker', 'popup,width=900,height=700');
}

function statusOf(state: SimState): SpeakerStatus {
  const lesson = state.lessonPresenter ?? null;
  return {
    type: 'status',
    title: state.scenario.title,
    now: state.now,
    end: state.timeline.end,
    playing: state.playing,
    speed: state.speed,
    presenting: state.presenter.presenting,
    blackout: state.presenter.blackout,
    step: lesson?.step ?? null,
    nextTitle: lesson?.nextTitle ?? null,
    bookmarks: state.timeline.bookmarks.map((b) => ({ atMs: b.atMs, name: b.name })),
  };
}

/**
 * The projected window's side of the speaker view: says where it is (on change, at most every 250 ms, and when a
 * speaker view says hello), and presses the keys the speaker view asks for, through the same table the keyboard
 * uses. Messages are validated: anything else on the channel is ignored.
 */
export function useSpeakerLink(store: SimStore, root: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const channel = openChannel();
    if (!channel) return undefined;
    let timer: number | null = null;
    let lastSent = 0;
    let live = true;
    const send = () => {
      timer = null;
      lastSent = performance.now();
      channel.postMessage(statusOf(store.getState()));
    };
    const soon = () => {
      if (timer !== null) return;
      timer = window.setTimeout(send, Math.max(0, STATUS_EVERY_MS - (performance.now() - lastSent)));
    };
    const unsubscribe = store.subscribe(soon);
    const obey = (message: SpeakerMessage | null) => {
      if (!live || message === null) return;
      if (message.type === 'hello') send();
      if (message.type !== 'key') return;
      void loadShortcuts().then(({ bindingFor }) => {
        const element = root.current;
        if (!live || !element) return;
        const key = new KeyboardEvent('keydown', { key: message.key });
        const binding = bindingFor(key);
        if (!binding) return;
        binding.run({
          state: store.getState(),
          root: element,
          event: key,
          task: null,
          fullscreen: () => toggleFullscreen(element),
          openSpeakerView: () => {},
          escape: () => false,
          clock: formatClock,
        });
        send();
      });
    };
    // The messages' schemas come with the first message (one module, so messages are read in the order they came);
    // while they cannot be fetched, messages are ignored like any others that cannot be read.
    channel.onmessage = (event: MessageEvent) =>
      void speakerMessages.load().then(
        ({ readSpeakerMessage }) => obey(readSpeakerMessage(event.data)),
        () => undefined,
      );
    send();
    return () => {
      live = false;
      unsubscribe();
      if (timer !== null) window.clearTimeout(timer);
      channel.close();
    };
  }, [store, root]);
}
