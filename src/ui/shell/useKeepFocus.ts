import { useEffect, type RefObject } from 'react';

/**
 * Keeps keyboard focus in the app when what had it goes away under it: a seek rebuilds the stage (a task node is
 * replaced), a crashed task leaves it. Browsers move focus to the page's body then, where the app's keys no longer
 * reach; instead focus goes to the same task again when it is back, else to `fallback` (the world's area). Watched
 * with a MutationObserver, since removing a focused element fires no focus event.
 */
export function useKeepFocus(root: RefObject<HTMLElement | null>, fallback: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = root.current;
    if (!element) return undefined;
    const document = element.ownerDocument;
    let focused: { element: HTMLElement; task: string | null } | null = null;
    let frame: number | null = null;
    const onFocusIn = (event: FocusEvent) => {
      if (!(event.target instanceof HTMLElement)) return;
      focused = { element: event.target, task: event.target.closest('.stage-task')?.getAttribute('data-task-id') ?? null };
    };
    const check = () => {
      frame = null;
      if (focused === null || focused.element.isConnected) return;
      const active = document.activeElement;
      if (active !== null && active !== document.body) return;
      const task = focused.task;
      const again = task === null ? null : element.querySelector<HTMLElement>(`.stage-task[data-task-id="${CSS.escape(task)}"] .stage-button`);
      focused = null;
      (again ?? fallback.current)?.focus({ preventScroll: true });
    };
    const observer = new MutationObserver(() => {
      if (frame === null && focused !== null && !focused.element.isConnected) frame = requestAnimationFrame(check);
    });
    observer.observe(element, { childList: true, subtree: true });
    element.addEventListener('focusin', onFocusIn);
    return () => {
      observer.disconnect();
      element.removeEventListener('focusin', onFocusIn);
      if (frame !== null) cancelAnimationFrame(frame);
    };
  }, [root, fallback]);
}
