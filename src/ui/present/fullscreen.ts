/**
 * Full screen where the page may have it (an embed without allow="fullscreen" may not): a refusal is not an error
 * worth showing, presenter mode works in the window too.
 */
export function inFullscreen(): boolean {
  return typeof document !== 'undefined' && document.fullscreenElement != null;
}

export function enterFullscreen(element: HTMLElement): void {
  if (inFullscreen() || typeof element.requestFullscreen !== 'function') return;
  element.requestFullscreen().catch(() => {});
}

export function exitFullscreen(): void {
  if (!inFullscreen() || typeof document.exitFullscreen !== 'function') return;
  document.exitFullscreen().catch(() => {});
}

export function toggleFullscreen(element: HTMLElement): void {
  if (inFullscreen()) exitFullscreen();
  else enterFullscreen(element);
}
