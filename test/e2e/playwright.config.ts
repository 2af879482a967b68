import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Debian's Chromium (or CHROME_PATH); nothing here may download a browser. */
function chromiumPath(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return fromEnv;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  throw new Error('Chromium not found: install it with `apt-get install -y chromium` or set CHROME_PATH');
}

/*
 * E2E_PORT gives one engineer's run its own build folder and server, so parallel runs on one machine do not serve
 * each other's half-built files; without it, the usual dist/ on 4173.
 */
const port = Number(process.env.E2E_PORT ?? 4173);
const ownFolder = `node_modules/.e2e-${port}`;
const serverCommand = process.env.E2E_PORT
  ? `npx vite build --outDir ${ownFolder} --emptyOutDir && npx vite preview --outDir ${ownFolder} --host 127.0.0.1 --port ${port} --strictPort`
  : 'npm run build && npm run preview';

export default defineConfig({
  testDir: '.',
  // Repo-root test-results/ (Playwright empties it at start), so screenshots land where people look.
  outputDir: process.env.E2E_PORT ? `${repoRoot}test-results/port-${port}` : `${repoRoot}test-results`,
  workers: 1,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  forbidOnly: !!process.env.CI,
  retries: 0,
  // The JSON report sits outside test-results/, which Playwright wipes.
  reporter: [['list'], ['json', { outputFile: process.env.E2E_PORT ? `${repoRoot}reports/e2e-${port}.json` : `${repoRoot}reports/e2e.json` }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    // The built app registers a service worker (offline use); it would answer requests page.route() means to see.
    // The offline test allows it (presenting.spec.ts).
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: chromiumPath(),
      args: ['--disable-gpu', '--disable-quic'],
    },
  },
  webServer: {
    command: serverCommand,
    cwd: repoRoot,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
