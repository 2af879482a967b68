/**
 * After an "Inspect" press far from the inspector (on a phone it sits below the whole world), bring it into view so
 * the press visibly did something. Focus stays on the button, so pressing Inspect on row after row keeps working;
 * several apps on one page each reveal their own inspector.
 */
export function revealInspector(from: Element): void {
  const inspector = from.closest('.app')?.querySelector('.inspector');
  // jsdom has no scrollIntoView.
  if (!inspector || typeof inspector.scrollIntoView !== 'function') return;
  const box = inspector.getBoundingClientRect();
  if (box.top < window.innerHeight && box.bottom > 0) return;
  inspector.scrollIntoView({ block: 'start' });
}
