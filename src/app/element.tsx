/**
 * `<ecs-orchestra>`: the embed as a custom element, built by `npm run build` into ecs-orchestra.js beside the app.
 * Its attributes are the embed's URL parameters; its styles live in its shadow root (ecs-orchestra.css, linked
 * there), so the host's CSS cannot reach in and its own cannot leak out; each element has its own store. The API
 * is the iframe's: methods (play, pause, setSpeed, setLens, seek, loadScenario, loadLesson, command), properties
 * (playing, speed, lens, time) and DOM events (ready, state, lessonstep, events, error; the message in `detail`).
 * A method called before `ready` (the API comes right after the first frame) waits in the element's inbox and is
 * done, in order, once it is ready; its promise settles then.
 */
import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { EmbedApp } from '../ui/embed/EmbedApp';
import { EMBED_PARAMS, parseEmbedOptions, type EmbedParam } from '../ui/embed/embedOptions';
import { PROTOCOL_KEY, PROTOCOL_VERSION, type EmbedState, type Outgoing } from '../ui/embed/embedMessages';
import { createInbox, type EmbedTransport } from '../ui/embed/embedTransport';
import { fetchScenarioSource } from '../ui/scenarioSource';
import '../ui/styles.css';

/** Beside this module in the build; a name in a variable, so the bundler leaves the address to the browser. */
const STYLESHEET = 'ecs-orchestra.css';
const HERE = './';
const SCENARIOS = './scenarios/';

const EVENT_NAMES: Record<Outgoing['type'], string> = { ready: 'ready', state: 'state', lessonStep: 'lessonstep', events: 'events', error: 'error' };

export class EcsOrchestraElement extends HTMLElement {
  static readonly observedAttributes = [...EMBED_PARAMS];
  #root: Root | null = null;
  /** What its methods ask, kept until the embed's API listens; it outlives a restart by a changed attribute. */
  readonly #inbox = createInbox();
  #state: EmbedState | null = null;

  connectedCallback(): void {
    if (this.#root) return;
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = new URL(STYLESHEET, import.meta.url).toString();
    const mount = document.createElement('div');
    mount.className = 'ecs-orchestra-root';
    shadow.replaceChildren(link, mount);
    const root = createRoot(mount);
    this.#root = root;
    const options = parseEmbedOptions((name: EmbedParam) => this.getAttribute(name));
    const appUrl = new URL(HERE, import.meta.url).toString();
    const transport: EmbedTransport = {
      send: (message) => {
        if (message.type === 'ready' || message.type === 'state') this.#state = message.state;
        this.dispatchEvent(new CustomEvent(EVENT_NAMES[message.type], { detail: message }));
      },
      listen: (handle) => this.#inbox.listen(handle),
    };
    const render = () => {
      if (this.#root !== root) return;
      root.render(
        <StrictMode>
          <EmbedApp options={options} source={fetchScenarioSource(new URL(SCENARIOS, import.meta.url).toString())} lessonsFolder={new URL('./lessons/', import.meta.url).toString()} transport={transport} appUrl={appUrl} />
        </StrictMode>,
      );
    };
    // Drawn once its styles are in, so the stage measures its nodes as they will look.
    link.addEventListener('load', render, { once: true });
    link.addEventListener('error', render, { once: true });
  }

  disconnectedCallback(): void {
    this.#stop();
    this.#inbox.drop('<ecs-orchestra> was taken off the page before it was ready.');
  }

  /** A changed attribute starts the embed afresh with the new options (as a changed iframe src would). */
  attributeChangedCallback(_name: string, before: string | null, after: string | null): void {
    if (before === after || !this.#root) return;
    this.#stop();
    this.connectedCallback();
  }

  #stop(): void {
    this.#root?.unmount();
    this.#root = null;
    this.#state = null;
  }

  #send(type: string, fields: Record<string, unknown> = {}): Promise<void> {
    if (!this.#root) return Promise.reject(new Error('<ecs-orchestra> is not on the page: add it to the page first.'));
    return this.#inbox.deliver({ [PROTOCOL_KEY]: PROTOCOL_VERSION, type, ...fields }).then((error) => {
      if (error !== null) throw new Error(error);
    });
  }

  play(): Promise<void> {
    return this.#send('play');
  }
  pause(): Promise<void> {
    return this.#send('pause');
  }
  setSpeed(speed: number): Promise<void> {
    return this.#send('setSpeed', { speed });
  }
  setLens(lens: string): Promise<void> {
    return this.#send('setLens', { lens });
  }
  seek(t: number): Promise<void> {
    return this.#send('seek', { t });
  }
  loadScenario(scenario: string | Record<string, unknown>): Promise<void> {
    return this.#send('loadScenario', { scenario });
  }
  loadLesson(lesson: string, step?: number): Promise<void> {
    return this.#send('loadLesson', { lesson, ...(step !== undefined ? { step } : {}) });
  }
  command(command: Record<string, unknown>): Promise<void> {
    return this.#send('command', { command });
  }

  get playing(): boolean {
    return this.#state?.playing ?? false;
  }
  get speed(): number | null {
    return this.#state?.speed ?? null;
  }
  set speed(speed: number) {
    void this.setSpeed(speed).catch(() => undefined);
  }
  get lens(): string | null {
    return this.#state?.lens ?? null;
  }
  set lens(lens: string) {
    void this.setLens(lens).catch(() => undefined);
  }
  /** Simulated seconds, as of the last `state` event (at most a quarter second behind while playing). */
  get time(): number | null {
    return this.#state?.t ?? null;
  }
}

if (!customElements.get('ecs-orchestra')) customElements.define('ecs-orchestra', EcsOrchestraElement);
