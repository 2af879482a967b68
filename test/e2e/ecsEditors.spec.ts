import AxeBuilder from '@axe-core/playwright';
import { expect } from '@playwright/test';
import { collectErrors, dockPanel, openApp, pause, play, setSpeed, test } from './helpers';

/*
 * The sandbox from the UI: create a service bound to an existing target group, watch its tasks reach RUNNING
 * behind healthy targets, then Undo: the service drains and disappears.
 */
test('create OrdersService from the Sandbox panel, then Undo drains it away', async ({ page }) => {
  const errors = collectErrors(page);
  await openApp(page, '?autoplay=0');
  const sandbox = await dockPanel(page, 'Sandbox');
  await expect(sandbox.getByRole('button', { name: 'Undo' })).toBeDisabled();

  await sandbox.getByRole('button', { name: 'Add service' }).click();
  const form = sandbox.getByRole('form', { name: 'Create service' });
  await form.getByRole('textbox', { name: 'Service name' }).fill('OrdersService');
  await form.getByRole('combobox', { name: 'Target group' }).selectOption({ label: 'users-tg (ip, port 8080)' });
  await form.getByRole('textbox', { name: 'Desired count' }).fill('2');
  await form.getByRole('button', { name: 'Create service' }).click();
  await expect(form).toBeHidden();

  // The dock turns to the inspector, which shows the new service, and the Tables list it.
  await expect(page.locator('article.inspect[data-service-id="OrdersService"]')).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Inspector' })).toHaveAttribute('aria-selected', 'true');
  const card = page.locator('article.service-card[data-service-id="OrdersService"]');
  await expect(card).toBeVisible();

  await setSpeed(page, '60x');
  await play(page);
  await expect(card.locator('tr[data-last-status="RUNNING"]')).toHaveCount(2, { timeout: 60_000 });
  await expect(card.locator('li[data-target-state="healthy"]')).toHaveCount(2, { timeout: 60_000 });
  await pause(page);

  await dockPanel(page, 'Sandbox');
  const undo = sandbox.getByRole('button', { name: 'Undo: Create service OrdersService' });
  await expect(undo).toBeEnabled();
  await undo.click();
  await expect(sandbox.getByRole('button', { name: 'Redo: Create service OrdersService' })).toBeEnabled();
  await play(page);
  // DeleteService: the targets drain, the tasks stop, then the service is gone.
  await expect(card).toBeHidden({ timeout: 60_000 });
  await pause(page);
  expect(errors).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the open ECS forms are axe-clean and keyboard-operable (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openApp(page, '?autoplay=0&lens=orchestra', 'stage');
    const sandbox = await dockPanel(page, 'Sandbox');
    // Keyboard only: focus the button, Enter opens the form, Escape closes it and focus comes back.
    const add = sandbox.getByRole('button', { name: 'Register task definition' });
    await add.focus();
    await page.keyboard.press('Enter');
    const register = sandbox.getByRole('form', { name: /Register sheet music/ });
    await expect(register).toBeVisible();
    await register.getByRole('textbox', { name: 'Family' }).focus();
    await page.keyboard.press('Escape');
    await expect(register).toBeHidden();
    await expect(add).toBeFocused();

    // One tab of the dock shows at a time: the sandbox's form, then the inspector's editors, each checked.
    await sandbox.getByRole('button', { name: 'Add service' }).click();
    const serious: string[] = [];
    const check = async (where: string) => {
      const results = await new AxeBuilder({ page }).include('.dock').withTags(['wcag2a', 'wcag2aa']).analyze();
      serious.push(
        ...results.violations
          .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
          .map((violation) => `${where}: ${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
      );
    };
    await check('Sandbox');
    const inspector = await dockPanel(page, 'Inspector');
    await inspector.getByRole('combobox', { name: 'Inspect' }).selectOption('service|UsersService');
    await inspector.getByRole('button', { name: 'New revision' }).click();
    await inspector.getByRole('button', { name: 'Delete service' }).click();
    await check('Inspector');
    expect(serious).toEqual([]);
  });
}
