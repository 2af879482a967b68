/** What React Flow and the particle canvas need from a browser that jsdom does not have. */
import { vi } from 'vitest';

/** The stage's pane at 1440x900 in the app shell (a 1000x750 box less its toolbar), unless a test asks for another. */
export const PANE = { width: 1000, height: 718 } as const;

export function installBrowserStubs(pane: { readonly width: number; readonly height: number } = PANE): void {
  // jsdom lays nothing out; React Flow reads its pane's size from offsetWidth/offsetHeight (500x500 when both are 0).
  vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockReturnValue(pane.width);
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(pane.height);
  class ResizeObserverStub {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  vi.stubGlobal('ResizeObserver', ResizeObserverStub);
  if (!('DOMMatrixReadOnly' in globalThis)) {
    class DOMMatrixReadOnlyStub {
      readonly m22: number;
      constructor(transform?: string) {
        const scale = /scale\(([\d.]+)\)/.exec(transform ?? '');
        this.m22 = scale ? Number(scale[1]) : 1;
      }
    }
    vi.stubGlobal('DOMMatrixReadOnly', DOMMatrixReadOnlyStub);
  }
  // jsdom has no 2D canvas (and says so on the console); the particle layer draws nothing without one.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
}
