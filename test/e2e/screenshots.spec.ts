import { fileURLToPath } from 'node:url';
import { expect } from '@playwright/test';
import { openApp, runUntilSteady, test } from './helpers';

const folder = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

const sizes = [
  { width: 360, height: 800 },
  { width: 1440, height: 900 },
] as const;

for (const size of sizes) {
  for (const colorScheme of ['light', 'dark'] as const) {
    const name = `app-${size.width}x${size.height}-${colorScheme}`;
    test(`screenshot ${name}`, async ({ page }) => {
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme });
      await openApp(page, '?autoplay=0');
      await runUntilSteady(page);
      // Nothing may stick out sideways at phone width.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: `${folder}${name}.png` });
      await page.screenshot({ path: `${folder}${name}-full.png`, fullPage: true });
    });
  }
}
