import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { addTestStyle, EXPECTED_TASKS, collectErrors, openApp, pause, play, setSpeed, stage, test } from './helpers';

const HEALTHY_TASK = /^(Task|Violin|Saxophone|Cello|Trumpet|Drum|Microphone) .*, RUNNING, (healthy|in tune \(healthy\))$/;

/** Plays at 60x until the stage shows every task RUNNING behind a healthy target, then pauses. */
async function runStageUntilSteady(page: Page): Promise<void> {
  await setSpeed(page, '60x');
  await play(page);
  await expect(stage(page).getByRole('button', { name: HEALTHY_TASK })).toHaveCount(EXPECTED_TASKS, { timeout: 60_000 });
  await pause(page);
}

/** Pixels the particle layer has drawn (alpha above zero). */
async function drawnPixels(page: Page): Promise<number> {
  return page.locator('canvas.stage-particles').evaluate((canvas: HTMLCanvasElement) => {
    const context = canvas.getContext('2d');
    if (!context || canvas.width === 0 || canvas.height === 0) return 0;
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let count = 0;
    for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) count++;
    return count;
  });
}

test('the stage shows nine tasks that become "RUNNING, healthy" at 60x', async ({ page }) => {
  const errors = collectErrors(page);
  await openApp(page, '?autoplay=0', 'stage');
  await runStageUntilSteady(page);
  const tasks = stage(page).getByRole('button', { name: /^Task / });
  await expect(tasks).toHaveCount(EXPECTED_TASKS);
  await expect(stage(page).getByRole('button', { name: 'Task UsersService-1, RUNNING, healthy' })).toBeVisible();
  await expect(stage(page).getByRole('button', { name: /^Target group users-tg, 3 healthy, 0 unhealthy$/ })).toBeVisible();
  expect(errors).toEqual([]);
});

