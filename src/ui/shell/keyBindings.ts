/**
 * The one table of the app's keys: useShortcuts binds exactly these, and the `?` overlay, Help and the Legend list
 * them from it, so what is listed is what is bound (test/ui/keyBindings.test.tsx presses every one).
 */
import type { Command } from '../../engine';
import { SPEEDS, type SimState } from '../../store';

export type KeyGroup = 'Playback' | 'Timeline' | 'Tasks and the stage' | 'Presenting' | 'Editing';

export const KEY_GROUPS: readonly KeyGroup[] = ['Playback', 'Timeline', 'Tasks and the stage', 'Presenting', 'Editing'];

/** What a key can reach besides the store: the app's element and the page's own doings (fullscreen, windows). */
export interface ShortcutContext {
  readonly state: SimState;
  readonly root: HTMLElement;
  readonly event: KeyboardEvent;
  /** The task of the focused stage node, else the selected task. */
  readonly task: string | null;
  readonly fullscreen: () => void;
  readonly openSpeakerView: () => void;
  /** Dealt with an Escape of its own (the shell: from the dock back to the node); true when it did. */
  readonly escape: (event: KeyboardEvent) => boolean;
  /**
   * A simulated moment as the clock shows it (format.ts's formatClock), handed in: this table loads after the first
   * frame, and importing format.ts here would have it bring the chunk with the page's stylesheet, which a custom
   * element's page must not get in its head (the element keeps its styles in its shadow root).
   */
  readonly clock: (ms: number) => string;
}

export interface KeyBinding {
  /** KeyboardEvent.key values that trigger it (without Ctrl, Alt or Meta unless `match` says otherwise). */
  readonly keys: readonly string[];
  /** The keys as listed. */
  readonly label: string;
  readonly does: string;
  readonly group: KeyGroup;
  /** Also when a button has focus (never Space, which presses the button). */
  readonly onButtons?: boolean;
  /** Only when focus is not on something the arrow keys (or Home and End) move within: tabs, sliders, lists. */
  readonly notInWidgets?: boolean;
  /** A matcher instead of `keys` for keys with modifiers. */
  readonly match?: (event: KeyboardEvent) => boolean;
  /** Does it; false when there was nothing to do (the key then goes on to the page). */
  readonly run: (ctx: ShortcutContext) => boolean | void;
}

const TEN_SECONDS = 10_000;

function taskCommand(ctx: ShortcutContext, make: (task: string) => Command): boolean {
  if (ctx.task === null) return false;
  ctx.state.dispatch(make(ctx.task));
  return true;
}

/** The marker or bookmark moment after (or before) now, if any. */
function nextMoment(moments: readonly number[], now: number, forward: boolean): number | null {
  if (forward) return moments.find((t) => t > now) ?? null;
  const earlier = moments.filter((t) => t < now);
  return earlier.length > 0 ? earlier[earlier.length - 1]! : null;
}

function jumpTo(state: SimState, moments: readonly number[], forward: boolean): boolean {
  const t = nextMoment(moments, state.now, forward);
  if (t === null) return false;
  state.seekTo(t);
  return true;
}

/** Page Down and Page Up: the lesson's next step when a lesson is open, else the next bookmark. */
function story(state: SimState, forward: boolean): boolean {
  const lesson = state.lessonPresenter;
  if (lesson && lesson.step) {
    if (forward) lesson.next();
    else lesson.back();
    return true;
  }
  return jumpTo(state, state.timeline.bookmarks.map((b) => b.atMs), forward);
}

/** Focus moves to the next (or previous) task on the stage. */
function focusTask(root: HTMLElement, forward: boolean): boolean {
  const tasks = [...root.querySelectorAll<HTMLElement>('.stage-task .stage-button')];
  if (tasks.length === 0) return false;
  const at = tasks.findIndex((t) => t === root.ownerDocument.activeElement);
  const next = at < 0 ? (forward ? 0 : tasks.length - 1) : (at + (forward ? 1 : -1) + tasks.length) % tasks.length;
  tasks[next]!.focus();
  return true;
}

const ctrl = (event: KeyboardEvent): boolean => (event.ctrlKey || event.metaKey) && !event.altKey;

