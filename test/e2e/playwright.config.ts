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

export default defineConfig({
  testDir: '.',
  // Repo-root test-results/ (Playwright empties it at start), so screenshots land where people look.
  outputDir: `${repoRoot}test-results`,
  workers: 1,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  forbidOnly: !!process.env.CI,
  retries: 0,
  // The JSON report sits outside test-results/, which Playwright wipes.
  reporter: [['list'], ['json', { outputFile: `${repoRoot}reports/e2e.json` }]],
  use: {
    baseURL: 'http://127.0.0.1:4173',
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: chromiumPath(),
      args: ['--disable-gpu', '--disable-quic'],
    },
  },
  webServer: {
    command: 'npm run build && npm run preview',
    cwd: repoRoot,
    url: 'http://127.0.0.1:4173',
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
