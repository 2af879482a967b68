/**
 * npm run bench (last part): frame timing of the live stage in real Chromium over 10 s, for
 * (a) the default scenario at 20 requests/s at 10x, (b) a stress world of 10 services x 10 tasks at
 * 500 requests/s, and (c) the same big scenario at 60x, where the playback loop's frame budget is what keeps frames
 * short: median, p95 and worst frame time, the main thread's busy share, and what the playback bar said about the
 * pace (empty while the run keeps up); and (d) the same 100 tasks starting cold, so 100 targets register in one
 * instant (10 s) and turn healthy in another (30 s): the longest frame around each burst. A figure to report, not a
 * test.
 */
import { existsSync, readFileSync } from 'node:fs';
import { build, preview } from 'vite';
import { chromium, type Page } from '@playwright/test';
import { createPlayback, createSimStore, templateToWorld, type FrameSource } from '../../src/store';

// BENCH_PORT: another free port when several worktrees run the bench at once.
const PORT = Number(process.env.BENCH_PORT ?? 4183);
const MEASURE_MS = 10_000;
const WARMUP_MS = 3_000;

const cases = [
  { name: '(a) default scenario, 20 requests/s, 10x', query: '?speed=10&rate=20' },
  { name: '(b) 10 services x 10 tasks, 500 requests/s, 1x', query: '?scenario=big-orchestra.json&speed=1&rate=500' },
  { name: '(c) the big scenario (10 x 10 tasks, 500 requests/s) at 60x', query: '?scenario=big-orchestra.json&speed=60' },
];

/** Case (d) serves the big orchestra under this name, always cold (a `start` setting removed), so its tasks start together. */
const BURST_FILE = 'bench-cold-orchestra.json';
/** Simulated windows of case (d): 100 targets registering (10 s) and 100 turning healthy (30 s: two checks 10 s apart). */
const BURSTS = [
  { name: '100 targets register', fromMs: 9_500, toMs: 11_500 },
  { name: '100 targets turn healthy', fromMs: 29_500, toMs: 31_500 },
] as const;
const BURST_UNTIL_MS = 33_000;

function chromePath(): string {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error('Chromium not found: install it with `apt-get install -y chromium` or set CHROME_PATH');
  return path;
}

