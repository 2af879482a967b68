/**
 * Presenting in a workshop (issue 13), in Chromium: presenter mode with the keyboard alone (crash a task, back 10 s,
 * the task alive again, play on and the crash replays); a seek gives the same world as a run played straight there;
 * a branch after a seek keeps the old future restorable; the speaker view's controls drive the projected window;
 * and with the network cut after the first load, a reload still works (the service worker).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { clockMs, openApp, test } from './helpers';

const alive = (page: Page) => page.getByRole('button', { name: 'Task UsersService-1, RUNNING, healthy' });

/** Into the app from the top of the page with the keyboard: the skip links, then Enter on "Skip to the tasks". */
async function keyboardToFirstTask(page: Page): Promise<void> {
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the tasks' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(alive(page)).toBeFocused();
}

test.describe('presenting', () => {
  test('presenter mode with the keyboard alone: crash a task, back 10 s, the task alive again, play on', async ({ page }) => {
    await openApp(page, '?autoplay=0', 'stage');
    await keyboardToFirstTask(page);
    await page.keyboard.press('p');
    await expect(page.locator('.app')).toHaveAttribute('data-presenting', '');
    await expect(page.getByTestId('caption-strip')).toBeVisible();
    await expect(page.getByRole('banner')).toBeHidden();

    // To 00:20 (past the run's end, → plays on), then crash the focused task.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('caption-strip')).toContainText('00:20');
    await page.keyboard.press('c');
    await expect(alive(page)).toHaveCount(0);
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('caption-strip')).toContainText('00:30');

    // Back 10 s twice: 00:10, before the crash. The task is alive again.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByTestId('caption-strip')).toContainText('00:10');
    await expect(alive(page)).toHaveCount(1);

    // Play on: the run gives its crash again at 00:20.
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await page.keyboard.press('k');
    await expect(page.getByTestId('caption-strip')).toContainText(/00:2\d|00:[3-9]\d/, { timeout: 20_000 });
    await page.keyboard.press('k');
    await expect(alive(page)).toHaveCount(0);

    // Out of presenter mode with the same key.
    await page.keyboard.press('p');
    await expect(page.locator('.app')).not.toHaveAttribute('data-presenting', '');
    await expect(page.getByRole('banner')).toBeVisible();
  });

  test('a seek back gives the same world as a run played straight to that moment', async ({ page, browser }) => {
    await openApp(page, '?autoplay=0', 'stage');
    await keyboardToFirstTask(page);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('c');
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    // Polled: keys pressed before the key table is in (it comes right after the first frame) are handled on its arrival.
    await expect.poll(() => clockMs(page)).toBe(80_000);
    // Drag the timeline back to 00:47, between checkpoints: a restore and a replay.
    await page.getByTestId('timeline-range').fill('47');
    await expect.poll(() => clockMs(page)).toBe(47_000);
    await page.getByRole('tab', { name: 'Tables' }).click();
    await expect(page.getByRole('region', { name: 'Services' })).toBeVisible();
    const sought = await page.getByRole('tabpanel', { name: 'Tables' }).innerText();

    // The same session opened elsewhere replays from t = 0 straight to 00:47: the same tables, word for word.
    const saved = await page.evaluate(() => localStorage.getItem('ecs-orchestra:session'));
    expect(JSON.parse(saved ?? '{}')).toMatchObject({ atMs: 47_000, commands: [{ atMs: 20_000, command: { do: 'crashTask', task: 'UsersService-1' } }] });
    const other = await browser.newContext({ serviceWorkers: 'block' });
    await other.addInitScript((doc) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('ecs-orchestra:session', doc);
        sessionStorage.setItem('seeded', '1');
      }
    }, saved ?? '');
    const straight = await other.newPage();
    await openApp(straight, '', 'tables');
    await expect.poll(() => clockMs(straight)).toBe(47_000);
    expect(await straight.getByRole('tabpanel', { name: 'Tables' }).innerText()).toBe(sought);
    await other.close();
  });

  test('a new command after a seek branches, and the old future can be restored', async ({ page }) => {
    await openApp(page, '?autoplay=0', 'stage');
    await keyboardToFirstTask(page);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('c');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    // Back to 00:10: the crash is still to come.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => clockMs(page)).toBe(10_000);
    await expect(page.getByTestId('timeline-later')).toHaveText('1 later command replays');

    // A new command here: stop another task. The crash is set aside.
    await page.getByRole('button', { name: 'Task AuthService-2, RUNNING, healthy' }).focus();
    await page.keyboard.press('x');
    await expect(page.getByTestId('timeline-later')).toHaveCount(0);
    const restore = page.getByRole('button', { name: 'Restore the other future (1 command after 00:10)' });
    await expect(restore).toBeVisible();
    await expect(page.getByRole('button', { name: /^Task AuthService-2, RUNNING/ })).toHaveCount(0);

    // Restored: the old future at the same moment (AuthService-2 running, the crash to come); the stop set aside.
    await restore.click();
    expect(await clockMs(page)).toBe(10_000);
    await expect(page.getByRole('button', { name: 'Task AuthService-2, RUNNING, healthy' })).toHaveCount(1);
    await expect(page.getByTestId('timeline-later')).toHaveText('1 later command replays');
    await expect(page.getByRole('button', { name: 'Restore the other future (1 command after 00:10)' })).toBeVisible();
  });

  test('the speaker view’s controls drive the projected window', async ({ page, context }) => {
    await openApp(page, '?autoplay=0', 'stage');
    const speaker = await context.newPage();
    await speaker.goto('./?speaker=1');
    await expect(speaker.getByRole('heading', { level: 1 })).toHaveText('Speaker view: The API orchestra');
    await expect(speaker.getByTestId('speaker-clock')).toHaveText('00:00');

    await speaker.getByRole('button', { name: 'Forward 10 s' }).click();
    await expect.poll(() => clockMs(page)).toBe(10_000);
    await expect(speaker.getByTestId('speaker-clock')).toHaveText('00:10');

    await speaker.getByRole('button', { name: 'Play' }).click();
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    await speaker.getByRole('button', { name: 'Pause' }).click();
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();

    await speaker.getByRole('button', { name: 'Presenter mode' }).click();
    await expect(page.locator('.app')).toHaveAttribute('data-presenting', '');
    await speaker.getByRole('button', { name: 'Black screen' }).click();
    await expect(page.getByTestId('blackout')).toBeVisible();
    await speaker.getByRole('button', { name: 'Show the stage' }).click();
    await expect(page.getByTestId('blackout')).toHaveCount(0);
    // The audience's window never shows the notes.
    await expect(page.getByText('Notes show here')).toHaveCount(0);
  });
});

