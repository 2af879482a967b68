import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { clockMs, collectErrors, dockPanel, openApp, test } from './helpers';

// Written by name rather than through outputDir, which Playwright empties at the start of a run.
const results = fileURLToPath(new URL('../../test-results/', import.meta.url));

function instancesRegion(page: Page): Locator {
  return page.getByRole('region', { name: 'Container instances' });
}

function inspector(page: Page): Locator {
  return page.getByRole('region', { name: 'Inspector' });
}

function serviceCard(page: Page, name: string): Locator {
  return page.getByRole('region', { name: 'Services' }).getByRole('article', { name });
}

async function play(page: Page): Promise<void> {
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('60x');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
}

async function pause(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
}

/** Plays at 60x until `count` tasks are RUNNING, then pauses. */
async function runUntilRunning(page: Page, count: number): Promise<void> {
  await play(page);
  await expect(page.locator('table.tasks tr[data-last-status="RUNNING"]')).toHaveCount(count, { timeout: 60_000 });
  await pause(page);
}

/** no-chairs-left past its deploy at 90 s: the new tasks have nowhere to go and the service says why. */
async function openNoChairsLeftStalled(page: Page): Promise<void> {
  await openApp(page, '?scenario=no-chairs-left.json&autoplay=0');
  await play(page);
  await expect(serviceCard(page, 'web').getByRole('status', { name: 'web: tasks waiting for placement' })).toBeVisible({ timeout: 60_000 });
  await pause(page);
  expect(await clockMs(page)).toBeGreaterThan(90_000);
}

async function inspectFirstInstance(page: Page): Promise<{ id: string; card: Locator; article: Locator }> {
  const card = instancesRegion(page).getByRole('article').first();
  const id = (await card.getAttribute('data-instance-id')) ?? '';
  expect(id).toMatch(/^i-[0-9a-f]{17}$/);
  await card.getByRole('button', { name: `Inspect ${id}` }).click();
  const article = inspector(page).getByRole('article', { name: `Container instance ${id}` });
  await expect(article).toBeVisible();
  // The press opens the dock's Inspector tab (on a phone, the sheet) with the instance in it.
  await expect(inspector(page)).toBeInViewport();
  return { id, card, article };
}

test('an EC2 scenario shows its container instances and their free capacity', async ({ page }) => {
  const errors = collectErrors(page);
  await openApp(page, '?scenario=dynamic-ports.json&autoplay=0');
  await runUntilRunning(page, 6);
  const region = instancesRegion(page);
  await expect(region.getByRole('heading', { name: 'Cluster ports' })).toBeVisible();
  const cards = region.getByRole('article');
  await expect(cards).toHaveCount(3);
  for (const card of await cards.all()) {
    await expect(card).toContainText('t3.medium');
    await expect(card).toContainText('CPU 512 of 2,048 units used, 1,536 remaining');
    await expect(card).toContainText('Memory 1,024 of 4,096 MiB used, 3,072 remaining');
    await expect(card).toContainText('Host ports in use 32768, 32769');
    await expect(card).toContainText('Tasks (2)');
  }
  // Each task row says where it runs.
  await expect(page.locator('table.tasks td[data-instance-id]')).toHaveCount(6);

  const { article } = await inspectFirstInstance(page);
  await expect(article).toContainText('1,536 remaining');
  await expect(article).toContainText('us-east-1a');
  expect(errors).toEqual([]);
});

test('draining an instance from the inspector moves its tasks to the others', async ({ page }) => {
  const errors = collectErrors(page);
  await openApp(page, '?scenario=dynamic-ports.json&autoplay=0');
  await runUntilRunning(page, 6);
  const { id, card, article } = await inspectFirstInstance(page);

  await article.getByRole('button', { name: 'Drain instance' }).click();
  await expect(article.getByRole('button', { name: 'Drain instance' })).toBeDisabled();
  await expect(article).toContainText('DRAINING');
  await expect(card).toContainText('DRAINING');

  await play(page);
  await expect(card.locator('[data-task-count]')).toHaveAttribute('data-task-count', '0', { timeout: 60_000 });
  await pause(page);
  await expect(card).toContainText('Tasks (0) none');
  await expect(article).toContainText('No tasks on this instance.');
  const running = page.locator('table.tasks tr[data-last-status="RUNNING"]');
  expect(await running.count()).toBeGreaterThanOrEqual(6);
  await expect(running.locator(`td[data-instance-id="${id}"]`)).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a task that cannot be placed is visible with its reason', async ({ page }) => {
  await openNoChairsLeftStalled(page);
  const note = serviceCard(page, 'web').getByRole('status', { name: 'web: tasks waiting for placement' });
  await expect(note).toContainText('is already using a port required by your task');
  await (await dockPanel(page, 'Inspector')).getByRole('combobox', { name: 'Inspect' }).selectOption({ label: 'Service web' });
  await expect(inspector(page).getByRole('group', { name: 'Tasks waiting for placement' })).toContainText(
    'is already using a port required by your task',
  );
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical violations with an instance selected (${colorScheme})`, async ({ page }) => {
    // 1440 wide: at 1280 the listener's rules and the target groups' targets tables overflow their narrow columns
    // (scrollable-region-focusable), which test/e2e/a11y.spec.ts reports for every scenario; that is not EC2's doing.
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.emulateMedia({ colorScheme });
    await openNoChairsLeftStalled(page);
    await inspectFirstInstance(page);
    const found = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    const serious = found.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    expect(serious).toEqual([]);
  });
}

for (const size of [
  { width: 1440, height: 900 },
  { width: 360, height: 800 },
] as const) {
  test(`screenshots of the tables and an inspected instance at ${size.width}x${size.height}`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.emulateMedia({ colorScheme: 'light' });
    await openNoChairsLeftStalled(page);
    const { article } = await inspectFirstInstance(page);
    // Nothing may stick out sideways at phone width.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const name = `${size.width}x${size.height}`;
    await page.screenshot({ path: `${results}ec2-tables-${name}.png`, fullPage: true });
    // As a visitor sees them, playback bar included: element shots would hide what the fixed bar covers.
    for (const [what, target] of [
      ['services', serviceCard(page, 'web')],
      ['instances', instancesRegion(page)],
      ['inspector', article],
    ] as const) {
      await target.evaluate((element) => element.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: `${results}ec2-${what}-${name}.png` });
    }
  });
}
