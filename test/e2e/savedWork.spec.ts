/**
 * Nothing is lost, in a real Chromium: an edit survives opening a share link and is offered back on the next visit;
 * full storage is said with the session file offered; a damaged save too big to copy is still there after play.
 * And the page runs under its Content-Security-Policy (every test here also fails on any violation).
 */
import { expect, test as unguarded } from '@playwright/test';
import { clockMs, dockPanel, openApp, pause, play, setSpeed, test, watchCsp } from './helpers';

const KEY = 'ecs-orchestra:session';

async function desiredCount(page: import('@playwright/test').Page, service: string): Promise<string | null> {
  const inspector = await dockPanel(page, 'Inspector');
  await inspector.getByRole('combobox', { name: 'Inspect' }).selectOption({ label: `Service ${service}` });
  return inspector.getByRole('spinbutton', { name: 'Desired count' }).inputValue();
}

test('an edit made before opening a share link is offered back on the next visit', async ({ page, browser }) => {
  // Someone else's world, shared as a link: the default scenario a few seconds in.
  const other = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const otherViolations = await watchCsp(other);
  const sharer = await other.newPage();
  await openApp(sharer, '?autoplay=0');
  await sharer.getByRole('button', { name: 'Step' }).click();
  await sharer.getByRole('button', { name: 'Copy link' }).click();
  const link = await sharer.getByRole('textbox', { name: /link/i }).inputValue();
  await other.close();

  // My world: an edit, saved as I go.
  await openApp(page, '?autoplay=0');
  const inspector = await dockPanel(page, 'Inspector');
  await inspector.getByRole('combobox', { name: 'Inspect' }).selectOption({ label: 'Service auth' });
  await inspector.getByRole('spinbutton', { name: 'Desired count' }).fill('5');
  await inspector.getByRole('button', { name: 'Set desired count' }).click();
  await expect.poll(() => page.evaluate((key) => (JSON.parse(localStorage.getItem(key) ?? '{"commands":[]}') as { commands: unknown[] }).commands.length, KEY)).toBe(1);

  // The link replaces the world on screen; mine is set aside, and the notice says so. (A page at the same address
  // would take the link as a jump within itself, not a new visit.)
  await page.goto('about:blank');
  await page.goto(link);
  const shared = page.getByRole('status').filter({ hasText: 'Opened a shared world' });
  await expect(shared).toContainText('The world you had in this browser, “The API orchestra”');
  await expect(shared.getByRole('button', { name: 'Go back to my world' })).toBeVisible();

  // Coming back later: the shared world is what was saved last, and mine is offered back.
  await page.goto('./');
  const restored = page.getByRole('status').filter({ hasText: 'Restored your world from' });
  await expect(restored).toContainText('is kept too');
  await restored.getByRole('button', { name: 'Go back to my world' }).click();
  await expect(restored).toBeHidden();
  await page.getByRole('tab', { name: 'Tables' }).click();
  expect(await desiredCount(page, 'auth')).toBe('5');
  expect(otherViolations).toEqual([]);
});

test('full storage is said at once, with the session file offered instead', async ({ page }) => {
  await page.addInitScript((key) => {
    const setItem = Object.getOwnPropertyDescriptor(Storage.prototype, 'setItem')?.value as (this: Storage, name: string, value: string) => void;
    Storage.prototype.setItem = function full(this: Storage, name: string, value: string) {
      if (name === key) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      setItem.call(this, name, value);
    };
  }, KEY);
  await openApp(page, '?autoplay=0');
  await setSpeed(page, '10x');
  const alert = page.getByRole('alert').filter({ hasText: 'Your world is not being saved in this browser' });
  await expect(alert).toContainText('storage for the page is full (QuotaExceededError)');
  const download = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Export session' }).click();
  expect((await download).suggestedFilename()).toBe('the-api-orchestra-session.json');
});

test('a damaged 4 MB save is moved aside whole and is still there after play', async ({ page }) => {
  const damaged = 4 * 1024 * 1024;
  await page.addInitScript(({ key, size }) => {
    if (sessionStorage.getItem('damaged') !== null) return;
    sessionStorage.setItem('damaged', 'yes');
    localStorage.clear();
    localStorage.setItem(key, `{"format":"ecs-orchestra-session","version":1,"title":"${'x'.repeat(size)}`);
  }, { key: KEY, size: damaged });
  await page.goto('./?autoplay=0');
  const notice = page.getByRole('status').filter({ hasText: 'could not be restored' });
  await expect(notice).toContainText(`kept in this browser's storage under "${KEY}:kept:`);
  const keptKey = await page.evaluate((key) => Object.keys(localStorage).find((k) => k.startsWith(`${key}:kept:`)) ?? '', KEY);

  // A minute of simulated time and more, at 60x; autosave writes beside the kept save, never over it.
  await page.getByRole('tab', { name: 'Tables' }).click();
  await setSpeed(page, '60x');
  await play(page);
  await expect.poll(() => clockMs(page), { timeout: 30_000 }).toBeGreaterThan(60_000);
  await pause(page);
  const stored = await page.evaluate(({ key, kept }) => ({ kept: localStorage.getItem(kept)?.length ?? 0, saved: (JSON.parse(localStorage.getItem(key) ?? '{}') as { atMs?: number }).atMs ?? 0 }), { key: KEY, kept: keptKey });
  expect(stored.kept).toBe(damaged + '{"format":"ecs-orchestra-session","version":1,"title":"'.length);
  expect(stored.saved).toBeGreaterThan(60_000);
  await expect(page.getByRole('alert').filter({ hasText: 'not being saved' })).toHaveCount(0);
});

unguarded('the built page carries a strict Content-Security-Policy that blocks inline script', async ({ page }) => {
  const violations = await watchCsp(page.context());
  await openApp(page, '?autoplay=0');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toBe("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'");
  expect(violations).toEqual([]);
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true;';
    document.head.append(script);
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => violations.length).toBe(1);
  expect(violations[0]).toContain('script-src');
});
