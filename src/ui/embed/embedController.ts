/**
 * One embed's API, whatever carries it: the iframe's postMessage bridge and the custom element's methods both hand
 * messages to `handle` and pass on what `send` is given. Every message is validated (embedParsing.ts) and a
 * command is judged by the engine (`check`) before it runs; anything refused changes nothing and is answered
 * with an `error`. It comes right after the embed's first frame (useEmbedApi.ts), and tells the host the events
 * from where that frame was (`since`).
 */
import type { LogEntry, SimState, SimStore } from '../../store';
import { tagged, type EmbedState, type IncomingMessage, type Outgoing } from './embedMessages';
import { seekTo } from './embedSeek';
import { logPlaceOf, type LogPlace } from '../logPlace';
import type { MessageReader } from './messageReader';


/** How often, at most, time-only `state` messages and `events` batches go out (wall-clock ms). */
export const EMBED_THROTTLE_MS = 250;
/** Events per batch; more in one interval are counted as `dropped`. */
export const EVENTS_PER_BATCH = 200;

export interface EmbedControllerOptions {
  readonly readonly: boolean;
  readonly send: (message: Outgoing) => void;
  /** Opens a bundled scenario by name or a template object; resolves to why it could not, or null. */
  readonly loadScenario: (scenario: string | Record<string, unknown>) => Promise<string | null>;
  readonly loadLesson: (lesson: string, step: number | null) => Promise<string | null>;
  /** Fetches the reader of messages (messageReader.ts), with the first message. */
  readonly readMessages: () => Promise<MessageReader>;
  /** Where the host's events begin (the embed's first frame); from the store as it is now when not given. */
  readonly since?: LogPlace;
}

export interface EmbedController {
  /** Validates and obeys one message; resolves to the error sent back, or null when it was done. */
  handle(data: unknown): Promise<string | null>;
  /** Says `ready` (once the first world is on screen). */
  ready(): void;
  state(): EmbedState;
  destroy(): void;
}

export function embedStateOf(state: SimState): EmbedState {
  return { playing: state.playing, speed: state.speed, lens: state.lens, t: state.now / 1000 };
}

export function createEmbedController(store: SimStore, options: EmbedControllerOptions): EmbedController {
  const { send } = options;
  const since = options.since ?? logPlaceOf(store.getState());
  let last = embedStateOf(store.getState());
  let stateTimer: ReturnType<typeof setTimeout> | null = null;
  let eventsTimer: ReturnType<typeof setTimeout> | null = null;
  let lastSeq = since.seq;
  let generation = since.generation;
  let log: SimState['log'] | null = null;
  let pending: LogEntry[] = [];
  let dropped = 0;
  let live = true;

  const sendState = () => {
    stateTimer = null;
    last = embedStateOf(store.getState());
    send(tagged({ type: 'state', state: last }));
  };
  const flushEvents = () => {
    eventsTimer = null;
    if (pending.length === 0) return;
    send(tagged({ type: 'events', events: pending.map((entry) => entry.event), dropped }));
    pending = [];
    dropped = 0;
  };

  const collectEvents = (state: SimState) => {
    if (state.generation !== generation) {
      // A new world (load, reset): its events count from the start again.
      generation = state.generation;
      lastSeq = 0;
    }
    // The log is a new array only when events were added: most frames skip this.
    const fresh = state.log === log ? [] : state.log.filter((entry) => entry.seq > lastSeq);
    log = state.log;
    if (fresh.length > 0) {
      lastSeq = fresh[fresh.length - 1]?.seq ?? lastSeq;
      for (const entry of fresh) {
        if (pending.length < EVENTS_PER_BATCH) pending.push(entry);
        else dropped++;
      }
      eventsTimer ??= setTimeout(flushEvents, EMBED_THROTTLE_MS);
    }
  };

  const unsubscribe = store.subscribe((state) => {
    const now = embedStateOf(state);
    if (now.playing !== last.playing || now.speed !== last.speed || now.lens !== last.lens) {
      if (stateTimer !== null) clearTimeout(stateTimer);
      sendState();
    } else if (now.t !== last.t && stateTimer === null) {
      stateTimer = setTimeout(sendState, EMBED_THROTTLE_MS);
    }
    collectEvents(state);
  });
  // What happened between `since` and now goes in the first batch.
  collectEvents(store.getState());

  const refuse = (error: string, message?: { type?: string; id?: string | number }): string => {
    send(tagged({ type: 'error', message: error, ...(message?.id !== undefined ? { id: message.id } : {}), ...(message?.type ? { about: message.type } : {}) }));
    return error;
  };

  const obey = async (message: IncomingMessage, { parseCommand }: MessageReader): Promise<string | null> => {
    const state = store.getState();
    switch (message.type) {
      case 'play':
        if (state.seeking) return 'The embed is still bringing the world to its start time.';
        state.play();
        return null;
      case 'pause':
        state.pause();
        return null;
      case 'setSpeed':
        state.setSpeed(message.speed);
        return null;
      case 'setLens':
        state.setLens(message.lens);
        return null;
      case 'seek':
        await seekTo(store, Math.round(message.t * 1000));
        return null;
      case 'loadScenario':
        return options.loadScenario(message.scenario);
      case 'loadLesson':
        return options.loadLesson(message.lesson, message.step ?? null);
      case 'command': {
        if (options.readonly) return 'This embed is read-only (readonly=1): it takes no commands.';
        const parsed = parseCommand(message.command);
        if (!parsed.ok) return parsed.error;
        const check = state.check(parsed.value);
        if (!check.allowed) return `Refused: ${check.reason}`;
        state.dispatch(parsed.value);
        return null;
      }
    }
  };

  return {
    async handle(data) {
      if (!live) return 'The embed is gone.';
      let reading: MessageReader;
      try {
        reading = await options.readMessages();
      } catch (thrown) {
        return refuse(`The embed could not load its message reader (${thrown instanceof Error ? thrown.message : String(thrown)}); try again.`);
      }
      if (!live) return 'The embed is gone.';
      const parsed = reading.parseIncoming(data);
      if (!parsed.ok) {
        const raw = typeof data === 'object' && data !== null ? (data as { type?: unknown; id?: unknown }) : {};
        const id = typeof raw.id === 'string' || typeof raw.id === 'number' ? raw.id : undefined;
        return refuse(parsed.error, { ...(typeof raw.type === 'string' ? { type: raw.type } : {}), ...(id !== undefined ? { id } : {}) });
      }
      let error: string | null;
      try {
        error = await obey(parsed.value, reading);
      } catch (thrown) {
        error = thrown instanceof Error ? thrown.message : String(thrown);
      }
      return error === null ? null : refuse(error, parsed.value);
    },
    ready() {
      last = embedStateOf(store.getState());
      send(tagged({ type: 'ready', state: last, title: store.getState().scenario.title }));
    },
    state: () => embedStateOf(store.getState()),
    destroy() {
      live = false;
      unsubscribe();
      if (stateTimer !== null) clearTimeout(stateTimer);
      if (eventsTimer !== null) clearTimeout(eventsTimer);
    },
  };
}