async function seriousViolations(page: Page, include: string): Promise<string[]> {
  const found = await new AxeBuilder({ page }).include(include).withTags(['wcag2a', 'wcag2aa']).analyze();
  return found.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical violations in presenter mode, high contrast, the keys overlay, the timeline and the speaker view (${colorScheme})`, async ({ page, context }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.emulateMedia({ colorScheme });
    await openApp(page, '?autoplay=0', 'stage');
    await keyboardToFirstTask(page);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('c');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('m');
    await page.keyboard.press('ArrowLeft');
    await page.getByText(/^Bookmarks \(/).click();
    const serious = (await seriousViolations(page, '.app')).map((found) => `timeline: ${found}`);
    await page.keyboard.press('p');
    serious.push(...(await seriousViolations(page, '.app')).map((found) => `presenter: ${found}`));
    await page.keyboard.press('i');
    serious.push(...(await seriousViolations(page, '.app')).map((found) => `high contrast: ${found}`));
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keys' })).toBeVisible();
    serious.push(...(await seriousViolations(page, '.app')).map((found) => `keys: ${found}`));
    const speaker = await context.newPage();
    await speaker.emulateMedia({ colorScheme });
    await speaker.goto('./?speaker=1');
    await expect(speaker.getByTestId('speaker-clock')).toBeVisible();
    serious.push(...(await seriousViolations(speaker, 'body')).map((found) => `speaker: ${found}`));
    expect(serious).toEqual([]);
  });
}

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('with the network cut after the first load, a reload still works', async ({ page, context }) => {
    await openApp(page, '?autoplay=0', 'stage');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('region', { name: 'Stage' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Task UsersService-1, RUNNING, healthy' })).toBeVisible();
    // A bundled scenario opens offline too.
    await page.goto('./?scenario=crash-and-replace.json&autoplay=0');
    await expect(page.getByRole('combobox', { name: 'Scenario' })).toBeVisible();
    await expect(page.locator('.alert')).toHaveCount(0);
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => clockMs(page)).toBeGreaterThan(0);
    await context.setOffline(false);
  });
});
