import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { addTestStyle, collectErrors, RESULTS_DIR, setSpeed, stage, test } from './helpers';

/** Where the reveal screenshots go (looked at, not compared). */
const SHOTS = `${RESULTS_DIR}lessons`;

function lessonTab(page: Page): Locator {
  return page.getByRole('tablist', { name: 'Details' }).getByRole('tab', { name: 'Lesson', exact: true });
}

function lessonPanel(page: Page): Locator {
  return page.locator('.lesson-panel');
}

/** Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user walks to it. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab', most = 250): Promise<void> {
  for (let i = 0; i < most; i++) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never reached ${target.toString()}`);
}

const stepDone = (page: Page) => expect(lessonPanel(page).getByRole('status').filter({ hasText: /go on with Next/ })).toBeVisible({ timeout: 60_000 });

test('plays "A musician falls ill" from start to finish with the mouse; progress survives a reload', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('./?autoplay=0');
  await lessonTab(page).click();
  await lessonPanel(page).getByRole('button', { name: 'Start: A musician falls ill' }).click();
  await expect(page.getByRole('heading', { name: 'Step 1 of 4: The cluster and its services' })).toBeFocused();
  await expect(page).toHaveURL(/[?&]lesson=a-musician-falls-ill&step=1/);
  // The stage lights what the step is about; the rest dims.
  await expect(stage(page)).toHaveAttribute('data-spotlight', '');
  await expect(stage(page).locator('.react-flow__node.stage-spotlit')).not.toHaveCount(0);
  await setSpeed(page, '10x');
  await stepDone(page);
  await lessonPanel(page).getByRole('button', { name: 'Next' }).click();

  await expect(page.getByRole('heading', { name: 'Step 2 of 4: A task fails its health checks' })).toBeVisible();
  await expect(page).toHaveURL(/step=2/);
  await lessonPanel(page).getByRole('radio', { name: '4: the replacement runs beside the failing task for a while' }).check();
  await lessonPanel(page).getByRole('button', { name: 'Answer', exact: true }).click();
  await expect(lessonPanel(page).locator('.lesson-verdict')).toHaveText('✓ Right', { timeout: 60_000 });
  await stepDone(page);
  await lessonPanel(page).getByRole('button', { name: 'Next' }).click();

  await expect(page.getByRole('heading', { name: 'Step 3 of 4: Deregistration and draining' })).toBeVisible();
  await lessonPanel(page).getByRole('radio', { name: 'Another users task' }).check();
  await lessonPanel(page).getByRole('button', { name: 'Answer', exact: true }).click();
  await expect(lessonPanel(page).locator('.lesson-verdict')).toHaveText('✓ Right', { timeout: 60_000 });
  await stepDone(page);
  await lessonPanel(page).getByRole('button', { name: 'Next' }).click();

  // The learner's own fault: select the task on the stage, crash it from its inspector.
  await expect(page.getByRole('heading', { name: 'Step 4 of 4: Your turn: stop a task' })).toBeVisible();
  await stage(page).getByRole('button', { name: /^Task UsersService-3\b/ }).click();
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await inspector.getByRole('button', { name: 'Crash task' }).click();
  await lessonTab(page).click();
  await stepDone(page);
  await lessonPanel(page).getByRole('button', { name: 'Finish' }).click();
  await expect(page.getByRole('heading', { name: 'Lesson complete' })).toBeFocused();
  await expect(page).not.toHaveURL(/lesson=/);
  await expect(stage(page)).not.toHaveAttribute('data-spotlight');

  await page.reload();
  await lessonTab(page).click();
  const entry = lessonPanel(page).locator('[data-lesson="a-musician-falls-ill"]');
  await expect(entry).toHaveAttribute('data-state', 'done');
  await expect(entry).toContainText('Done');
  // The first lesson of the library not yet done (index.json's order) is up next.
  await expect(lessonPanel(page).locator('[data-lesson="the-stage-and-the-conductor"]')).toContainText('Up next');
  expect(errors).toEqual([]);
});

test('plays "The health check that never passes" with the keyboard alone, fixing the path in the editor', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('./?lesson=the-wrong-health-check-path&step=1&speed=10');
  const first = page.getByRole('heading', { name: 'Step 1 of 3: What will the health check say?' });
  await expect(first).toBeFocused();

  for (const answer of ['Unhealthy: the check gets 302, not 200', "ECS's service scheduler stops it because its ELB health checks failed"]) {
    const radio = lessonPanel(page).getByRole('radio', { name: answer });
    await tabTo(page, lessonPanel(page).getByRole('radio').first());
    await page.keyboard.press('ArrowDown');
    await expect(radio).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(lessonPanel(page).getByRole('button', { name: 'Answer', exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(lessonPanel(page).locator('.lesson-verdict')).toHaveText('✓ Right', { timeout: 60_000 });
    await stepDone(page);
    await tabTo(page, lessonPanel(page).getByRole('button', { name: 'Next' }));
    await page.keyboard.press('Enter');
  }

  await expect(page.getByRole('heading', { name: 'Step 3 of 3: Fix the health check' })).toBeFocused();
  // Walk back to the target group on the stage, open it, and edit its health check.
  await tabTo(page, stage(page).getByRole('button', { name: /^Target group web-tg/ }), 'Shift+Tab');
  await page.keyboard.press('Enter');
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await tabTo(page, inspector.getByRole('button', { name: 'Edit health check' }));
  await page.keyboard.press('Enter');
  const path = inspector.getByRole('textbox', { name: /^Path/ });
  await tabTo(page, path);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('/health');
  await page.keyboard.press('Enter');
  await expect(inspector.getByRole('form', { name: /Edit health check/ })).toHaveCount(0);

  // Back to the lesson's tab by its tab list, then on to Finish once the engine says the goal is met.
  await tabTo(page, page.getByRole('tablist', { name: 'Details' }).getByRole('tab', { selected: true }), 'Shift+Tab');
  await page.keyboard.press('Home');
  await expect(lessonTab(page)).toHaveAttribute('aria-selected', 'true');
  await stepDone(page);
  await tabTo(page, lessonPanel(page).getByRole('button', { name: 'Finish' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Lesson complete' })).toBeFocused();
  expect(errors).toEqual([]);
});

test('axe finds no serious or critical violations with the lesson tab open, at a prediction and its reveal', async ({ page }) => {
  await page.goto('./?lesson=a-musician-falls-ill&step=2&speed=10');
  await expect(lessonPanel(page).getByRole('radio').first()).toBeVisible();
  const check = async () => {
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    return results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  };
  expect(await check()).toEqual([]);
  await lessonPanel(page).getByRole('radio').nth(1).check();
  await lessonPanel(page).getByRole('button', { name: 'Answer', exact: true }).click();
  await expect(lessonPanel(page).locator('.lesson-verdict')).toBeVisible({ timeout: 60_000 });
  expect(await check()).toEqual([]);
});

for (const [name, viewport] of [
  ['desktop', { width: 1280, height: 800 }],
  ['phone', { width: 390, height: 844 }],
] as const) {
  for (const lens of ['aws', 'orchestra'] as const) {
    test(`screenshot: a prediction's reveal, ${lens} lens, ${name}`, async ({ page }) => {
      mkdirSync(SHOTS, { recursive: true });
      await page.setViewportSize(viewport);
      await page.goto(`./?lesson=a-musician-falls-ill&step=2&speed=10&lens=${lens}`);
      await lessonPanel(page).getByRole('radio').nth(1).check();
      await lessonPanel(page).getByRole('button', { name: 'Answer', exact: true }).click();
      const verdict = lessonPanel(page).locator('.lesson-verdict');
      await expect(verdict).toBeVisible({ timeout: 60_000 });
      await expect(lessonPanel(page).locator('.lesson-reveal-side[data-side="happened"]')).toContainText(lens === 'aws' ? '4 tasks' : '4 musicians');
      await page.getByRole('button', { name: 'Pause' }).click();
      await addTestStyle(page, 'canvas { visibility: hidden; }');
      await lessonPanel(page).locator('.lesson-prediction').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/reveal-${lens}-${name}.png` });
    });
  }
}
