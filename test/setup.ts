import '@testing-library/jest-dom/vitest';
import { loadYamlSupport } from '../src/scenario';
import { loadScenarioLoader } from '../src/store/scenarioLoader';

// React Flow measures its pane; jsdom has no ResizeObserver or DOMMatrixReadOnly.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;

// YAML support loads on demand in the app (it is not on the first frame); tests read YAML anywhere, so load it once.
await loadYamlSupport();
// The same for the loader, which the app fetches right after its first frame (src/store/scenarioLoader.ts).
await loadScenarioLoader();
