import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { collectErrors, dockPanel, openApp, pause, play, RESULTS_DIR, setSpeed, stage, test } from './helpers';

/** The bundled auto scaling scenario without its own spike, so the only spike is the one pushed from the UI. */
function calmTemplate(): Buffer {
  const path = fileURLToPath(new URL('../../public/scenarios/audience-grows.json', import.meta.url));
  const template = JSON.parse(readFileSync(path, 'utf8')) as { Metadata: { EcsOrchestra: { title: string; summary: string; traffic: { timeline?: unknown } } } };
  delete template.Metadata.EcsOrchestra.traffic.timeline;
  template.Metadata.EcsOrchestra.title = 'A calm shop';
  template.Metadata.EcsOrchestra.summary = 'Two shop tasks with target tracking on CPU at 50 %, and 10 visitors a second.';
  return Buffer.from(JSON.stringify(template));
}

async function importCalmShop(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import templates' });
  await dialog.getByLabel('Choose files').setInputFiles([{ name: 'calm-shop.json', mimeType: 'application/json', buffer: calmTemplate() }]);
  await dialog.getByRole('button', { name: 'Load', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A calm shop');
}

test('a spike pushed from the UI scales the service out, visibly and narrated, and back in once the traffic drops', async ({ page }) => {
  const errors = collectErrors(page);
  await openApp(page, '?autoplay=0', 'stage');
  await importCalmShop(page);
  const count = stage(page).locator('.stage-service-count[data-scaling]');
  await expect(count).toHaveText('2/2 running · 0 pending · min 2 max 8');

  const metrics = await dockPanel(page, 'Metrics');
  await metrics.getByRole('button', { name: 'Push a spike' }).click();
  const narration = await dockPanel(page, 'Narration');
  await expect(narration).toContainText('You pushed a traffic spike: 50 requests per second for 300 s');

  // 50 a second on two 0.25 vCPU tasks runs them flat out: three datapoints above 50 % and the service scales out.
  await setSpeed(page, '60x');
  await play(page);
  await expect(narration).toContainText(/Application Auto Scaling scaled out service shop from 2 to 4 tasks: CPUUtilization 100% against a target of 50%/, { timeout: 60_000 });
  await expect(count).toContainText(/\d\/4 running|\d\/5 running/, { timeout: 30_000 });
  await pause(page);

  // The chart shows the metric against its target, the high alarm and the scale-out cooldown, and says so in text.
  const panel = await dockPanel(page, 'Metrics');
  const chart = panel.locator('figure.scaling-chart[data-metric="CPUUtilization"]');
  await expect(chart.locator('[data-line^="target 50"]')).toHaveCount(1);
  await expect(chart.locator('[data-span="cooldown-out"]').first()).toBeVisible();
  await expect(chart.locator('[data-span="alarm"]').first()).toBeVisible();
  await expect(chart.getByRole('img', { name: /^CPUUtilization of shop, .*target 50 % \(shop-cpu-50\).*high alarm ALARM/ })).toBeVisible();
  await panel.getByText('Datapoints as a table').click();
  await expect(panel.getByRole('table').first().getByRole('columnheader', { name: 'CPUUtilization' })).toBeVisible();

  // The spike ends at 5 minutes; after 15 low datapoints the service scales in, one task at a time.
  await play(page);
  const told = await dockPanel(page, 'Narration');
  await expect(told).toContainText(/Application Auto Scaling scaled in service shop from \d to \d tasks/, { timeout: 90_000 });
  await pause(page);
  await page.getByRole('switch', { name: /Orchestra lens/ }).click();
  await expect(told).toContainText(/The conductor sends one violin home \(shop\): the section is playing at/);
  await expect(told).toContainText(/The conductor calls two more violins \(shop\): the section is playing at 100% against a target of 50%/);
  expect(errors).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the scaling chart and controls have no serious or critical WCAG A/AA violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 1440, height: 900 });
    await openApp(page, '?scenario=audience-grows.json&autoplay=0', 'stage');
    await setSpeed(page, '60x');
    await play(page);
    await expect(stage(page).locator('.stage-service-count[data-scaling]')).toContainText('/7 running', { timeout: 60_000 });
    await pause(page);
    await dockPanel(page, 'Metrics');
    await page.screenshot({ path: `${RESULTS_DIR}scaling-metrics-1440x900-${colorScheme}.png` });
    const inspector = await dockPanel(page, 'Inspector');
    await inspector.getByRole('combobox', { name: 'Inspect' }).selectOption({ label: 'Service shop' });
    await expect(inspector.getByRole('region', { name: 'Service Auto Scaling' })).toBeVisible();
    // The step scaling form open, so axe reads it too.
    await inspector.getByText('Add a step scaling policy').click();
    await expect(inspector.getByRole('form', { name: 'Step scaling policy' })).toBeVisible();
    for (const tab of ['Inspector', 'Metrics'] as const) {
      await dockPanel(page, tab);
      const found = await new AxeBuilder({ page }).include('.dock').withTags(['wcag2a', 'wcag2aa']).analyze();
      const serious = found.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `${tab}: ${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      expect(serious).toEqual([]);
    }
    await page.screenshot({ path: `${RESULTS_DIR}scaling-metrics-1440x900-${colorScheme}-axe.png` });
  });
}
