import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { addTestStyle, boxStage, collectErrors, openApp, pause, play, setSpeed, stage, STAGE_BOXES, test } from './helpers';

const results = fileURLToPath(new URL('../../test-results/', import.meta.url));
const INSTANCE = /^(Container instance|Riser) i-[0-9a-f]+, t3\.\w+, us-east-1[a-z], (ACTIVE|DRAINING), CPU \d+ of \d+ used, memory \d+ of \d+ MiB used, /;
const WAITING = /^(Task waiting for placement|Musician in the wings) .*already using a port/;

/** The clock's simulated milliseconds. */
async function nowMs(page: Page): Promise<number> {
  return Number(await page.getByTestId('sim-clock').getAttribute('data-ms'));
}

/** dynamic-ports at 60x until its six tasks are RUNNING and healthy, then paused. */
async function steadyPorts(page: Page, query = ''): Promise<void> {
  await openApp(page, `?scenario=dynamic-ports.json&autoplay=0${query}`, 'stage');
  await setSpeed(page, '60x');
  await play(page);
  await expect(stage(page).getByRole('button', { name: /, RUNNING, (healthy|in tune \(healthy\))$/ })).toHaveCount(6, { timeout: 60_000 });
  await pause(page);
}

/** no-chairs-left at 60x until ECS has been unable to place the deploy's tasks (past 95 s), then paused. */
async function stalledChairs(page: Page, query = ''): Promise<void> {
  await openApp(page, `?scenario=no-chairs-left.json&autoplay=0${query}`, 'stage');
  await setSpeed(page, '60x');
  await play(page);
  await expect.poll(() => nowMs(page), { timeout: 60_000 }).toBeGreaterThan(95_000);
  await pause(page);
  expect(await nowMs(page)).toBeLessThan(200_000);
}

test('dynamic-ports: three container instances with their capacity, tasks showing instance and host port', async ({ page }) => {
  const errors = collectErrors(page);
  // Task cards (with their instance and port) in the stage box of a 1440x900 screen; a smaller stage shows chips.
  await page.setViewportSize(STAGE_BOXES['1440x900'].viewport);
  await steadyPorts(page);
  await boxStage(page, STAGE_BOXES['1440x900'].box);
  const instances = stage(page).getByRole('button', { name: INSTANCE });
  await expect(instances).toHaveCount(3);
  for (const instance of await instances.all()) {
    await expect(instance).toBeVisible();
    await expect(instance).toContainText(/CPU \d+\/2048/);
    await expect(instance).toContainText(/Mem \d+\/4096 MiB/);
  }
  await expect(stage(page).getByRole('button', { name: /, CPU 512 of 2048 used, memory 1024 of 4096 MiB used, 2 tasks$/ })).toHaveCount(3);
  const task = stage(page).getByRole('button', { name: 'Task CatalogService-1, RUNNING, healthy' });
  await expect(task).toContainText(/i-[0-9a-f]{4}…:3276\d/);
  await instances.first().click();
  await expect(instances.first()).toHaveAttribute('aria-current', 'true');
  expect(errors).toEqual([]);
});

test('no-chairs-left: after 95 s a ghost card waits in the wings, saying the port is taken', async ({ page }) => {
  const errors = collectErrors(page);
  await stalledChairs(page);
  const card = stage(page).getByRole('button', { name: WAITING });
  await expect(card).toBeVisible();
  await expect(card).toContainText('Waiting');
  await expect(card).toContainText('already using a port');
  await expect(stage(page).getByRole('button', { name: INSTANCE })).toHaveCount(2);
  // A third instance joins at 200 s; the new tasks get places and the card leaves.
  await play(page);
  await expect(stage(page).getByRole('button', { name: INSTANCE })).toHaveCount(3, { timeout: 60_000 });
  await expect(card).toHaveCount(0, { timeout: 60_000 });
  await pause(page);
  expect(errors).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical violations on the EC2 stage (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await stalledChairs(page);
    await addTestStyle(page, '.stage-particles { display: none; }');
    for (const lens of ['aws', 'orchestra'] as const) {
      if (lens === 'orchestra') await page.getByRole('switch', { name: /Orchestra lens/ }).click();
      await expect(stage(page)).toHaveAttribute('data-lens', lens);
      const found = await new AxeBuilder({ page }).include('section.stage').withTags(['wcag2a', 'wcag2aa']).analyze();
      const serious = found.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `${lens}: ${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      expect(serious).toEqual([]);
    }
  });
}

const sizes = [
  { width: 1440, height: 900 },
  { width: 360, height: 800 },
] as const;

for (const scenario of ['ports', 'chairs'] as const) {
  for (const size of sizes) {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const lens of ['aws', 'orchestra'] as const) {
        const name = `stage-ec2-${scenario}-${size.width}x${size.height}-${colorScheme}-${lens}`;
        test(`screenshot ${name}`, async ({ page }) => {
          await page.setViewportSize(size);
          await page.emulateMedia({ colorScheme });
          if (scenario === 'ports') await steadyPorts(page, `&lens=${lens}`);
          else await stalledChairs(page, `&lens=${lens}`);
          await page.waitForTimeout(400);
          const box = await stage(page).boundingBox();
          expect((box?.x ?? 0) + (box?.width ?? Infinity)).toBeLessThanOrEqual(size.width);
          await stage(page).screenshot({ path: `${results}${name}.png` });
        });
      }
    }
  }
}
