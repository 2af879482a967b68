/**
 * What a key press inside the app does, by the one table (keyBindings.ts): loaded with the table right after the
 * first frame (shortcutTable.ts), and bound by useShortcuts.
 */
import type { SimStore } from '../../store';
import { bindingFor, type ShortcutContext } from './keyBindings';

export { bindingFor, KEY_GROUPS, rowsOf } from './keyBindings';

/** Focus is in a field that takes typing, where keys belong to the field. */
export function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA' || target.isContentEditable;
}

/** Focus is on something that moves within itself with the arrow keys, Home and End. */
function inWidget(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('[role="tablist"], [role="tab"], [role="slider"], [role="separator"], [role="listbox"], [role="menu"], [role="radiogroup"], [role="grid"]') !== null;
}

/** The task a stage node with focus stands for, else the selected task. */
function taskInFocus(target: EventTarget | null, store: SimStore): string | null {
  const node = target instanceof HTMLElement ? target.closest('.stage-task') : null;
  const id = node?.getAttribute('data-task-id');
  if (id) return id;
  const selection = store.getState().selection;
  return selection?.kind === 'task' ? selection.id : null;
}

export interface ShortcutActions {
  /** Gets Escape first; true when it dealt with it (the shell moves focus from the dock back to the selected node). */
  readonly onEscape?: (event: KeyboardEvent) => boolean;
  readonly fullscreen?: () => void;
  readonly openSpeakerView?: () => void;
}

/**
 * Does what the table binds to this key press, if anything, and then keeps the page from doing it too. `target` is
 * where the key was pressed: a key pressed before this module was in is handled once it is, after the event's
 * dispatch, when an event from inside a shadow root no longer says.
 */
export function handleShortcutKey(
  event: KeyboardEvent,
  target: EventTarget | null,
  root: HTMLElement,
  store: SimStore,
  actions: ShortcutActions & Pick<ShortcutContext, 'clock'>,
): void {
  if (event.defaultPrevented || typing(target)) return;
  const binding = bindingFor(event);
  if (binding === null) return;
  const onButton = target instanceof HTMLElement && target.closest('button, [role="button"], a, summary') !== null;
  // Space on a focused control presses it; elsewhere it plays and pauses.
  if (onButton && (!binding.onButtons || event.key === ' ')) return;
  if (binding.notInWidgets && inWidget(target)) return;
  const { onEscape, fullscreen, openSpeakerView, clock } = actions;
  const done = binding.run({
    state: store.getState(),
    root,
    event,
    task: taskInFocus(target, store),
    fullscreen: fullscreen ?? (() => {}),
    openSpeakerView: openSpeakerView ?? (() => {}),
    escape: (e) => onEscape?.(e) ?? false,
    clock,
  });
  if (done === false) return;
  event.preventDefault();
}
