/**
 * npm run bench (second part): frame timing of the live stage in real Chromium over 10 s, for
 * (a) the default scenario at 20 requests/s at 10x and (b) a stress world of 10 services x 10 tasks at
 * 500 requests/s. Median and p95 frame time and the main thread's busy share. A figure to report, not a test.
 */
import { existsSync } from 'node:fs';
import { build, preview } from 'vite';
import { chromium } from '@playwright/test';

const PORT = 4183;
const MEASURE_MS = 10_000;
const WARMUP_MS = 3_000;

const cases = [
  { name: '(a) default scenario, 20 requests/s, 10x', query: '?speed=10&rate=20' },
  { name: '(b) 10 services x 10 tasks, 500 requests/s, 1x', query: '?scenario=big-orchestra.json&speed=1&rate=500' },
];

function chromePath(): string {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error('Chromium not found: install it with `apt-get install -y chromium` or set CHROME_PATH');
  return path;
}

const quantile = (sorted: readonly number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

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
      const sorted = [...deltas].sort((a, b) => a - b);
      const busy = ((after.TaskDuration ?? 0) - (before.TaskDuration ?? 0)) / ((after.Timestamp ?? 1) - (before.Timestamp ?? 0));
      const fps = (deltas.length / MEASURE_MS) * 1000;
      console.log(
        `  ${c.name}: ${fps.toFixed(1)} fps, median ${quantile(sorted, 0.5).toFixed(1)} ms, p95 ${quantile(sorted, 0.95).toFixed(1)} ms, main thread busy ${(busy * 100).toFixed(0)} %`,
      );
      await page.close();
    }
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

await main();
