// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/scenario';
import { createSimStore, SimProvider } from '../../../src/store';
import { CAPTION_FADE_MS, CAPTION_HOLD_MS, captionOpacity, shownCaptions, type CaptionEntry } from '../../../src/ui/stage/captions/captionBook';
import { Stage } from '../../../src/ui/stage/Stage';
import { manualFrames } from '../../store/manualFrames';
import { installBrowserStubs } from './jsdomStubs';

function entry(seq: number, t: number, id: string, aws: string): CaptionEntry {
  return { seq, t, subject: { kind: 'task', id }, tone: 'problem', text: { aws, orchestra: `orchestra: ${aws}` } };
}

describe('caption timing (simulated time)', () => {
  it('holds, then fades, then is gone; with reduced motion it holds and is then gone at once', () => {
    const t = 30_000;
    expect(captionOpacity(t, t, false)).toBe(1);
    expect(captionOpacity(t, t + CAPTION_HOLD_MS, false)).toBe(1);
    expect(captionOpacity(t, t + CAPTION_HOLD_MS + CAPTION_FADE_MS / 2, false)).toBeCloseTo(0.5);
    expect(captionOpacity(t, t + CAPTION_HOLD_MS + CAPTION_FADE_MS, false)).toBe(0);
    expect(captionOpacity(t, t + CAPTION_HOLD_MS + CAPTION_FADE_MS / 2, true)).toBe(1);
    expect(captionOpacity(t, t + CAPTION_HOLD_MS + CAPTION_FADE_MS, true)).toBe(0);
  });

  it('shows one caption per node with its latest two lines, and drops those whose time is up', () => {
    const entries = [
      entry(1, 0, 'A-1', 'old'),
      entry(2, 30_000, 'A-1', 'Health checks failed with these codes: [302]'),
      entry(3, 30_000, 'A-2', 'Health checks failed with these codes: [302]'),
      entry(4, 31_000, 'A-1', 'ECS stops it'),
      entry(5, 31_500, 'A-1', 'ECS stops it'),
    ];
    const shown = shownCaptions(entries, 32_000);
    expect(shown.map((caption) => [caption.key, caption.lines.map((line) => line.text.aws)])).toEqual([
      ['task:A-2', ['Health checks failed with these codes: [302]']],
      ['task:A-1', ['Health checks failed with these codes: [302]', 'ECS stops it']],
    ]);
    expect(shownCaptions(entries, 30_000 + CAPTION_HOLD_MS + CAPTION_FADE_MS)).toHaveLength(1);
  });
});

describe('captions on the stage', () => {
  beforeEach(() => installBrowserStubs());

  /** The caption layer comes right after the stage's first frame; the first import under the test runner can take a moment. */
  const captionLayer = () => screen.findByTestId('stage-captions', {}, { timeout: 8000 });

  function renderScenario(file: string, atMs: number) {
    const result = loadScenario(readFileSync(`public/scenarios/${file}`, 'utf8'));
    if (!result.ok) throw new Error(`${file} did not load`);
    const store = createSimStore({ spec: result.spec });
    store.getState().advanceTo(atMs);
    render(
      <SimProvider store={store} frames={manualFrames()}>
        <Stage />
      </SimProvider>,
    );
    return store;
  }

  it('puts the status codes beside a task that fails its health checks, and takes them away a few simulated seconds later', async () => {
    // wrong-health-check-path: the app answers / with 302; both tasks turn unhealthy at 30 s.
    const store = renderScenario('wrong-health-check-path.json', 29_000);
    const layer = await captionLayer();
    expect(layer).toBeEmptyDOMElement();
    act(() => store.getState().advanceTo(30_001));
    const first = layer.querySelector('[data-subject="task:WebService-1"]');
    expect(first).not.toBeNull();
    expect(first).toHaveTextContent('Health checks failed with these codes: [302]');
    expect(first).toHaveTextContent('ECS stops it: Task failed ELB health checks in web-tg');
    // Told once to assistive technology: by the narration's live region, not by the caption.
    expect(layer).toHaveAttribute('aria-hidden', 'true');
    act(() => store.getState().setLens('orchestra'));
    expect(layer.querySelector('[data-subject="task:WebService-1"]')).toHaveTextContent('Out of tune: Health checks failed with these codes: [302]');
    act(() => store.getState().advanceTo(30_000 + CAPTION_HOLD_MS + CAPTION_FADE_MS + 1));
    expect(layer.querySelector('[data-subject="task:WebService-1"]')).toBeNull();
  });

  it('captions what happens after the stage mounts, not what the log already held', async () => {
    const store = renderScenario('wrong-health-check-path.json', 30_001);
    await captionLayer();
    act(() => store.getState().advanceTo(30_002));
    // The log already held the 30 s events when the stage mounted: only what happens from now on is captioned.
    expect(screen.getByTestId('stage-captions')).toBeEmptyDOMElement();
    act(() => store.getState().advanceTo(60_001));
    const caption = screen.getByTestId('stage-captions').querySelector('[data-subject="task:WebService-3"]');
    expect(caption).toHaveTextContent('Health checks failed with these codes: [302]');
    const stage = screen.getByRole('region', { name: 'Stage' });
    expect(within(stage).getByRole('button', { name: /^Task WebService-3, RUNNING, unhealthy/ })).toBeInTheDocument();
  });
});
