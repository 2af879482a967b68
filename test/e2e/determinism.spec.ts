import { expect, type Page } from '@playwright/test';
import { clockMs, openApp, test, watchCsp } from './helpers';

const STEPS = 60;

/** What the UI shows after pressing Step STEPS times from a fresh, paused world. */
async function afterSteps(page: Page) {
  const step = page.getByRole('button', { name: 'Step' });
  for (let i = 0; i < STEPS; i++) await step.click();
  return {
    ms: await clockMs(page),
    log: await page.getByRole('region', { name: 'Event log' }).innerText(),
    services: await page.getByRole('region', { name: 'Services' }).innerText(),
    targetGroups: await page.getByRole('region', { name: 'Target groups' }).innerText(),
    requests: await page.getByRole('region', { name: 'Requests' }).innerText(),
  };
}

test('the browser build is deterministic: the same Step presses show the same world', async ({ browser }) => {
  const first = await browser.newPage();
  const second = await browser.newPage();
  const violations = [await watchCsp(first.context()), await watchCsp(second.context())];
  await openApp(first, '?autoplay=0');
  await openApp(second, '?autoplay=0');
  const a = await afterSteps(first);
  const b = await afterSteps(second);
  expect(a.ms).toBeGreaterThan(0);
  expect(a.log).toMatch(/is RUNNING|started/);
  expect(b).toEqual(a);

  // Reset replays the same run in the same page.
  await first.getByRole('button', { name: 'Reset' }).click();
  await expect(first.getByTestId('sim-clock')).toHaveAttribute('data-ms', '0');
  expect(await afterSteps(first)).toEqual(a);
  await first.close();
  await second.close();
  expect(violations).toEqual([[], []]);
});
