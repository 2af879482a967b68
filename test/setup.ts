import '@testing-library/jest-dom/vitest';

// React Flow measures its pane; jsdom has no ResizeObserver or DOMMatrixReadOnly.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;