const quantile = (sorted: readonly number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

/**
 * The playback loop alone, in Node (no drawing): 10 s of frames at 60 fps with the big scenario at 60x, at its own
 * rate and at the rate limit, timing each frame's engine work and store update against the frame budget.
 */
function engineFrames(rate: number | null): string {
  const file = 'big-orchestra.json';
  const world = templateToWorld(readFileSync(`public/scenarios/${file}`, 'utf8'), file);
  if (!world.ok) throw new Error(world.error.messages.join('\n'));
  const spec = rate !== null && world.spec.traffic ? { ...world.spec, traffic: { ...world.spec.traffic, rate } } : world.spec;
  const store = createSimStore({ spec, playing: true, speed: 60 });
  const next: { frame: ((t: number) => void) | null } = { frame: null };
  const frames: FrameSource = { request: (callback) => ((next.frame = callback), 1), cancel: () => (next.frame = null) };
  createPlayback(store, { frames });
  const times: number[] = [];
  let shown = 'keeping up';
  // 2 s of warm-up (the JIT, the tasks starting), then 10 s measured.
  for (let t = 0; t <= 12_000; t += 1000 / 60) {
    const started = performance.now();
    next.frame?.(t);
    if (t >= 2_000) times.push(performance.now() - started);
    const achieved = store.getState().achievedSpeed;
    if (t >= 2_000 && achieved !== null) shown = `running at ${achieved}x of 60x`;
  }
  const sorted = times.sort((a, b) => a - b);
  return `${(store.getState().now / 1000).toFixed(0)} s simulated in 12 s (${rate ?? spec.traffic?.rate} requests/s); over the last 10 s, frame p95 ${quantile(sorted, 0.95).toFixed(1)} ms, worst ${(sorted.at(-1) ?? NaN).toFixed(1)} ms; pace: ${shown}`;
}

function coldOrchestra(): string {
  const template = JSON.parse(readFileSync(new URL('../../public/scenarios/big-orchestra.json', import.meta.url), 'utf8')) as {
    Metadata?: { EcsOrchestra?: Record<string, unknown> };
  };
  delete template.Metadata?.EcsOrchestra?.start;
  return JSON.stringify(template);
}

/** Frame deltas (wall ms) with the simulated clock at each frame, until the clock passes `untilMs` or `wallMs` runs out. */
async function recordFrames(page: Page, wallMs: number, untilSimMs: number): Promise<{ readonly delta: number; readonly sim: number }[]> {
  // A string, not a function: tsx would wrap a function with helpers the page does not have.
  return page.evaluate<{ delta: number; sim: number }[]>(`new Promise((resolve) => {
    const out = [];
    const clock = document.querySelector('[data-testid="sim-clock"]');
    let last = -1;
    let start = -1;
    const tick = (t) => {
      const sim = Number(clock ? clock.getAttribute('data-ms') : 0);
      if (start < 0) start = t;
      else out.push({ delta: t - last, sim });
      last = t;
      if (t - start < ${wallMs} && sim < ${untilSimMs}) requestAnimationFrame(tick);
      else resolve(out);
    };
    requestAnimationFrame(tick);
  })`);
}

async function main(): Promise<void> {
  console.log('Playback loop in Node (engine and store, no drawing), the big scenario at 60x, 60 fps frames against the 10 ms budget:');
  console.log(`  at its own rate: ${engineFrames(null)}`);
  console.log(`  at the rate limit: ${engineFrames(1000)}`);
  await build({ logLevel: 'warn' });
  const server = await preview({ preview: { host: '127.0.0.1', port: PORT, strictPort: true }, logLevel: 'warn' });
  const browser = await chromium.launch({ executablePath: chromePath(), args: ['--disable-gpu', '--disable-quic'] });
  try {
    console.log(`Frame timing in headless Chromium (software rendering), ${MEASURE_MS / 1000} s per case, 1440x900`);
    for (const c of cases) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.goto(`http://127.0.0.1:${PORT}/${c.query}`);
      await page.getByRole('region', { name: 'Stage' }).waitFor();
      await page.waitForTimeout(WARMUP_MS);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      const metrics = async () =>
        Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value])) as Record<string, number>;
      const before = await metrics();
      const deltas = (await recordFrames(page, MEASURE_MS, Infinity)).map((frame) => frame.delta);
      const after = await metrics();
      const pace = (await page.locator('.speed-pace').textContent())?.trim() || 'keeping up';
      const sorted = [...deltas].sort((a, b) => a - b);
      const busy = ((after.TaskDuration ?? 0) - (before.TaskDuration ?? 0)) / ((after.Timestamp ?? 1) - (before.Timestamp ?? 0));
      const fps = (deltas.length / MEASURE_MS) * 1000;
      console.log(
        `  ${c.name}: ${fps.toFixed(1)} fps, median ${quantile(sorted, 0.5).toFixed(1)} ms, p95 ${quantile(sorted, 0.95).toFixed(1)} ms, worst ${(sorted.at(-1) ?? NaN).toFixed(1)} ms, main thread busy ${(busy * 100).toFixed(0)} %; pace: ${pace}`,
      );
      await page.close();
    }

    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const cold = coldOrchestra();
    await page.route(`**/scenarios/${BURST_FILE}`, (route) => route.fulfill({ contentType: 'application/json', body: cold }));
    await page.goto(`http://127.0.0.1:${PORT}/?scenario=${BURST_FILE}&speed=1&rate=500`);
    await page.getByRole('region', { name: 'Stage' }).waitFor();
    const frames = await recordFrames(page, BURST_UNTIL_MS * 2, BURST_UNTIL_MS);
    const parts = BURSTS.map((burst) => {
      const inside = frames.filter((frame) => frame.sim >= burst.fromMs && frame.sim <= burst.toMs).map((frame) => frame.delta);
      const worst = inside.length === 0 ? NaN : Math.max(...inside);
      return `${burst.name}: longest frame ${worst.toFixed(1)} ms (${inside.filter((d) => d > 50).length} over 50 ms)`;
    });
    console.log(`  (d) 10 x 10 starting cold, 500 requests/s, 1x: ${parts.join('; ')}`);
    await page.close();
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

await main();
