/**
 * The throttle behind the screen-reader announcements (WCAG 4.1.3): sentences queue up, and at most one message
 * leaves per interval of wall time. Several sentences become one summary, so 60x playback cannot flood a screen
 * reader. Clock and timer are injected so the rule can be tested without a browser.
 */
export const ANNOUNCE_INTERVAL_MS = 2000;
/** How many of the latest sentences a summary quotes. */
export const SUMMARY_SENTENCES = 3;

export interface AnnouncerTimers {
  readonly now: () => number;
  readonly setTimeout: (run: () => void, ms: number) => unknown;
  readonly clearTimeout: (handle: unknown) => void;
}

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** "3 events: A. B. C." or, past three, "12 events; the latest: X. Y. Z." */
export function summarize(sentences: readonly string[]): string {
  if (sentences.length === 1) return sentence(sentences[0] ?? '');
  const latest = sentences.slice(-SUMMARY_SENTENCES).map(sentence).join(' ');
  return sentences.length <= SUMMARY_SENTENCES ? `${sentences.length} events: ${latest}` : `${sentences.length} events; the latest: ${latest}`;
}

export class AnnouncementQueue {
  private queue: string[] = [];
  private lastFlush = -Infinity;
  private timer: unknown = null;

  constructor(
    private readonly say: (message: string) => void,
    private readonly timers: AnnouncerTimers,
    private readonly intervalMs = ANNOUNCE_INTERVAL_MS,
  ) {}

  push(sentences: readonly string[]): void {
    if (sentences.length === 0) return;
    this.queue.push(...sentences);
    if (this.timer !== null) return;
    const wait = Math.max(0, this.lastFlush + this.intervalMs - this.timers.now());
    this.timer = this.timers.setTimeout(() => this.flush(), wait);
  }

  /** Forget what is queued (a new world was loaded). */
  clear(): void {
    this.queue = [];
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
  }

  dispose(): void {
    this.clear();
  }

  private flush(): void {
    this.timer = null;
    if (this.queue.length === 0) return;
    const message = summarize(this.queue);
    this.queue = [];
    this.lastFlush = this.timers.now();
    this.say(message);
  }
}
