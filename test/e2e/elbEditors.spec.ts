import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { addTestStyle, collectErrors, dockPanel, openApp, RESULTS_DIR, stage, test, UNCLIP_DOCK } from './helpers';

/** Where the editor screenshots go (they are looked at, not compared); ELB_SHOTS names another folder. */
const SHOTS = process.env.ELB_SHOTS ?? `${RESULTS_DIR}elb-editors`;

function inspector(page: Page): Locator {
  return page.getByRole('region', { name: 'Inspector' });
}

/** The stage's rule buttons in DOM order (the order a keyboard and a screen reader meet them). */
async function stageRules(page: Page): Promise<string[]> {
  return stage(page).getByRole('button', { name: /^Listener rule \d+:/ }).evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label') ?? ''));
}

test('add a host-header rule from the stage, see it first in priority order, then undo it with Ctrl+Z', async ({ page }) => {
  const errors = collectErrors(page);
  await openApp(page, '?autoplay=0', 'stage');
  await stage(page).getByRole('button', { name: /^Listener 443 HTTPS/ }).click();
  await inspector(page).getByRole('button', { name: 'Add rule' }).click();
  const form = inspector(page).getByRole('form', { name: 'Add listener rule' });
  await form.getByRole('textbox', { name: /^Priority/ }).fill('5');
  const condition = form.getByRole('group', { name: /Condition 1/ });
  await condition.getByRole('combobox', { name: /^Field/ }).selectOption('host-header');
  await condition.getByRole('textbox', { name: /^Value 1/ }).fill('admin.example.com');
  await form.getByRole('combobox', { name: /^Target group 1/ }).selectOption({ label: 'dashboard-tg' });
  await form.getByRole('button', { name: 'Add rule' }).click();

  await expect(form).toHaveCount(0);
  await expect(stage(page).getByRole('button', { name: /^Listener rule 5:/ })).toBeVisible();
  const rules = await stageRules(page);
  expect(rules.map((name) => name.match(/^Listener rule (\d+)/)?.[1])).toEqual(['5', '10', '20', '30']);
  expect(rules[0]).toContain('admin.example.com');
  await expect(inspector(page).getByRole('button', { name: 'Add rule' })).toBeFocused();

  await page.keyboard.press('Control+z');
  await expect(stage(page).getByRole('button', { name: /^Listener rule 5:/ })).toHaveCount(0);
  expect((await stageRules(page)).length).toBe(3);
  expect(errors).toEqual([]);
});

test('the Tables view selects a listener too, and an in-use target group is refused inline; axe-clean forms', async ({ page }) => {
  await openApp(page, '?autoplay=0', 'tables');
  await (await dockPanel(page, 'Inspector')).getByRole('combobox', { name: 'Inspect' }).selectOption({ label: 'Listener HTTPS:443' });
  await inspector(page).getByRole('button', { name: 'Add rule' }).click();
  await inspector(page).getByRole('button', { name: 'Edit listener' }).click();
  const results = await new AxeBuilder({ page }).include('.inspector').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await page.getByRole('combobox', { name: 'Inspect' }).selectOption({ label: 'Target group users-tg' });
  await inspector(page).getByRole('button', { name: 'Delete target group' }).click();
  await inspector(page).getByRole('button', { name: 'Yes, delete target group' }).click();
  await expect(inspector(page).getByRole('alert')).toContainText('ResourceInUse');
});

test('screenshots of the forms, light and dark, 1440 and 360 wide', async ({ page }) => {
  mkdirSync(SHOTS, { recursive: true });
  for (const width of [1440, 360]) {
    for (const theme of ['light', 'dark']) {
      await page.setViewportSize({ width, height: 900 });
      await openApp(page, `?autoplay=0&theme=${theme}`, 'stage');
      await stage(page).getByRole('button', { name: /^Listener 443 HTTPS/ }).click();
      await inspector(page).getByRole('button', { name: 'Add rule' }).click();
      const form = inspector(page).getByRole('form', { name: 'Add listener rule' });
      await form.getByRole('textbox', { name: /^Value 1/ }).fill('/api /x');
      await form.getByRole('button', { name: 'Add condition' }).click();
      await form.getByRole('button', { name: 'Add target group to split' }).click();
      await form.getByRole('textbox', { name: /^Priority/ }).fill('20');
      await form.getByRole('button', { name: 'Add rule' }).click();
      await expect(form.getByRole('alert')).toBeVisible();
      // The whole dock, unclipped for the picture only.
      await addTestStyle(page, UNCLIP_DOCK);
      await form.screenshot({ path: `${SHOTS}/rule-${theme}-${width}.png` });
      await page.getByRole('combobox', { name: 'Inspect' }).selectOption({ label: 'Target group users-tg' });
      await inspector(page).getByRole('button', { name: 'Edit health check' }).click();
      await inspector(page).getByRole('button', { name: 'Delete target group' }).click();
      await inspector(page).screenshot({ path: `${SHOTS}/targetgroup-${theme}-${width}.png` });
      await page.getByRole('combobox', { name: 'Inspect' }).selectOption({ label: 'Listener HTTP:80' });
      await inspector(page).getByRole('button', { name: 'Edit listener' }).click();
      await inspector(page).getByRole('form', { name: /Edit listener/ }).screenshot({ path: `${SHOTS}/listener-${theme}-${width}.png` });
    }
  }
});
