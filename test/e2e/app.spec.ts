import { expect } from '@playwright/test';
import { clockMs, collectErrors, EXPECTED_TASKS, openApp, runUntilSteady, test } from './helpers';

test('the default scenario loads and plays: time passes and events appear', async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect.poll(() => clockMs(page)).toBeGreaterThan(1000);
  const log = page.getByRole('region', { name: 'Event log' });
  await expect(log.getByRole('listitem').first()).toBeVisible();
  await expect(log).toContainText(/is RUNNING|started|launch/);
});

test('all nine tasks become RUNNING and their targets healthy at 60x', async ({ page }) => {
  await openApp(page);
  await runUntilSteady(page);
  const rows = page.locator('table.tasks tbody tr');
  await expect(rows.filter({ hasText: 'RUNNING' })).toHaveCount(EXPECTED_TASKS);
  const healthy = await page.getByTestId('healthy-count').allTextContents();
  expect(healthy.map(Number).reduce((sum, n) => sum + n, 0)).toBe(EXPECTED_TASKS);
  await expect(page.getByRole('region', { name: 'Event log' })).toContainText('steady state');
});

test('Play and Pause start and stop the clock', async ({ page }) => {
  await openApp(page, '?autoplay=0');
  const play = page.getByRole('button', { name: 'Play' });
  await expect(play).toBeVisible();
  await page.waitForTimeout(300);
  expect(await clockMs(page)).toBe(0);
  await expect(page.getByTestId('sim-clock')).toHaveText('00:00');

  await play.click();
  const pause = page.getByRole('button', { name: 'Pause' });
  await expect(pause).toBeVisible();
  await expect.poll(() => clockMs(page)).toBeGreaterThan(300);

  await pause.click();
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  const stopped = await clockMs(page);
  await page.waitForTimeout(500);
  expect(await clockMs(page)).toBe(stopped);
});

test('Step advances the simulated clock while paused', async ({ page }) => {
  await openApp(page, '?autoplay=0');
  const step = page.getByRole('button', { name: 'Step' });
  for (let i = 0; i < 5 && (await clockMs(page)) === 0; i++) await step.click();
  await expect.poll(() => clockMs(page)).toBeGreaterThan(0);
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
});

test('the page logs no console errors while it plays', async ({ page }) => {
  const errors = collectErrors(page);
  await openApp(page);
  await runUntilSteady(page);
  await page.getByRole('button', { name: 'Reset' }).click();
  await page.getByRole('button', { name: 'Step' }).click();
  expect(errors).toEqual([]);
});

test('the scenario picker loads another bundled scenario from the page folder', async ({ page }) => {
  const errors = collectErrors(page);
  await openApp(page, '?autoplay=0');
  const picker = page.getByRole('combobox', { name: 'Scenario' });
  const options = await picker.locator('option').allTextContents();
  expect(options.length).toBeGreaterThan(1);
  const other = options[1] ?? '';
  // Choosing opens it: there is no Load button.
  await picker.selectOption({ label: other });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(other);
  await expect(picker.locator('option:checked')).toHaveText(other);
  await expect(page.getByRole('alert')).toBeEmpty();
  expect(errors).toEqual([]);
});
