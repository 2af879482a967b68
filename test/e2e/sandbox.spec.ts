import { expect, type Locator, type Page } from '@playwright/test';
import { collectErrors, dockPanel, openApp, pause, play, setSpeed, stage, test } from './helpers';

/*
 * The sandbox end to end, as a learner does it: a new target group, a rule and a service from the UI; the rule
 * tester shows the request would reach the new service; "Send it" gets it served there; Undo takes the world back.
 */

/** The dock's tabs, brought to the front: one panel shows at a time. */
const inspector = (page: Page): Promise<Locator> => dockPanel(page, 'Inspector');
const sandbox = (page: Page): Promise<Locator> => dockPanel(page, 'Sandbox');
const stageRulePriorities = async (page: Page): Promise<string[]> =>
  (await stage(page).getByRole('button', { name: /^Listener rule \d+:/ }).evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label') ?? '')))
    .map((name) => /^Listener rule (\d+)/.exec(name)?.[1] ?? '?');

test('add a group, a rule and a service; test and send a request to it; undo restores the old world', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = collectErrors(page);
  await openApp(page, '?autoplay=0', 'stage');

  // A target group for the new service, made on the load balancer.
  await (await inspector(page)).getByRole('combobox', { name: 'Inspect' }).selectOption('loadBalancer|ApiAlb');
  await (await inspector(page)).getByRole('button', { name: 'Add target group' }).click();
  const groupForm = (await inspector(page)).getByRole('form', { name: /Add target group/ });
  await groupForm.getByRole('textbox', { name: /^Name/ }).fill('reports-tg');
  await groupForm.getByRole('textbox', { name: /^Port/ }).fill('8080');
  await groupForm.getByRole('button', { name: /Add target group/ }).click();
  await expect(groupForm).toHaveCount(0);

  // A rule on the HTTPS listener that sends /api/reports* there, ahead of the others.
  await stage(page).getByRole('button', { name: /^Listener 443 HTTPS/ }).click();
  await (await inspector(page)).getByRole('button', { name: 'Add rule' }).click();
  const ruleForm = (await inspector(page)).getByRole('form', { name: 'Add listener rule' });
  await ruleForm.getByRole('textbox', { name: /^Priority/ }).fill('5');
  await ruleForm.getByRole('group', { name: /Condition 1/ }).getByRole('textbox', { name: /^Value 1/ }).fill('/api/reports*');
  await ruleForm.getByRole('combobox', { name: /^Target group 1/ }).selectOption({ label: 'reports-tg' });
  await ruleForm.getByRole('button', { name: 'Add rule' }).click();
  await expect(ruleForm).toHaveCount(0);
  expect(await stageRulePriorities(page)).toEqual(['5', '10', '20', '30']);

  // The service, registered in the new group.
  await (await sandbox(page)).getByRole('button', { name: 'Add service' }).click();
  const serviceForm = (await sandbox(page)).getByRole('form', { name: 'Create service' });
  await serviceForm.getByRole('textbox', { name: 'Service name' }).fill('ReportsService');
  await serviceForm.getByRole('combobox', { name: 'Target group' }).selectOption({ label: 'reports-tg (ip, port 8080)' });
  await serviceForm.getByRole('textbox', { name: 'Desired count' }).fill('2');
  await serviceForm.getByRole('button', { name: 'Create service' }).click();
  await expect(serviceForm).toBeHidden();

  // The rule tester reads the request as the load balancer would, and predicts the new service once it is healthy.
  const tester = await dockPanel(page, 'Rule tester');
  await tester.getByRole('textbox', { name: 'Path' }).fill('/api/reports/2026');
  const rules = tester.getByRole('list', { name: /Listener rules/ });
  await expect(rules.getByRole('listitem', { name: /^Priority 5 matched \(wins\)/ })).toContainText('"*" matches "/2026"');
  await expect(rules.getByRole('listitem', { name: /^Priority 10 not evaluated/ })).toBeVisible();
  await setSpeed(page, '60x');
  await play(page);
  await expect(tester.getByTestId('predicted-status')).toContainText('200 from task ReportsService-', { timeout: 90_000 });
  await pause(page);

  await tester.getByRole('button', { name: 'Send it' }).click();
  await setSpeed(page, '1x');
  await play(page);
  await expect(tester.getByRole('status')).toHaveAttribute('data-state', 'done');
  await pause(page);
  await expect(tester.getByRole('status')).toContainText(/200, served by task ReportsService-\d+/);

  // Undo, newest first: the service, the rule, the group. Time runs on; the world goes back.
  await (await sandbox(page)).getByRole('button', { name: 'Undo: Create service ReportsService' }).click();
  await (await sandbox(page)).getByRole('button', { name: /^Undo: .*rule/i }).click();
  await (await sandbox(page)).getByRole('button', { name: /^Undo: .*reports-tg/i }).click();
  await expect((await sandbox(page)).getByRole('button', { name: 'Undo' })).toBeDisabled();
  expect(await stageRulePriorities(page)).toEqual(['10', '20', '30']);
  await expect(stage(page).getByRole('button', { name: /reports-tg/ })).toHaveCount(0);
  await setSpeed(page, '60x');
  await play(page);
  await expect(stage(page).getByRole('button', { name: /ReportsService-\d/ })).toHaveCount(0, { timeout: 90_000 });
  await pause(page);
  await dockPanel(page, 'Rule tester');
  await tester.getByRole('textbox', { name: 'Path' }).fill('/api/reports/2026');
  await expect(rules.getByRole('listitem', { name: /^Priority 30 matched \(wins\)/ })).toBeVisible();
  expect(errors).toEqual([]);
});
