import { fileURLToPath } from 'node:url';
import { test as base, expect, type BrowserContext, type Locator, type Page } from '@playwright/test';

/** What a Content-Security-Policy violation looks like on the console (Chromium's own words, and ours below). */
const CSP_MESSAGE = /Content Security Policy|Content-Security-Policy|CSP violation|Refused to (load|execute|evaluate|apply|connect|frame|create)/i;

/**
 * Records every Content-Security-Policy violation in the context's pages: the page reports each
 * `securitypolicyviolation` event on the console, and the console's CSP errors are collected with them.
 */
export async function watchCsp(context: BrowserContext): Promise<string[]> {
  const violations: string[] = [];
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  const watch = (page: Page): void => {
    page.on('console', (message) => {
      if (message.type() === 'error' && CSP_MESSAGE.test(message.text())) violations.push(message.text());
    });
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  return violations;
}

/**
 * Every e2e test runs with this `test`: it fails on any Content-Security-Policy violation in its pages, so the
 * built app's policy (vite.config.ts) is checked wherever the tests go. Contexts a test makes itself: watchCsp.
 */
export const test = base.extend({
  // Playwright's fixture callback is named `use` by convention; it is not a React hook.
  context: async ({ context }, provide) => {
    const violations = await watchCsp(context);
    await provide(context);
    expect(violations, 'Content-Security-Policy violations').toEqual([]);
  },
});

/** The exact simulated millisecond the clock shows (the text is only mm:ss). */
export async function clockMs(page: Page): Promise<number> {
  return Number(await page.getByTestId('sim-clock').getAttribute('data-ms'));
}

/**
 * Opens the app and waits until the default scenario's world is on screen: in the Tables view unless asked for
 * the stage (the tables name every panel, which many checks read).
 */
export async function openApp(page: Page, query = '', view: 'tables' | 'stage' = 'tables'): Promise<void> {
  await page.goto(`./${query}`);
  await expect(page.getByRole('group', { name: 'Playback' })).toBeVisible();
  if (view === 'tables') {
    await page.getByRole('tab', { name: 'Tables' }).click();
    await expect(page.getByRole('region', { name: 'Services' })).toBeVisible();
  } else {
    await expect(page.getByRole('region', { name: 'Stage' })).toBeVisible();
  }
}

/**
 * Test-only CSS (hide the particle canvas, unstick a panel for a screenshot). page.addStyleTag injects a <style>
 * element, which the page's Content-Security-Policy refuses; a constructed stylesheet is CSSOM, which it allows.
 */
export async function addTestStyle(page: Page, css: string): Promise<void> {
  await page.evaluate((text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, css);
}

/** Console errors and uncaught exceptions, collected from the moment this is called. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  return errors;
}

export const EXPECTED_TASKS = 9;

/** Runs at 60x until every task of the default scenario is RUNNING behind a healthy target, then pauses. */
export async function runUntilSteady(page: Page): Promise<void> {
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('60x');
  const play = page.getByRole('button', { name: 'Play' });
  if (await play.isVisible()) await play.click();
  await expect(page.locator('table.tasks tr[data-last-status="RUNNING"]')).toHaveCount(EXPECTED_TASKS, { timeout: 60_000 });
  await expect(page.locator('table.tasks li[data-target-state="healthy"]')).toHaveCount(EXPECTED_TASKS, { timeout: 60_000 });
  await page.getByRole('button', { name: 'Pause' }).click();
}

/** Screenshots are written here by name, not through outputDir, which Playwright empties at the start of a run. */
export const RESULTS_DIR = fileURLToPath(new URL('../../test-results/', import.meta.url));

export type DockTab = 'Inspector' | 'Narration' | 'Metrics' | 'Sandbox' | 'Rule tester';

/** Brings a tab of the dock to the front (showing the dock if it was hidden) and returns its panel, a named region. */
export async function dockPanel(page: Page, name: DockTab): Promise<Locator> {
  const tab = page.getByRole('tablist', { name: 'Details' }).getByRole('tab', { name, exact: true });
  if ((await tab.getAttribute('aria-selected')) !== 'true' || (await page.getByRole('button', { name: 'Show the panel' }).count()) > 0) await tab.click();
  const panel = page.getByRole('region', { name, exact: true });
  await expect(panel).toBeVisible();
  return panel;
}

/**
 * Test-only CSS for a picture of a whole panel: the app grows to its content and the dock stops scrolling, so an
 * element screenshot is not cut by the dock's own scrolling; the playback bar is hidden so it covers nothing.
 */
export const UNCLIP_DOCK =
  '.app { height: auto !important; overflow: visible !important; } .dock-body { overflow: visible !important; } .dock { position: static !important; height: auto !important; max-height: none !important; } footer.playback { visibility: hidden; }';

export function stage(page: Page): Locator {
  return page.getByRole('region', { name: 'Stage' });
}

export async function setSpeed(page: Page, speed: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Speed' }).selectOption(speed);
}

export async function play(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
}

export async function pause(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
}

/** The stage box the app shell is designed to give the stage: at 1440x900, and on a 1280x720 projector. */
export const STAGE_BOXES = {
  '1440x900': { viewport: { width: 1440, height: 900 }, box: { width: 1000, height: 750 } },
  '1280x720': { viewport: { width: 1280, height: 720 }, box: { width: 850, height: 600 } },
} as const;

/**
 * Puts the stage in a box of the given size, as the app shell will (until it lands, the page gives the stage a box
 * of its own); at the top right of the page, clear of the lens switch (top left) and the playback bar (bottom).
 */
export async function boxStage(page: Page, box: { readonly width: number; readonly height: number }): Promise<void> {
  await addTestStyle(page, `section.stage { position: fixed !important; right: 0; top: 0; width: ${box.width}px !important; height: ${box.height}px !important; z-index: 50; }`);
}
