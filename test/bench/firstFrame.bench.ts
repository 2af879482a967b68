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
import { chromium, type Browser } from '@playwright/test';
import { build, preview } from 'vite';

const PORT = Number(process.env.BENCH_PORT ?? 4184);
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
        const before = (ext) => performance.getEntriesByType('resource')
          .filter((entry) => entry.name.endsWith(ext) && entry.responseEnd <= at)
          .map((entry) => new URL(entry.name).pathname.replace(/^\\//, ''));
        resolve({ at, scripts: before('.js'), styles: before('.css') });
      } else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
`;

interface FirstNode {
  readonly at: number;
  readonly scripts: readonly string[];
  readonly styles: readonly string[];
}

interface Visits {
  readonly times: readonly number[];
  readonly last: FirstNode;
}

/** RUNS fresh visits of `path`, each until its first stage node is painted. */
async function visit(browser: Browser, path: string, viewport: { width: number; height: number }): Promise<Visits> {
  const times: number[] = [];
  let last: FirstNode = { at: NaN, scripts: [], styles: [] };
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport });
    await context.addInitScript(WATCH_FIRST_NODE);
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${PORT}/${path}`);
    last = await page.evaluate<FirstNode>('window.__firstNode');
    times.push(last.at);
    await context.close();
  }
  return { times: [...times].sort((a, b) => a - b), last };
}

const total = (files: readonly string[]) => files.reduce((sum, file) => sum + gzipped(file), 0);
const median = (times: readonly number[]) => (times[Math.floor(times.length / 2)] ?? NaN).toFixed(0);

async function main(): Promise<void> {
  await build({ logLevel: 'warn', build: { outDir: OUT_DIR, emptyOutDir: true } });
  const server = await preview({ build: { outDir: OUT_DIR }, preview: { host: '127.0.0.1', port: PORT, strictPort: true }, logLevel: 'warn' });
  const browser = await chromium.launch({ executablePath: chromePath(), args: ['--disable-gpu', '--disable-quic'] });
  try {
    const initial = initialScripts();
    const initialBytes = initial.reduce((sum, file) => sum + gzipped(file), 0);
    const app = await visit(browser, '', { width: 1440, height: 900 });
    const embed = await visit(browser, '?embed=1', { width: 800, height: 500 });
    console.log(`First frame in headless Chromium (software rendering), a fresh profile each run (median of ${RUNS})`);
    console.log(`  index.html's own module script and preloads, gzipped: ${kb(initialBytes)} in ${initial.length} files (the page's entry picks the app or the embed)`);
    console.log(`  app, 1440x900: JavaScript fetched before the first stage node was painted, gzipped: ${kb(total(app.last.scripts))} in ${app.last.scripts.length} files (target under 250 KB); CSS ${kb(total(app.last.styles))}`);
    console.log(`  app: first stage node painted ${median(app.times)} ms after navigation (fastest ${(app.times[0] ?? NaN).toFixed(0)} ms; target under 1 s)`);
    console.log(`  embed (?embed=1), 800x500: JavaScript before its first frame, gzipped: ${kb(total(embed.last.scripts))} in ${embed.last.scripts.length} files (target under 200 KB); CSS ${kb(total(embed.last.styles))}`);
    if (process.env.BENCH_VERBOSE) for (const [name, files] of [['app', app.last.scripts], ['embed', embed.last.scripts]] as const) console.log(`  ${name}: ${files.map((file) => `${file} ${kb(gzipped(file))}`).join(', ')}`);
    console.log(`  embed: first stage node painted ${median(embed.times)} ms after navigation (fastest ${(embed.times[0] ?? NaN).toFixed(0)} ms; target under 1 s)`);
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

await main();
