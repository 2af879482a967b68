/**
 * npm run bench (second part): frame timing of the live stage in real Chromium, for
 * (a) the default scenario at 20 requests/s at 10x, (b) a stress world of 10 services x 10 tasks at 500 requests/s,
 * each over 10 s: median and p95 frame time and the main thread's busy share; and (c) the same 100 tasks starting
 * cold, so 100 targets register in one instant (10 s) and turn healthy in another (30 s): the longest frame around
 * each burst. A figure to report, not a test. BENCH_PORT picks the preview server's port (default 4183).
 */
import { existsSync, readFileSync } from 'node:fs';
import { build, preview } from 'vite';
import { chromium, type Page } from '@playwright/test';

const PORT = Number(process.env.BENCH_PORT ?? 4183);
const MEASURE_MS = 10_000;
const WARMUP_MS = 3_000;

const cases = [
  { name: '(a) default scenario, 20 requests/s, 10x', query: '?speed=10&rate=20' },
  { name: '(b) 10 services x 10 tasks, 500 requests/s, 1x', query: '?scenario=big-orchestra.json&speed=1&rate=500' },
];

/** Case (c) serves the big orchestra under this name, always cold (a `start` setting removed), so its tasks start together. */
const BURST_FILE = 'bench-cold-orchestra.json';
/** Simulated windows of case (c): 100 targets registering (10 s) and 100 turning healthy (30 s: two checks 10 s apart). */
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
      const sorted = [...deltas].sort((a, b) => a - b);
      const busy = ((after.TaskDuration ?? 0) - (before.TaskDuration ?? 0)) / ((after.Timestamp ?? 1) - (before.Timestamp ?? 0));
      const fps = (deltas.length / MEASURE_MS) * 1000;
      console.log(
        `  ${c.name}: ${fps.toFixed(1)} fps, median ${quantile(sorted, 0.5).toFixed(1)} ms, p95 ${quantile(sorted, 0.95).toFixed(1)} ms, max ${(sorted.at(-1) ?? NaN).toFixed(1)} ms, main thread busy ${(busy * 100).toFixed(0)} %`,
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
    console.log(`  (c) 10 x 10 starting cold, 500 requests/s, 1x: ${parts.join('; ')}`);
    await page.close();
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

await main();