export const KEY_BINDINGS: readonly KeyBinding[] = [
  { keys: [' ', 'k', 'K'], label: 'Space or K', does: 'Play or pause', group: 'Playback', onButtons: true, run: ({ state }) => state.togglePlaying() },
  { keys: ['n', 'N', '.'], label: 'N or .', does: 'Step to the next event', group: 'Playback', onButtons: true, run: ({ state }) => state.step() },
  {
    keys: ['+', '='],
    label: '+',
    does: 'Faster',
    group: 'Playback',
    onButtons: true,
    run: ({ state }) => {
      const faster = SPEEDS.find((s) => s > state.speed);
      if (faster === undefined) return false;
      state.setSpeed(faster);
    },
  },
  {
    keys: ['-'],
    label: '-',
    does: 'Slower',
    group: 'Playback',
    onButtons: true,
    run: ({ state }) => {
      const slower = [...SPEEDS].reverse().find((s) => s < state.speed);
      if (slower === undefined) return false;
      state.setSpeed(slower);
    },
  },
  { keys: ['ArrowLeft', 'j', 'J'], label: '← or J', does: 'Back 10 seconds', group: 'Timeline', onButtons: true, notInWidgets: true, run: ({ state }) => state.seekBy(-TEN_SECONDS) },
  {
    keys: ['ArrowRight', 'u', 'U'],
    label: '→ or U',
    does: 'Forward 10 seconds (past the run’s end, it plays on)',
    group: 'Timeline',
    onButtons: true,
    notInWidgets: true,
    run: ({ state }) => {
      const target = state.now + TEN_SECONDS;
      if (target <= state.timeline.end) state.seekTo(target);
      else state.advanceTo(target);
    },
  },
  { keys: ['['], label: '[', does: 'Previous event marker', group: 'Timeline', onButtons: true, run: ({ state }) => jumpTo(state, state.timeline.markers.map((m) => m.t), false) },
  { keys: [']'], label: ']', does: 'Next event marker', group: 'Timeline', onButtons: true, run: ({ state }) => jumpTo(state, state.timeline.markers.map((m) => m.t), true) },
  { keys: ['PageDown'], label: 'Page Down', does: 'Next lesson step, else next bookmark (a clicker’s “next”)', group: 'Timeline', onButtons: true, run: ({ state }) => story(state, true) },
  { keys: ['PageUp'], label: 'Page Up', does: 'Previous lesson step, else previous bookmark (a clicker’s “back”)', group: 'Timeline', onButtons: true, run: ({ state }) => story(state, false) },
  { keys: ['Home'], label: 'Home', does: 'To the start of the run', group: 'Timeline', onButtons: true, notInWidgets: true, run: ({ state }) => state.seekTo(0) },
  { keys: ['End'], label: 'End', does: 'To the furthest moment the run has reached', group: 'Timeline', onButtons: true, notInWidgets: true, run: ({ state }) => state.seekTo(state.timeline.end) },
  { keys: ['m', 'M'], label: 'M', does: 'Bookmark this moment', group: 'Timeline', onButtons: true, run: ({ state, clock }) => state.addBookmark(`Bookmark at ${clock(state.now)}`) },
  { keys: ['c', 'C'], label: 'C', does: 'Crash the focused task', group: 'Tasks and the stage', onButtons: true, run: (ctx) => taskCommand(ctx, (task) => ({ do: 'crashTask', task })) },
  { keys: ['h', 'H'], label: 'H', does: 'Fail the focused task’s health checks (HTTP 500)', group: 'Tasks and the stage', onButtons: true, run: (ctx) => taskCommand(ctx, (task) => ({ do: 'failHealthChecks', task })) },
  { keys: ['x', 'X'], label: 'X', does: 'Stop the focused task', group: 'Tasks and the stage', onButtons: true, run: (ctx) => taskCommand(ctx, (task) => ({ do: 'stopTask', task })) },
  { keys: ['t'], label: 'T', does: 'Focus the next task on the stage', group: 'Tasks and the stage', onButtons: true, run: ({ root }) => focusTask(root, true) },
  { keys: ['T'], label: 'Shift+T', does: 'Focus the previous task', group: 'Tasks and the stage', onButtons: true, run: ({ root }) => focusTask(root, false) },
  {
    keys: ['0'],
    label: '0',
    does: 'Fit the stage in view',
    group: 'Tasks and the stage',
    onButtons: true,
    run: ({ root }) => {
      const fit = [...root.querySelectorAll<HTMLButtonElement>('.stage-camera button')].find((b) => b.textContent?.trim() === 'Fit stage');
      if (!fit) return false;
      fit.click();
    },
  },
  { keys: ['l', 'L'], label: 'L', does: 'Switch the lens (AWS, orchestra)', group: 'Tasks and the stage', onButtons: true, run: ({ state }) => state.toggleLens() },
  { keys: ['o', 'O'], label: 'O', does: 'Spotlight the focused node (the rest dims)', group: 'Presenting', onButtons: true, run: ({ state }) => state.togglePresenter('spotlight') },
  { keys: ['z', 'Z'], label: 'Z', does: 'Laser pointer: a fading trail follows the mouse', group: 'Presenting', onButtons: true, run: ({ state }) => state.togglePresenter('laser') },
  {
    keys: ['p', 'P'],
    label: 'P',
    does: 'Presenter mode in and out (the stage alone, projector type)',
    group: 'Presenting',
    onButtons: true,
    run: ({ state }) => state.setPresenter({ presenting: !state.presenter.presenting, dock: false }),
  },
  { keys: ['f', 'F'], label: 'F', does: 'Full screen in and out', group: 'Presenting', onButtons: true, run: ({ fullscreen }) => fullscreen() },
  { keys: ['i', 'I'], label: 'I', does: 'High contrast in and out', group: 'Presenting', onButtons: true, run: ({ state }) => state.togglePresenter('highContrast') },
  { keys: ['d', 'D'], label: 'D', does: 'In presenter mode: the side panel in and out', group: 'Presenting', onButtons: true, run: ({ state }) => (state.presenter.presenting ? state.togglePresenter('dock') : false) },
  { keys: ['b', 'B'], label: 'B', does: 'Black screen in and out (a clicker’s “blank”)', group: 'Presenting', onButtons: true, run: ({ state }) => state.togglePresenter('blackout') },
  { keys: ['s', 'S'], label: 'S', does: 'Open the speaker view (a second window)', group: 'Presenting', onButtons: true, run: ({ openSpeakerView }) => openSpeakerView() },
  { keys: ['?'], label: '?', does: 'This list of keys', group: 'Presenting', onButtons: true, run: ({ state }) => state.togglePresenter('keys') },
  {
    keys: ['Escape'],
    label: 'Escape',
    does: 'Closes this list or the black screen; in the side panel: back to the selected node; on the stage: clears the selection',
    group: 'Tasks and the stage',
    onButtons: true,
    run: (ctx) => {
      const { state, event } = ctx;
      if (state.presenter.keys || state.presenter.blackout) {
        state.setPresenter({ keys: false, blackout: false });
        return true;
      }
      if (ctx.escape(event)) return true;
      if (state.selection === null) return false;
      state.select(null);
    },
  },
  {
    keys: [],
    label: 'Ctrl+Z (⌘Z)',
    does: 'Undo the last edit',
    group: 'Editing',
    onButtons: true,
    match: (event) => ctrl(event) && event.key.toLowerCase() === 'z' && !event.shiftKey,
    run: ({ state }) => void state.undo(),
  },
  {
    keys: [],
    label: 'Ctrl+Shift+Z or Ctrl+Y (⇧⌘Z)',
    does: 'Redo',
    group: 'Editing',
    onButtons: true,
    match: (event) => ctrl(event) && ((event.key.toLowerCase() === 'z' && event.shiftKey) || (event.key.toLowerCase() === 'y' && !event.shiftKey)),
    run: ({ state }) => void state.redo(),
  },
];

/** The binding a key press triggers, if any. */
export function bindingFor(event: KeyboardEvent): KeyBinding | null {
  for (const binding of KEY_BINDINGS) {
    if (binding.match) {
      if (binding.match(event)) return binding;
      continue;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) continue;
    if (binding.keys.includes(event.key)) return binding;
  }
  return null;
}

/** The table's rows of one group, as the overlay, Help and the Legend list them. */
export function rowsOf(group: KeyGroup): { keys: string; does: string }[] {
  return KEY_BINDINGS.filter((b) => b.group === group).map((b) => ({ keys: b.label, does: b.does }));
}
