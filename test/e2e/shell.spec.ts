/**
 * The app shell in Chromium: at 1440x900 and 1280x720 the app is the window (nothing scrolls) and the stage's box
 * takes its share of it with the dock open; at 390x844 a tapped task's inspector is on screen and the page stays
 * within two screens, narration and all; the playback bar is one row down to 360 px; "Crash task" on the first task
 * is a handful of keys from the top of the page; axe is clean on every tab of the dock and on the phone's sheet.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { dockPanel, EXPECTED_TASKS, openApp, pause, play, setSpeed, stage, test, type DockTab } from './helpers';

const HEALTHY_TASK = /^Task .*, RUNNING, healthy$/;

async function runStageUntilSteady(page: Page): Promise<void> {
  await setSpeed(page, '60x');
  await play(page);
  await expect(stage(page).getByRole('button', { name: HEALTHY_TASK })).toHaveCount(EXPECTED_TASKS, { timeout: 60_000 });
  await pause(page);
}

/** The stage element's box as a share of the window, and whether the document scrolls either way. */
async function layout(page: Page): Promise<{ share: number; scrollsDown: boolean; scrollsAcross: boolean }> {
  return page.evaluate(() => {
    const box = document.querySelector('section.stage')?.getBoundingClientRect();
    const root = document.documentElement;
    return {
      share: box ? (box.width * box.height) / (window.innerWidth * window.innerHeight) : 0,
      scrollsDown: root.scrollHeight > window.innerHeight,
      scrollsAcross: root.scrollWidth > window.innerWidth,
    };
  });
}

async function seriousViolations(page: Page, include: string): Promise<string[]> {
  const found = await new AxeBuilder({ page }).include(include).withTags(['wcag2a', 'wcag2aa']).analyze();
  return found.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

for (const { width, height, share } of [
  { width: 1440, height: 900, share: 0.7 },
  { width: 1280, height: 720, share: 0.6 },
]) {
  test(`at ${width}x${height} the app is the window and the stage has ${share * 100} % of it with the dock open`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openApp(page, '?autoplay=0', 'stage');
    await expect(page.getByRole('button', { name: 'Hide the panel' })).toHaveAttribute('aria-expanded', 'true');
    const first = await layout(page);
    expect(first.scrollsDown).toBe(false);
    expect(first.scrollsAcross).toBe(false);
    expect(first.share).toBeGreaterThanOrEqual(share);
    // Still so with a task inspected, its editors and all, and with the description opened over the stage.
    await runStageUntilSteady(page);
    await stage(page).getByRole('button', { name: /^Task UsersService-1,/ }).click();
    await expect(page.getByRole('region', { name: 'Inspector' }).getByRole('article', { name: 'Task UsersService-1' })).toBeVisible();
    await page.getByRole('button', { name: 'More' }).click();
    await expect(page.getByRole('region', { name: 'About this scenario' })).toBeVisible();
    const inspected = await layout(page);
    expect(inspected.scrollsDown).toBe(false);
    expect(inspected.scrollsAcross).toBe(false);
    expect(inspected.share).toBeGreaterThanOrEqual(share);
  });
}

test('the separator resizes the dock by dragging, and the stage takes what the dock gives back', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openApp(page, '?autoplay=0', 'stage');
  const separator = page.getByRole('separator', { name: 'Resize the panel' });
  const before = Number(await separator.getAttribute('aria-valuenow'));
  const stageBefore = (await stage(page).boundingBox())?.width ?? 0;
  const grip = await separator.boundingBox();
  if (!grip) throw new Error('no separator');
  await page.mouse.move(grip.x + grip.width / 2, grip.y + 200);
  await page.mouse.down();
  await page.mouse.move(grip.x + grip.width / 2 - 120, grip.y + 200, { steps: 6 });
  await page.mouse.up();
  await expect(separator).toHaveAttribute('aria-valuenow', String(before + 120));
  expect((await stage(page).boundingBox())?.width).toBeCloseTo(stageBefore - 120, 0);
});

