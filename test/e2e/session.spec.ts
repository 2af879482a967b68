/**
 * Save, share, import and export in a real Chromium: a bad import keeps the world and says where the problem is; a
 * two-file bundle loads; a share link opens the same world at the same moment in a fresh context; a link a week in
 * shows its progress and can be cancelled while the page answers; a reload restores the autosave, and a corrupted
 * save is reported while the app runs on.
 */
import { readFileSync } from 'node:fs';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { clockMs, collectErrors, dockPanel, openApp, pause, play, setSpeed, test, watchCsp } from './helpers';

const BUNDLE = 'public/scenarios/bundles/orders-platform';

/** Every service on screen, by the ID the card carries. */
async function serviceIds(page: Page): Promise<string[]> {
  return page.getByRole('region', { name: 'Services' }).locator('article[data-service-id]').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-service-id') ?? ''));
}

/** Every task row: ID and lastStatus, in table order. */
async function taskRows(page: Page): Promise<string[]> {
  return page.locator('table.tasks tr[data-task-id]').evaluateAll((rows) => rows.map((r) => `${r.getAttribute('data-task-id')}=${r.getAttribute('data-last-status')}`));
}

async function seriousViolations(page: Page): Promise<string[]> {
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function openImport(page: Page) {
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import templates' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('a template with an error is listed with its place, and the world stays', async ({ page }) => {
  const errors = collectErrors(page);
  await openApp(page, '?autoplay=0');
  const before = await serviceIds(page);
  const dialog = await openImport(page);
  // The orders stack alone, with a launch type AWS does not have: the error names the file, resource and property.
  const broken = readFileSync(`${BUNDLE}/orders.yaml`, 'utf8').replace('LaunchType: FARGATE', 'LaunchType: SPACESHIP');
  expect(broken).toContain('LaunchType: SPACESHIP');
  await dialog.getByLabel('Choose files').setInputFiles([{ name: 'orders.yaml', mimeType: 'application/yaml', buffer: Buffer.from(broken) }]);
  await dialog.getByRole('button', { name: 'Load', exact: true }).click();
  const problems = dialog.getByRole('list', { name: 'Problems' });
  await expect(problems).toContainText('orders.yaml');
  await expect(problems).toContainText(/Properties\.LaunchType/);
  await expect(dialog.getByRole('alert')).toContainText('The current world is unchanged');

  expect(await seriousViolations(page)).toEqual([]);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Import…' })).toBeFocused();
  expect(await serviceIds(page)).toEqual(before);
  expect(errors).toEqual([]);
});