test('a task is reached with Tab along the request path and selected with Enter; Escape comes back, then clears it', async ({ page }) => {
  await openApp(page, '?autoplay=0', 'stage');
  await runStageUntilSteady(page);
  await stage(page).getByRole('button', { name: 'Fit stage' }).focus();
  const visited: string[] = [];
  for (let i = 0; i < 40 && !visited.some((name) => name.startsWith('Task ')); i++) {
    await page.keyboard.press('Tab');
    visited.push((await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) ?? '');
  }
  const task = visited.at(-1) ?? '';
  expect(task).toMatch(/^Task UsersService-1, RUNNING, healthy$/);
  const index = (prefix: string) => visited.findIndex((name) => name.startsWith(prefix));
  expect(index('Listener 443')).toBeLessThan(index('Listener rule 10'));
  expect(index('Listener rule 10')).toBeLessThan(index('Target group users-tg'));
  expect(index('Target group users-tg')).toBeLessThan(visited.length - 1);

  const focused = stage(page).getByRole('button', { name: task });
  await expect(focused).toBeFocused();
  const ring = await focused.evaluate((element) => getComputedStyle(element).outlineWidth);
  expect(parseFloat(ring)).toBeGreaterThanOrEqual(2);
  // Enter selects it and takes focus to its heading in the inspector; Escape there comes back to the node, and
  // Escape on the node clears the selection.
  await page.keyboard.press('Enter');
  await expect(focused).toHaveAttribute('aria-current', 'true');
  await expect(page.getByRole('region', { name: 'Inspector' }).getByRole('heading', { level: 3, name: 'Task UsersService-1' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(focused).toBeFocused();
  await expect(focused).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('Escape');
  await expect(focused).not.toHaveAttribute('aria-current', 'true');
  // Tab leaves the canvas after the last task: focus is never trapped.
  const inside = () => stage(page).evaluate((element) => element.contains(document.activeElement));
  for (let i = 0; i < 20 && (await inside()); i++) await page.keyboard.press('Tab');
  expect(await inside()).toBe(false);
});

test('loading another scenario redraws the stage for the new world', async ({ page }) => {
  const errors = collectErrors(page);
  await openApp(page, '?autoplay=0', 'stage');
  await runStageUntilSteady(page);
  const picker = page.getByRole('combobox', { name: 'Scenario' });
  // Choosing opens it.
  await picker.selectOption({ label: 'A crash and a replacement' });
  await expect(stage(page).getByRole('button', { name: /^Task UsersService/ })).toHaveCount(0);
  await setSpeed(page, '60x');
  await play(page);
  await expect(stage(page).getByRole('button', { name: /^Task OrdersService-\d+, RUNNING, healthy$/ })).toHaveCount(3, { timeout: 60_000 });
  await pause(page);
  expect(errors).toEqual([]);
});

test('the camera follows keyboard focus, so a focused node is never hidden (2.4.11)', async ({ page }) => {
  await openApp(page, '?autoplay=0', 'stage');
  await runStageUntilSteady(page);
  for (let i = 0; i < 4; i++) await stage(page).getByRole('button', { name: 'Zoom in' }).click();
  await stage(page).getByRole('button', { name: 'Fit stage' }).focus();
  for (let i = 0; i < 24; i++) {
    await page.keyboard.press('Tab');
    const shown = await page.evaluate(() => {
      const focused = document.activeElement;
      const pane = focused?.closest('.react-flow')?.getBoundingClientRect();
      const box = focused?.getBoundingClientRect();
      if (!pane || !box) return 'outside the stage';
      const inside = box.left >= pane.left - 1 && box.right <= pane.right + 1 && box.top >= pane.top - 1 && box.bottom <= pane.bottom + 1;
      return inside ? 'in view' : `hidden: ${focused?.getAttribute('aria-label') ?? ''}`;
    });
    expect(shown).toBe('in view');
  }
});

test('requests are drawn while playing, and nothing on the stage moves while paused', async ({ page }) => {
  await openApp(page, '?autoplay=0', 'stage');
  await runStageUntilSteady(page);
  await setSpeed(page, '2x');
  await play(page);
  await expect.poll(() => drawnPixels(page), { timeout: 15_000 }).toBeGreaterThan(0);
  await expect(stage(page).locator('[data-lit]').first()).toBeAttached();
  await pause(page);
  // Let counters (about four updates a second) and state transitions (a quarter second) settle.
  await page.waitForTimeout(600);
  const before = await stage(page).screenshot();
  await page.waitForTimeout(500);
  const after = await stage(page).screenshot();
  expect(after.equals(before)).toBe(true);
  expect(await drawnPixels(page)).toBeGreaterThan(0);
});

test('with reduced motion no particles are drawn, and counters still tick', async ({ page }) => {
  await openApp(page, '?autoplay=0&motion=reduced', 'stage');
  await runStageUntilSteady(page);
  const counter = stage(page).getByRole('button', { name: /^Target group users-tg/ }).locator('.stage-count');
  const first = Number((await counter.textContent())?.replace(/,/g, ''));
  await setSpeed(page, '2x');
  await play(page);
  await expect.poll(async () => Number((await counter.textContent())?.replace(/,/g, '')), { timeout: 15_000 }).toBeGreaterThan(first);
  expect(await drawnPixels(page)).toBe(0);
  await pause(page);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical WCAG A/AA violations on the stage (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openApp(page, '?autoplay=0', 'stage');
    await runStageUntilSteady(page);
    // The particle canvas lies over every node; without it axe can measure the text contrast underneath.
    await addTestStyle(page, '.stage-particles { display: none; }');
    for (const lens of ['aws', 'orchestra'] as const) {
      if (lens === 'orchestra') await page.getByRole('switch', { name: /Orchestra lens/ }).click();
      const found = await new AxeBuilder({ page }).include('section.stage').withTags(['wcag2a', 'wcag2aa']).analyze();
      const serious = found.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `${lens}: ${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      expect(serious).toEqual([]);
    }
  });
}