test('at 390x844 a tapped task opens its inspector on screen, and the page stays within two screens', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
  const page = await context.newPage();
  await openApp(page, '?autoplay=0', 'stage');
  await runStageUntilSteady(page);
  await expect(page.getByRole('button', { name: 'Show the panel' })).toHaveAttribute('aria-expanded', 'false');
  // The stage shows its picture to the width of the phone, top first; drag it up until a task is in sight.
  const canvas = page.locator('.stage-canvas');
  await canvas.scrollIntoViewIfNeeded();
  const area = await canvas.boundingBox();
  if (!area) throw new Error('no stage canvas');
  let tap: { x: number; y: number } | null = null;
  for (let i = 0; i < 10 && tap === null; i++) {
    await page.mouse.move(area.x + 20, area.y + 400);
    await page.mouse.down();
    await page.mouse.move(area.x + 20, area.y + 120, { steps: 5 });
    await page.mouse.up();
    for (const task of await stage(page).getByRole('button', { name: HEALTHY_TASK }).all()) {
      const box = await task.boundingBox();
      if (box && box.y > area.y && box.y + box.height < area.y + area.height) {
        tap = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
        break;
      }
    }
  }
  if (tap === null) throw new Error('no task came into sight');
  await page.touchscreen.tap(tap.x, tap.y);

  const heading = page.getByRole('region', { name: 'Inspector' }).getByRole('heading', { level: 3, name: /^Task / });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole('region', { name: 'Inspector' }).getByRole('button', { name: 'Crash task' })).toBeInViewport();
  const height = () => page.evaluate(() => document.documentElement.scrollHeight);
  expect(await height()).toBeLessThanOrEqual(2 * 844);

  // A long narration, important lines (with their visually hidden "Important:") and all, adds no blank page.
  await setSpeed(page, '60x');
  await play(page);
  await page.waitForTimeout(3000);
  await pause(page);
  const told = await dockPanel(page, 'Narration');
  await expect(told.getByTestId('narration-list').getByRole('listitem').first()).toBeVisible();
  expect(await told.locator('.visually-hidden', { hasText: 'Important:' }).count()).toBeGreaterThan(0);
  expect(await height()).toBeLessThanOrEqual(2 * 844);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await context.close();
});

for (const width of [390, 360]) {
  test(`the playback bar is one row at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await openApp(page, '?autoplay=0', 'stage');
    const bar = page.getByRole('group', { name: 'Playback' });
    // One row: every control overlaps every other vertically (the highest top is above the lowest bottom).
    const boxes = await bar.locator('button, select, time').evaluateAll((nodes) => nodes.map((node) => node.getBoundingClientRect()).map((box) => ({ top: box.top, bottom: box.bottom, right: box.right })));
    expect(Math.max(...boxes.map((box) => box.top))).toBeLessThan(Math.min(...boxes.map((box) => box.bottom)));
    expect(Math.max(...boxes.map((box) => box.right))).toBeLessThanOrEqual(width);
    expect((await bar.boundingBox())?.height).toBeLessThanOrEqual(56);
    for (const name of ['Play', 'Step', 'Reset', 'Download event log']) await expect(bar.getByRole('button', { name })).toBeVisible();
  });
}

test('"Crash task" on the first task is six keys from the top of the page', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openApp(page, '?autoplay=0', 'stage');
  await runStageUntilSteady(page);
  // A fresh visit to the same world (the autosave brings it back paused), keyboard from the very top.
  await page.reload();
  await expect(stage(page).getByRole('button', { name: HEALTHY_TASK })).toHaveCount(EXPECTED_TASKS);
  const keys = ['Tab', 'Tab', 'Enter', 'Enter', 'Tab', 'Tab'];
  const focusedName = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent?.trim() ?? '');
  const path: string[] = [];
  for (const key of keys) {
    await page.keyboard.press(key);
    // Enter on the task moves focus to its heading in the inspector, which loads first: wait for it.
    if (path.length === 3) await expect(page.getByRole('region', { name: 'Inspector' }).getByRole('heading', { level: 3 })).toBeFocused();
    path.push(await focusedName());
  }
  expect(path).toEqual(['Skip to the stage', 'Skip to the tasks', 'Task UsersService-1, RUNNING, healthy', 'Task UsersService-1', 'service users', 'Crash task']);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Inspector' }).getByRole('article', { name: 'Task UsersService-1' })).toContainText('DEACTIVATING');
  // Escape goes back to the task on the stage.
  await page.keyboard.press('Escape');
  await expect(stage(page).getByRole('button', { name: /^Task UsersService-1,/ })).toBeFocused();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical violations on any tab of the dock, hidden or open (${colorScheme})`, async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.emulateMedia({ colorScheme });
    await openApp(page, '?autoplay=0', 'stage');
    await runStageUntilSteady(page);
    await stage(page).getByRole('button', { name: /^Task UsersService-2,/ }).click();
    const serious: string[] = [];
    for (const tab of ['Inspector', 'Narration', 'Metrics', 'Sandbox', 'Rule tester'] as const satisfies readonly DockTab[]) {
      await dockPanel(page, tab);
      serious.push(...(await seriousViolations(page, '.app')).map((found) => `${tab}: ${found}`));
    }
    await page.getByRole('button', { name: 'Hide the panel' }).click();
    serious.push(...(await seriousViolations(page, '.app')).map((found) => `hidden: ${found}`));
    expect(serious).toEqual([]);
  });

  test(`axe finds no serious or critical violations with the phone's sheet up (${colorScheme})`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.emulateMedia({ colorScheme });
    await openApp(page, '?autoplay=0', 'stage');
    await runStageUntilSteady(page);
    await (await dockPanel(page, 'Inspector')).getByRole('combobox', { name: 'Inspect' }).selectOption({ label: 'Task UsersService-2' });
    expect(await seriousViolations(page, '.app')).toEqual([]);
  });
}
