/**
 * npm run bench, the first frame: how much JavaScript the page loads before the stage appears, and how long after
 * navigation the first stage node is painted, in headless Chromium (a fresh profile each time, as a first visit).
 *   - initial JS: the scripts index.html loads (its module script and the chunks it preloads), gzipped as a server
 *     would send them; and, measured in the page, every script fetched before the first node was painted.
 *   - first stage frame: from navigation start to the first animation frame in which a stage node is visible
 *     (React Flow draws nodes hidden until it has measured them), median of RUNS runs.
 * Figures to report, not a test; targets: under 250 KB and under 1 s.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';

const PORT = 4184;
const RUNS = 7;
const OUT_DIR = 'node_modules/.cache/ecs-orchestra/bench-first-frame';

function chromePath(): string {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error('Chromium not found: install it with `apt-get install -y chromium` or set CHROME_PATH');
  return path;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gzipped = (file: string) => gzipSync(readFileSync(join(OUT_DIR, file))).length;

/** The module script and the modulepreload links of the built index.html. */
function initialScripts(): string[] {
  const html = readFileSync(join(OUT_DIR, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script type="module"[^>]*\ssrc="\.\/([^"]+)"/g)].map((m) => m[1] ?? '');
  const preloads = [...html.matchAll(/<link rel="modulepreload"[^>]*\shref="\.\/([^"]+)"/g)].map((m) => m[1] ?? '');
  return [...scripts, ...preloads];
}

// A string, not a function: tsx would wrap a function with helpers the page does not have.
const WATCH_FIRST_NODE = `
  window.__firstNode = new Promise((resolve) => {
    const check = () => {
      const node = document.querySelector('.react-flow__node');
      if (node && getComputedStyle(node).visibility !== 'hidden') {
        const at = performance.now();
        const scripts = performance.getEntriesByType('resource')
          .filter((entry) => entry.name.endsWith('.js') && entry.responseEnd <= at)
          .map((entry) => new URL(entry.name).pathname.replace(/^\\//, ''));
        resolve({ at, scripts });
      } else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
`;

interface FirstNode {
  readonly at: number;
  readonly scripts: readonly string[];
}

async function main(): Promise<void> {
  await build({ logLevel: 'warn', build: { outDir: OUT_DIR, emptyOutDir: true } });
  const server = await preview({ build: { outDir: OUT_DIR }, preview: { host: '127.0.0.1', port: PORT, strictPort: true }, logLevel: 'warn' });
  const browser = await chromium.launch({ executablePath: chromePath(), args: ['--disable-gpu', '--disable-quic'] });
  try {
    const initial = initialScripts();
    const initialBytes = initial.reduce((sum, file) => sum + gzipped(file), 0);
    const times: number[] = [];
    let beforeFirstNode: readonly string[] = [];
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      await context.addInitScript(WATCH_FIRST_NODE);
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${PORT}/`);
      const first = await page.evaluate<FirstNode>('window.__firstNode');
      times.push(first.at);
      beforeFirstNode = first.scripts;
      await context.close();
    }
    times.sort((a, b) => a - b);
    const fetchedBytes = beforeFirstNode.reduce((sum, file) => sum + gzipped(file), 0);
    console.log(`First frame in headless Chromium (software rendering), 1440x900, a fresh profile each run (median of ${RUNS})`);
    console.log(`  initial JavaScript (index.html's module script and preloads, gzipped): ${kb(initialBytes)} in ${initial.length} files (target under 250 KB)`);
    console.log(`  JavaScript fetched before the first stage node was painted, gzipped: ${kb(fetchedBytes)} in ${beforeFirstNode.length} files`);
    console.log(`  first stage node painted: ${(times[Math.floor(RUNS / 2)] ?? NaN).toFixed(0)} ms after navigation (fastest ${(times[0] ?? NaN).toFixed(0)} ms; target under 1 s)`);
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

await main();
