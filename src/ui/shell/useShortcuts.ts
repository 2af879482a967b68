import { useEffect, useRef, type RefObject } from 'react';
import type { SimStore } from '../../store';
import { bindingFor, KEY_BINDINGS } from './keyBindings';

/** The keys as Help and the Legend list them (every binding of keyBindings.ts). */
export const SHORTCUTS: readonly { keys: string; does: string }[] = KEY_BINDINGS.map((b) => ({ keys: b.label, does: b.does }));

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
 * The app's keys, bound from the one table (keyBindings.ts). They act only while focus is inside this app (a docs
 * page with several stages keeps each one's keys to itself) and never while typing in a field.
 */
export function useShortcuts(root: RefObject<HTMLElement | null>, store: SimStore, actions: ShortcutActions = {}): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || typing(event.target)) return;
      const binding = bindingFor(event);
      if (binding === null) return;
      const onButton = event.target instanceof HTMLElement && event.target.closest('button, [role="button"], a, summary') !== null;
      // Space on a focused control presses it; elsewhere it plays and pauses.
      if (onButton && (!binding.onButtons || event.key === ' ')) return;
      if (binding.notInWidgets && inWidget(event.target)) return;
      const { onEscape, fullscreen, openSpeakerView } = latest.current;
      const done = binding.run({
        state: store.getState(),
        root: element,
        event,
        task: taskInFocus(event.target, store),
        fullscreen: fullscreen ?? (() => {}),
        openSpeakerView: openSpeakerView ?? (() => {}),
        escape: (e) => onEscape?.(e) ?? false,
      });
      if (done === false) return;
      event.preventDefault();
    };
    // Heard at the document, after the app's own handlers (React's, at its root) have had the key: a form's Escape
    // that closes the form stops it there. Only keys from inside this app count.
    // The root node is the document, or the shadow root of a custom element (where the document would see the
    // element itself as the target).
    const scope = element.getRootNode();
    const onDocumentKeyDown = (event: Event) => {
      if (event instanceof KeyboardEvent && event.target instanceof Node && element.contains(event.target)) onKeyDown(event);
    };
    scope.addEventListener('keydown', onDocumentKeyDown);
    return () => scope.removeEventListener('keydown', onDocumentKeyDown);
  }, [root, store]);
}
