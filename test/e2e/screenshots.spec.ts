import { fileURLToPath } from 'node:url';
import { expect } from '@playwright/test';
import { dockPanel, EXPECTED_TASKS, openApp, pause, play, setSpeed, stage, test } from './helpers';

const folder = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

/** The window sizes the shell is built for: a laptop, a projector, a phone. */
const sizes = [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
] as const;

for (const size of sizes) {
  for (const colorScheme of ['light', 'dark'] as const) {
    const name = `app-${size.width}x${size.height}-${colorScheme}`;
    test(`screenshot ${name}, both lenses`, async ({ page }) => {
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme });
      await openApp(page, '?autoplay=0', 'stage');
      await setSpeed(page, '60x');
      await play(page);
      await expect(stage(page).getByRole('button', { name: /, RUNNING, healthy$/ })).toHaveCount(EXPECTED_TASKS, { timeout: 60_000 });
      // Requests in flight for the picture.
      await setSpeed(page, '1x');
      await page.waitForTimeout(700);
      await pause(page);
      // Nothing may stick out sideways, at phone width included.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `${folder}${name}-aws.png` });
      await page.getByRole('switch', { name: /Orchestra lens/ }).click();
      await page.screenshot({ path: `${folder}${name}-orchestra.png` });
      // A task inspected: on a phone, the sheet up.
      await page.getByRole('switch', { name: /Orchestra lens/ }).click();
      await (await dockPanel(page, 'Inspector')).getByRole('combobox', { name: 'Inspect' }).selectOption({ label: 'Task UsersService-2' });
      await page.screenshot({ path: `${folder}${name}-inspector.png` });
    });
  }
}
