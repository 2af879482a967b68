import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { addTestStyle, collectErrors, dockPanel, openApp, pause, play, setSpeed, test, UNCLIP_DOCK } from './helpers';

const SHOTS = '/tmp/ruletester-shots';

function tester(page: Page): Locator {
  return page.getByRole('region', { name: 'Rule tester' });
}

async function openTester(page: Page): Promise<Locator> {
  const panel = await dockPanel(page, 'Rule tester');
  await expect(panel.getByRole('textbox', { name: 'Path' })).toBeVisible();
  return panel;
}

/** Runs at 1x until the sent request has its answer (a few simulated ms), then pauses. */
async function runUntilAnswered(page: Page, panel: Locator): Promise<void> {
  await setSpeed(page, '1x');
  await play(page);
  await expect(panel.getByRole('status')).toHaveAttribute('data-state', 'done');
  await pause(page);
}

/** Plays at 60x until the tested request would be served by a task, then pauses. */
async function runUntilServed(page: Page, panel: Locator): Promise<void> {
  await setSpeed(page, '60x');
  await play(page);
  await expect(panel.getByTestId('predicted-status')).toContainText('200 from task', { timeout: 60_000 });
  await pause(page);
}

test('type a request, read the trace, send it and see it served', async ({ page }) => {
  const errors = collectErrors(page);
  await openApp(page, '?autoplay=0', 'stage');
  const panel = await openTester(page);
  await runUntilServed(page, panel);

  const path = panel.getByRole('textbox', { name: 'Path' });
  await path.fill('/api/auth/login');
  await panel.getByRole('combobox', { name: 'Method' }).selectOption('POST');
  const rules = panel.getByRole('list', { name: /Listener rules/ });
  await expect(rules.getByRole('listitem', { name: /^Priority 10 no match/ })).toContainText('path-pattern "/api/users*" does not match "/api/auth/login"');
  await expect(rules.getByRole('listitem', { name: /^Priority 20 matched \(wins\)/ })).toContainText('"*" matches "/login"');
  await expect(rules.getByRole('listitem', { name: /^Priority 30 not evaluated/ })).toBeVisible();
  const predicted = await panel.getByTestId('predicted-status').innerText();
  const task = /200 from task (AuthService-\d+)/.exec(predicted)?.[1];
  expect(task).toBeTruthy();

  await panel.getByRole('button', { name: 'Send it' }).click();
  const status = panel.getByRole('status');
  await expect(status).toContainText('sent; its answer comes when the simulation runs: press Play or Step');
  await runUntilAnswered(page, panel);
  await expect(status).toContainText(`200, served by task ${task} (as predicted).`);
  expect(errors).toEqual([]);
});

test('with reduced motion the sent request is still marked on the stage, without travel', async ({ page }) => {
  await openApp(page, '?autoplay=0&motion=reduced', 'stage');
  const panel = await openTester(page);
  await runUntilServed(page, panel);
  await panel.getByRole('button', { name: 'Send it' }).click();
  await runUntilAnswered(page, panel);
  await expect(panel.getByRole('status')).toContainText('served by task UsersService-');
  await expect(page.locator('canvas.stage-particles')).toHaveAttribute('data-spotlight', 'on');
  await expect(page.locator('canvas.stage-particles')).toHaveAttribute('data-particles', '0');
});

test('the rule tester works from the keyboard and has no serious accessibility violations', async ({ page }) => {
  await openApp(page, '?autoplay=0', 'stage');
  // The dock's tabs: the open one takes Tab, the arrow keys and End move along them.
  const tabs = page.getByRole('tablist', { name: 'Details' });
  await tabs.getByRole('tab', { name: 'Narration' }).focus();
  await page.keyboard.press('End');
  await expect(tabs.getByRole('tab', { name: 'Rule tester' })).toHaveAttribute('aria-selected', 'true');
  const panel = tester(page);
  await expect(panel.getByRole('combobox', { name: 'Method' })).toBeVisible();
  // Past the button that hides the dock, the form's first field.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Hide the panel' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(panel.getByRole('combobox', { name: 'Method' })).toBeFocused();
  await panel.getByRole('textbox', { name: 'Path' }).focus();
  await page.keyboard.press('End');
  await page.keyboard.type('x');
  await expect(panel.getByRole('textbox', { name: 'Path' })).toHaveValue('/api/users/7x');
  await panel.getByRole('button', { name: 'Send it' }).focus();
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('status')).toContainText('Request');

  for (const theme of ['light', 'dark']) {
    await page.goto(`./?autoplay=0&theme=${theme}`);
    await expect((await dockPanel(page, 'Rule tester')).getByRole('textbox', { name: 'Path' })).toBeVisible();
    const results = await new AxeBuilder({ page }).include('.rule-tester').analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${theme}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});

test('screenshots of the panel, light and dark, 1440 and 360 wide', async ({ page }) => {
  mkdirSync(SHOTS, { recursive: true });
  for (const width of [1440, 360]) {
    for (const theme of ['light', 'dark']) {
      await page.setViewportSize({ width, height: 900 });
      await openApp(page, `?autoplay=0&theme=${theme}`, 'stage');
      const panel = await openTester(page);
      await runUntilServed(page, panel);
      await panel.getByRole('textbox', { name: 'Path' }).fill('/api/auth/login');
      await panel.getByRole('button', { name: 'Send it' }).click();
      await runUntilAnswered(page, panel);
      await expect(panel.getByRole('status')).toContainText('served by task');
      await page.screenshot({ path: `${SHOTS}/ruletester-${theme}-${width}-viewport.png` });
      // The whole panel: the dock's own scrolling would cut it, so it is unclipped for this picture only.
      await addTestStyle(page, `${UNCLIP_DOCK} .rt-send { position: static !important; }`);
      await panel.screenshot({ path: `${SHOTS}/ruletester-${theme}-${width}.png` });
    }
  }
});
