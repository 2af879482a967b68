/**
 * An embed's start and its API. The start (startEmbed.ts: an inline world, a lesson, `t=`, autoplay) runs as the
 * embed mounts, as it always has. The API (embedApi.ts: the controller) is not in the first picture: it is fetched
 * right after the first frame (afterFirstFrame.ts), tells the host the events from where that frame was, and listens
 * once the start is done, so what the host sent meanwhile (kept by the transport) is obeyed in order after the start,
 * and then says `ready`.
 */
import { useEffect } from 'react';
import { loadTemplateToWorld, type SimStore } from '../../store';
import { afterFirstFrame } from '../afterFirstFrame';
import type { ScenarioSource } from '../scenarioSource';
import type { EmbedController } from './embedController';
import { tagged } from './embedMessages';
import type { EmbedOptions } from './embedOptions';
import type { EmbedTransport } from './embedTransport';
import { lateModule } from '../lateModule';
import type { LessonStepSaid } from './lessonSeam';
import { logPlaceOf, type LogPlace } from '../logPlace';
import { loadMessageReader } from './messageReader';
import { startEmbed } from './startEmbed';

type Api = typeof import('./embedApi');

/** The API's module, fetched once (and again after a fetch that failed). */
export const loadEmbedApi = lateModule<Api>(() => import('./embedApi')).load;

interface Started {
  /** What the start could not do as asked, once it is done. */
  readonly notices: Promise<readonly string[]>;
  /** Where the log stood when the embed mounted: the host hears the events from here. */
  readonly since: LogPlace;
}

/** Started once per store: StrictMode runs the effect twice, and a second start would seek and play again. */
const starts = new WeakMap<SimStore, Started>();

export interface EmbedApiPlace {
  readonly options: EmbedOptions;
  readonly source: ScenarioSource;
  readonly transport: EmbedTransport;
  readonly lessonsFolder: string;
}

/** Starts the embed in `store`, fetches its API after the first frame and says `ready`; `onNotices` hears what the start could not do. */
export function useEmbedApi(store: SimStore, { options, source, transport, lessonsFolder }: EmbedApiPlace, onNotices: (notices: readonly string[]) => void): void {
  useEffect(() => {
    const send = transport.send.bind(transport);
    const onStep = (step: LessonStepSaid) => send(tagged({ type: 'lessonStep', ...step }));
    let started = starts.get(store);
    if (!started) {
      const since = logPlaceOf(store.getState());
      started = { since, notices: startEmbed(store, options, { scenarios: source, lessonsFolder }, onStep) };
      starts.set(store, started);
    }
    const { since, notices } = started;
    let live = true;
    let controller: EmbedController | null = null;
    let stop = () => {};

    void notices.then((more) => {
      if (live && more.length > 0) onNotices(more);
    });
    const connect = ({ createEmbedApi }: Api): EmbedController => {
      const made = createEmbedApi(store, { readonly: options.readonly, send, source, lessonsFolder, onStep, since, toWorld: loadTemplateToWorld, readMessages: loadMessageReader });
      controller = made;
      void notices.then(() => {
        if (!live) return;
        stop();
        stop = transport.listen((data) => made.handle(data));
        made.ready();
      });
      return made;
    };
    void afterFirstFrame()
      .then(loadEmbedApi)
      .then(
        (api) => {
          if (live) connect(api);
        },
        () => {
          if (!live) return;
          // The API could not be fetched: each message the host sends tries again, answered with why while it cannot.
          stop = transport.listen(async (data) => {
            try {
              const api = await loadEmbedApi();
              if (!live) return 'The embed is gone.';
              const made = controller ?? connect(api);
              await notices;
              return made.handle(data);
            } catch (thrown) {
              const error = `The embed could not load its API (${thrown instanceof Error ? thrown.message : String(thrown)}); try again.`;
              send(tagged({ type: 'error', message: error }));
              return error;
            }
          });
        },
      );
    return () => {
      live = false;
      stop();
      controller?.destroy();
    };
    // Started once per mounted embed: the options are its start.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, transport]);
}
