import AxeBuilder from '@axe-core/playwright';
import { expect } from '@playwright/test';
import { openApp, runUntilSteady, test } from './helpers';

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical WCAG A/AA violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openApp(page, '?autoplay=0');
    await runUntilSteady(page);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    const serious = results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    expect(serious).toEqual([]);
  });
}

test('every control is reachable by keyboard with a visible focus ring', async ({ page }) => {
  await openApp(page, '?autoplay=0', 'stage');
  const names: string[] = [];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return null;
      const style = getComputedStyle(element);
      return {
        label: element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 30) ?? element.tagName,
        outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      };
    });
    if (!focused) continue;
    expect(focused.outline, `focus ring on ${focused.label}`).toBe(true);
    names.push(focused.label);
  }
  for (const name of ['Skip to the stage', 'Import…', 'Copy link', 'Legend', 'Help', 'Zoom in']) expect(names.some((label) => label.includes(name))).toBe(true);
});
