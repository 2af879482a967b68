import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { addTestStyle, collectErrors, dockPanel, openApp, pause, play, setSpeed, test, UNCLIP_DOCK } from './helpers';

// Written by name rather than through outputDir, which Playwright empties at the start of a run.
const results = fileURLToPath(new URL('../../test-results/', import.meta.url));

/** The dock's tabs: one shows at a time, so each helper brings its own to the front. */
function inspector(page: Page): Promise<Locator> {
  return dockPanel(page, 'Inspector');
}

function narration(page: Page): Promise<Locator> {
  return dockPanel(page, 'Narration');
}

/** Plays at 60x until the narration has told every service reaching a steady state, then pauses. */
async function runUntilSteady(page: Page): Promise<void> {
  await setSpeed(page, '60x');
  await play(page);
  const told = await narration(page);
  for (const service of ['users', 'auth', 'dashboard']) {
    await expect(told).toContainText(`(service ${service}) has reached a steady state.`, { timeout: 60_000 });
  }
  await pause(page);
}

/** The inspector's own list reaches every node without the canvas, so this works whatever the stage draws. */
async function inspect(page: Page, label: string): Promise<void> {
  await (await inspector(page)).getByRole('combobox', { name: 'Inspect' }).selectOption({ label });
}

test('a task crashed from the inspector is replaced, and the narration tells it', async ({ page }) => {
  const errors = collectErrors(page);
  await openApp(page, '?autoplay=0', 'stage');
  await runUntilSteady(page);
  await inspect(page, 'Task UsersService-2');
  const task = (await inspector(page)).getByRole('article', { name: 'Task UsersService-2' });
  await expect(task).toContainText('RUNNING');

  await task.getByRole('button', { name: 'Crash task' }).click();
  await expect(task.getByRole('button', { name: 'Crash task' })).toBeDisabled();
  await expect(task).toContainText('DEACTIVATING');
  await expect(task).toContainText('Essential container in task exited');
  const told = await narration(page);
  await expect(told).toContainText('You crashed task UsersService-2: its essential container exits');
  await expect(told).toContainText('Task UsersService-2 is stopping: its essential container exited');

  await setSpeed(page, '60x');
  await play(page);
  await expect(told).toContainText('(service users) has started 1 tasks: (task UsersService-4).', { timeout: 30_000 });
  await expect(told).toContainText('Target UsersService-4 in users-tg is healthy', { timeout: 60_000 });
  await expect(told).toContainText('Task UsersService-2 is STOPPED: Essential container in task exited', { timeout: 60_000 });
  await pause(page);
  // The screen reader heard something (the announcer stays mounted whichever tab is open), and the crashed task
  // can no longer be crashed.
  await expect(page.getByTestId('narration-announcer')).not.toBeEmpty();
  await inspector(page);
  await expect(task).toContainText('This task has stopped');
  expect(errors).toEqual([]);
});

test('the narration switches lens and filters by category', async ({ page }) => {
  await openApp(page, '?autoplay=0', 'stage');
  await runUntilSteady(page);
  // The default scenario opens warm: its targets are first seen registered and healthy at t = 0.
  const told = await narration(page);
  await expect(told).toContainText('Target UsersService-1 in users-tg is registered and healthy');
  await page.getByRole('switch', { name: /Orchestra lens/ }).click();
  await expect(told).toContainText('Violin 1 (UsersService-1) is on the users-tg call sheet and in tune');
  await told.getByRole('group', { name: 'Show' }).getByRole('button', { name: 'Targets' }).click();
  await expect(told).not.toContainText('call sheet and in tune');
  await expect(told).toContainText('The violins (users) are at full strength and settled (steady state)');
});

test('a target group shows its CloudWatch charts with accessible names', async ({ page }) => {
  await openApp(page, '?autoplay=0', 'stage');
  await runUntilSteady(page);
  await inspect(page, 'Target group users-tg');
  // The Metrics tab follows the selection: the group's full charts.
  const metrics = await dockPanel(page, 'Metrics');
  for (const name of ['RequestCount', 'HealthyHostCount', 'UnHealthyHostCount', 'TargetResponseTime', 'HTTPCode_Target_5XX_Count', 'HTTPCode_ELB_5XX_Count']) {
    await expect(metrics.getByRole('img', { name: new RegExp(`^${name} for users-tg`) })).toBeVisible();
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical WCAG A/AA violations in the side panels (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openApp(page, '?autoplay=0', 'stage');
    await runUntilSteady(page);
    for (const label of ['Task UsersService-2', 'Service users', 'Target group users-tg', 'Listener HTTPS:443']) {
      await inspect(page, label);
      const found = await new AxeBuilder({ page }).include('.dock').withTags(['wcag2a', 'wcag2aa']).analyze();
      const serious = found.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `${label}: ${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      expect(serious).toEqual([]);
    }
  });
}

const sizes = [
  { width: 1440, height: 900 },
  { width: 360, height: 800 },
] as const;

for (const size of sizes) {
  for (const colorScheme of ['light', 'dark'] as const) {
    const name = `panels-${size.width}x${size.height}-${colorScheme}`;
    test(`screenshot ${name}`, async ({ page }) => {
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme });
      await openApp(page, '?autoplay=0', 'stage');
      await runUntilSteady(page);
      await inspect(page, 'Task UsersService-2');
      await (await inspector(page)).getByRole('button', { name: 'Fail health checks' }).click();
      await setSpeed(page, '10x');
      await play(page);
      await expect(await narration(page)).toContainText('UsersService-2 in users-tg is unhealthy', { timeout: 30_000 });
      await pause(page);
      await inspector(page);
      const dock = page.locator('.dock');
      // Nothing in the dock sticks out sideways, at phone width included.
      const overflow = await dock.locator('.dock-body').evaluate((element) => element.scrollWidth - element.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      // The whole inspector, not the part the dock's own scrolling shows, and without the playback bar across it.
      await addTestStyle(page, UNCLIP_DOCK);
      await dock.screenshot({ path: `${results}${name}.png` });
    });
  }
}
