/** What React Flow and the particle canvas need from a browser that jsdom does not have. */
import { vi } from 'vitest';

export function installBrowserStubs(): void {
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