test('a two-file bundle loads as one world', async ({ page }) => {
  await openApp(page, '?autoplay=0');
  const dialog = await openImport(page);
  await dialog.getByLabel('Choose files').setInputFiles([`${BUNDLE}/network.yaml`, `${BUNDLE}/orders.yaml`]);
  await expect(dialog.getByRole('list', { name: 'Files to load' })).toContainText('network.yaml');
  await dialog.getByRole('button', { name: 'Load', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Orders platform (two stacks)');
  await expect.poll(() => serviceIds(page)).toEqual(['OrdersService']);
});

test('a share link opens the same world at the same moment in a fresh browser', async ({ page, browser }) => {
  const errors = collectErrors(page);
  await openApp(page, '?autoplay=0');
  await setSpeed(page, '60x');
  await play(page);
  await expect(page.locator('table.tasks tr[data-last-status="RUNNING"]').first()).toBeVisible({ timeout: 60_000 });
  await pause(page);
  const inspector = await dockPanel(page, 'Inspector');
  await inspector.getByRole('combobox', { name: 'Inspect' }).selectOption({ label: 'Task UsersService-1' });
  await inspector.getByRole('button', { name: 'Crash task' }).click();
  await setSpeed(page, '10x');
  await play(page);
  await page.waitForTimeout(700);
  await pause(page);
  await inspector.getByRole('combobox', { name: 'Inspect' }).selectOption({ label: 'Service auth' });
  await inspector.getByRole('spinbutton', { name: 'Desired count' }).fill('4');
  await inspector.getByRole('button', { name: 'Set desired count' }).click();
  await play(page);
  await page.waitForTimeout(500);
  await pause(page);

  await page.getByRole('button', { name: 'Copy link' }).click();
  const field = page.getByRole('textbox', { name: /link/i });
  await expect(field).toHaveValue(/#s=[A-Za-z0-9_-]+$/);
  const url = await field.inputValue();
  expect(await seriousViolations(page)).toEqual([]);
  const tasks = await taskRows(page);
  const ms = await clockMs(page);
  expect(tasks.length).toBeGreaterThan(3);

  const other = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const otherViolations = await watchCsp(other);
  const fresh = await other.newPage();
  await fresh.goto(url);
  await expect(fresh.getByRole('status').filter({ hasText: 'Opened a shared world' })).toBeVisible();
  await fresh.getByRole('tab', { name: 'Tables' }).click();
  await expect(fresh.getByRole('region', { name: 'Services' })).toBeVisible();
  await expect(fresh.getByRole('button', { name: 'Play' })).toBeVisible();
  expect(await clockMs(fresh)).toBe(ms);
  expect(await taskRows(fresh)).toEqual(tasks);
  expect(await serviceIds(fresh)).toEqual(await serviceIds(page));
  expect(new URL(fresh.url()).hash).toBe('');
  await other.close();
  expect(otherViolations).toEqual([]);
  expect(errors).toEqual([]);
});

test('a link a week in shows how far it has got, answers Cancel at once, and stops where it got to', async ({ page, browser }) => {
  // The big scenario at the rate limit, as a link; then the same link at one simulated week (deflate-raw, base64url).
  await openApp(page, '?scenario=big-orchestra.json&rate=1000&autoplay=0');
  await page.getByRole('button', { name: 'Copy link' }).click();
  const field = page.getByRole('textbox', { name: /link/i });
  await expect(field).toHaveValue(/#s=[A-Za-z0-9_-]+$/);
  const [base, encoded] = (await field.inputValue()).split('#s=') as [string, string];
  const doc = JSON.parse(inflateRawSync(Buffer.from(encoded, 'base64url')).toString('utf8')) as { atMs: number };
  const week = 7 * 24 * 3600 * 1000;
  doc.atMs = week;
  const url = `${base}#s=${deflateRawSync(Buffer.from(JSON.stringify(doc))).toString('base64url')}`;

  const other = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const violations = await watchCsp(other);
  const fresh = await other.newPage();
  const errors = collectErrors(fresh);
  await fresh.goto(url);
  const dialog = fresh.getByRole('dialog', { name: 'Opening the shared world' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('of 168:00:00 simulated');
  const progress = fresh.getByRole('progressbar', { name: 'Opening the shared world' });
  // The replay goes on behind the dialog, slice by slice.
  const first = await dialog.textContent();
  await expect(dialog).not.toHaveText(first ?? '');
  const asked = Date.now();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  // The page answered the click within a slice or two, not after a week of simulation.
  expect(Date.now() - asked).toBeLessThan(2_000);
  await expect(progress).toBeHidden();
  const stopped = fresh.getByRole('status', { name: 'Opening stopped' });
  await expect(stopped).toContainText('Stopped opening the shared world at');
  await expect(stopped).toContainText('before its moment (168:00:00). The world is paused there');
  const at = await clockMs(fresh);
  expect(at).toBeGreaterThan(0);
  expect(at).toBeLessThan(week);
  // A run like any other: it plays on from where it stopped.
  await fresh.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => clockMs(fresh)).toBeGreaterThan(at);
  await other.close();
  expect(violations).toEqual([]);
  expect(errors).toEqual([]);
});

test('a reload restores the autosave; a corrupted save is reported and the app runs', async ({ page }) => {
  const errors = collectErrors(page);
  await openApp(page, '?autoplay=0');
  await setSpeed(page, '60x');
  await play(page);
  await page.waitForTimeout(800);
  await pause(page);
  const ms = await clockMs(page);
  expect(ms).toBeGreaterThan(0);
  await page.goto('./');
  await expect(page.getByRole('status').filter({ hasText: 'Restored your world from' })).toBeVisible();
  expect(await clockMs(page)).toBe(ms);
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await page.getByRole('button', { name: 'Export' }).press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Template (JSON)' })).toBeFocused();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Export' })).toBeFocused();

  // Written as the next page starts: leaving this one saves the world (pagehide) over anything written now.
  await page.addInitScript(() => {
    if (sessionStorage.getItem('corrupted') !== null) return;
    sessionStorage.setItem('corrupted', 'yes');
    localStorage.setItem('ecs-orchestra:session', '{"format":"ecs-orchestra-session","version":1,');
  });
  await page.reload();
  const notice = page.getByRole('status').filter({ hasText: 'could not be restored' });
  await expect(notice).toContainText('not valid JSON');
  await expect(notice).toContainText('ecs-orchestra:session:kept:');
  await expect(page.getByRole('group', { name: 'Playback' })).toBeVisible();
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('ecs-orchestra:session:kept:')));
  expect(kept).toHaveLength(1);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toBeHidden();
  expect(errors).toEqual([]);
});
