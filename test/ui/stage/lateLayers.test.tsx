// @vitest-environment jsdom
/**
 * The stage's captions and requests in flight are not in its first picture: they load right after it
 * (src/ui/afterFirstFrame.ts). They still appear and work, and what happened while they were on their way is not
 * lost: a caption due then shows when its layer arrives. Its own file, so the layers are not in yet when the first
 * stage here mounts (a module stays loaded for the rest of a file).
 */
import { act, render, screen, waitFor } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadScenario } from '../../../src/scenario';
import { createSimStore, SimProvider, type ScenarioMeta } from '../../../src/store';
import { Stage } from '../../../src/ui/stage/Stage';
import { manualFrames } from '../../store/manualFrames';
import { defaultSpec, STEADY_MS } from './defaultWorld';
import { installBrowserStubs, PANE } from './jsdomStubs';

/** The first import of a module under the test runner can take a moment on a busy machine. */
const LAZY = { timeout: 8000 };

function renderStage(spec = defaultSpec(), { atMs = 0, meta = {} }: { readonly atMs?: number; readonly meta?: Partial<ScenarioMeta> } = {}) {
  const store = createSimStore({ spec, meta });
  store.getState().advanceTo(atMs);
  render(
    <SimProvider store={store} frames={manualFrames()}>
      <Stage />
    </SimProvider>,
  );
  return store;
}

/** A 2D context that draws nothing and a pane with a size: enough for the particle layer to run (jsdom has neither). */
function stubCanvas(): void {
  const context = new Proxy({}, { get: () => () => {}, set: () => true });
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(context as unknown as CanvasRenderingContext2D);
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 0, PANE.width, PANE.height));
}

describe('the stage layers that come after its first frame', () => {
  beforeEach(() => installBrowserStubs());

  it('shows a caption of something that happened before its layer arrived, while it is still due', async () => {
    // wrong-health-check-path: the app answers / with 302; both tasks turn unhealthy at 30 s.
    const result = loadScenario(readFileSync('public/scenarios/wrong-health-check-path.json', 'utf8'));
    if (!result.ok) throw new Error('wrong-health-check-path.json did not load');
    const store = renderStage(result.spec);
    // The stage is on screen, its caption layer not yet: the tasks fail their health checks meanwhile.
    act(() => store.getState().advanceTo(30_001));
    expect(screen.queryByTestId('stage-captions')).not.toBeInTheDocument();
    const layer = await screen.findByTestId('stage-captions', {}, LAZY);
    const caption = layer.querySelector('[data-subject="task:WebService-1"]');
    expect(caption).toHaveTextContent('Health checks failed with these codes: [302]');
    expect(caption).toHaveTextContent('ECS stops it: Task failed ELB health checks in web-tg');
    // Later events are captioned as they happen, and the early caption goes when its time is up.
    act(() => store.getState().advanceTo(60_001));
    expect(layer.querySelector('[data-subject="task:WebService-1"]')).toBeNull();
    expect(layer.querySelector('[data-subject="task:WebService-3"]')).toHaveTextContent('Health checks failed with these codes: [302]');
  });

  it('draws the requests that complete once the particle layer is in', async () => {
    stubCanvas();
    const store = renderStage(defaultSpec(), { atMs: STEADY_MS });
    // In, and listening: it sizes its canvas when it starts.
    const canvas = await waitFor(() => {
      const found = document.querySelector<HTMLCanvasElement>('canvas.stage-particles');
      if (!found || found.style.width === '') throw new Error('no particle layer yet');
      return found;
    }, LAZY);
    expect(canvas).toHaveAttribute('aria-hidden', 'true');
    // Two frames: when frames come slowly (a busy test runner) the layer skips every other one.
    act(() => store.getState().advanceTo(STEADY_MS + 400));
    act(() => store.getState().advanceTo(STEADY_MS + 800));
    expect(Number(canvas.dataset.particles)).toBeGreaterThan(0);
  });

  it('notes the default traffic on a world whose template gave none', async () => {
    renderStage(defaultSpec(), { meta: { defaultTraffic: true } });
    expect(await screen.findByRole('complementary', { name: 'Default traffic' }, LAZY)).toHaveTextContent('Show the Clients');
  });

  it('lights what a lesson step is about and dims the rest once the spotlight is in', async () => {
    const store = renderStage();
    const stage = screen.getByRole('region', { name: 'Stage' });
    expect(stage).not.toHaveAttribute('data-spotlight');
    // As the lesson slice publishes a step's spotlight.
    act(() => store.setState({ stageSpotlight: [{ kind: 'service', id: 'UsersService' }] }));
    await waitFor(() => expect(stage).toHaveAttribute('data-spotlight', ''), LAZY);
    const lit = [...stage.querySelectorAll('.react-flow__node.stage-spotlit')].map((node) => node.getAttribute('data-id'));
    expect(lit).toContain('service:UsersService');
    expect(lit).not.toContain('service:AuthService');
    act(() => store.setState({ stageSpotlight: null }));
    expect(stage).not.toHaveAttribute('data-spotlight');
    expect(stage.querySelector('.stage-spotlit')).toBeNull();
  });
});
