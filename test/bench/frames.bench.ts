/**
 * npm run bench (last part): frame timing of the live stage in real Chromium over 10 s, for
 * (a) the default scenario at 20 requests/s at 10x, (b) a stress world of 10 services x 10 tasks at
 * 500 requests/s, and (c) the same big scenario at 60x, where the playback loop's frame budget is what keeps frames
 * short. Median, p95 and worst frame time, the main thread's busy share, and what the playback bar said about the
 * pace (empty while the run keeps up). A figure to report, not a test.
 */
import { existsSync, readFileSync } from 'node:fs';
import { build, preview } from 'vite';
import { chromium } from '@playwright/test';
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
      // A string, not a function: tsx would wrap a function with helpers the page does not have.
      const deltas = await page.evaluate<number[]>(`new Promise((resolve) => {
        const out = [];
        let last = -1;
        let start = -1;
        const tick = (t) => {
          if (start < 0) start = t;
          else out.push(t - last);
          last = t;
          if (t - start < ${MEASURE_MS}) requestAnimationFrame(tick);
          else resolve(out);
        };
        requestAnimationFrame(tick);
      })`);
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
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

await main();
