import { readFileSync } from 'node:fs';
import { expect } from '@playwright/test';
import { createSimulation } from '../../src/engine';
import { loadScenario } from '../../src/scenario';
import { clockMs, openApp, test } from './helpers';

/** What Node's engine produces for the default scenario up to `ms`, advancing as the app does. */
function nodeEventLog(ms: number): string {
  const result = loadScenario(readFileSync('public/scenarios/default.json', 'utf8'), { fileName: 'default.json' });
  if (!result.ok) throw new Error('default scenario does not load');
  const sim = createSimulation(result.spec);
  const lines: string[] = [];
  sim.subscribe((event) => lines.push(JSON.stringify(event)), { requests: true });
  sim.advanceTo(ms);
  return lines.join('\n') + '\n';
}

test('the browser build and Node give the same event log, byte for byte', async ({ page }) => {
  await openApp(page, '?autoplay=0');
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('60x');
  await page.getByRole('button', { name: 'Play' }).click();
  // Long enough for launches, registrations, health checks and a few hundred requests.
  await expect.poll(() => clockMs(page), { timeout: 20_000 }).toBeGreaterThan(45_000);
  await page.getByRole('button', { name: 'Pause' }).click();
  const ms = await clockMs(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download event log' }).click();
  const file = await (await download).path();
  const browserLog = readFileSync(file, 'utf8');

  const expected = nodeEventLog(ms);
  expect(browserLog.split('\n').length).toBeGreaterThan(300);
  expect(browserLog).toContain('"type":"request.completed"');
  expect(browserLog).toBe(expected);
});
