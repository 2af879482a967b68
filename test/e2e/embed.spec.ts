/**
 * Embedding, as a docs page does it: a host page served from one loopback port (EMBED_HOST_PORT, else E2E_PORT - 1)
 * embeds the app from another, as an iframe and as the <ecs-orchestra> element, under a strict
 * Content-Security-Policy of its own. Every page's CSP violations fail the test (helpers.ts).
 */
import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Frame, type Page } from '@playwright/test';
import { RESULTS_DIR, test } from './helpers';

const APP_PORT = Number(process.env.E2E_PORT ?? 4173);
const HOST_PORT = Number(process.env.EMBED_HOST_PORT ?? APP_PORT - 1);
const APP = `http://127.0.0.1:${APP_PORT}`;
const HOST = `http://127.0.0.1:${HOST_PORT}`;

const HOST_CSP = [
  "default-src 'self'",
  `script-src 'self' ${APP}`,
  `style-src 'self' ${APP}`,
  `connect-src 'self' ${APP}`,
  `frame-src ${APP}`,
  "img-src 'self'",
  "object-src 'none'",
].join('; ');

/** A host page's CSS that styles every div and button as loudly as it can; none of it may reach the element. */
const AGGRESSIVE_CSS = `
div { border: 4px dashed red !important; padding: 9px !important; margin: 3px !important; font: 700 22px serif !important; color: lime !important; background: yellow !important; }
button { background: hotpink !important; color: blue !important; font-size: 30px !important; border-radius: 0 !important; }
ecs-orchestra { display: block; width: 800px; height: 500px; }
`;
const PLAIN_CSS = 'ecs-orchestra { display: block; width: 800px; height: 500px; }';

function page(body: string, css: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Docs host</title><link rel="stylesheet" href="/host.css?${css}"></head><body>${body}</body></html>`;
}

const ROUTES: Record<string, (query: URLSearchParams) => { type: string; body: string }> = {
  '/frame.html': (q) => ({
    type: 'text/html',
    body: page(`<h1>Docs</h1><iframe title="ECS Orchestra" width="800" height="500" src="${APP}/?embed=1&${q.get('q') ?? ''}"></iframe><div class="spacer"></div>`, 'plain'),
  }),
  '/element.html': (q) => ({
    type: 'text/html',
    body: page(
      `<h1>Docs</h1><script type="module" src="${APP}/ecs-orchestra.js"></script><ecs-orchestra id="one"></ecs-orchestra><ecs-orchestra id="two" lens="orchestra"></ecs-orchestra>`,
      q.get('css') ?? 'plain',
    ),
  }),
  '/host.css': (q) => ({
    type: 'text/css',
    body: `${q.has('aggressive') ? AGGRESSIVE_CSS : PLAIN_CSS} .spacer { height: 3000px; } #two { --ecs-orchestra-accent: rgb(150, 0, 70); --ecs-orchestra-accent-ink: rgb(255, 255, 255); }`,
  }),
};

let server: Server;

test.beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', HOST);
    const route = ROUTES[url.pathname];
    if (!route) {
      response.writeHead(404).end();
      return;
    }
    const { type, body } = route(url.searchParams);
    response.writeHead(200, { 'Content-Type': type, 'Content-Security-Policy': HOST_CSP }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(HOST_PORT, '127.0.0.1', resolve));
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** Opens the host page with an embed of `query` and collects what the embed says to the host. */
async function openFrame(host: Page, query: string): Promise<Frame> {
  await host.addInitScript(() => {
    if (window.top !== window) return;
    const said: unknown[] = [];
    (window as unknown as { said: unknown[] }).said = said;
    window.addEventListener('message', (event) => said.push(event.data));
  });
  await host.goto(`${HOST}/frame.html?q=${encodeURIComponent(query)}`);
  const frame = host.frame({ url: /embed=1/ });
  if (!frame) throw new Error('no embed frame');
  await expect(frame.locator('.react-flow__node').first()).toBeVisible();
  return frame;
}

async function said(host: Page): Promise<{ type: string; [key: string]: unknown }[]> {
  return host.evaluate(() => (window as unknown as { said: { type: string }[] }).said);
}

async function send(host: Page, message: unknown): Promise<void> {
  await host.evaluate((data) => document.querySelector('iframe')?.contentWindow?.postMessage(data, '*'), message);
}

async function frameMs(frame: Frame): Promise<number> {
  return Number(await frame.getByTestId('sim-clock').getAttribute('data-ms'));
}

test('a lesson opens at its step under the stage, in the lens, and the host hears the step', async ({ page }) => {
  const frame = await openFrame(page, 'lens=orchestra&lesson=the-sound-check&step=2');
  const lesson = frame.getByRole('region', { name: /^Lesson: / });
  await expect(lesson.getByRole('heading', { level: 3 })).toContainText('Step 2 of');
  await expect.poll(async () => (await said(page)).find((m) => m.type === 'lessonStep')).toMatchObject({ ecsOrchestra: 1, lesson: 'the-sound-check', step: 2 });
  const unknown = await openFrame(page, 'lesson=no-such-lesson');
  await expect(unknown.getByRole('status').filter({ hasText: 'no-such-lesson' })).toBeVisible();
  await expect(unknown.getByRole('region', { name: /^Lesson: / })).toHaveCount(0);
});

test('the URL parameters take effect: lens, controls, theme, start time', async ({ page }) => {
  const frame = await openFrame(page, 'lens=orchestra&controls=full&theme=dark&t=30');
  await expect(frame.getByRole('switch', { name: 'Orchestra lens' })).toHaveAttribute('aria-checked', 'true');
  await expect(frame.locator('.app.embed')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(() => frameMs(frame)).toBe(30_000);
  await expect(frame.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  await expect(frame.getByRole('link', { name: /Open in ECS Orchestra/ })).toHaveAttribute('href', /lens=orchestra/);

  const minimal = await openFrame(page, 'controls=minimal');
  await expect(minimal.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  await expect(minimal.getByRole('combobox', { name: 'Speed' })).toBeVisible();
  await expect(minimal.getByRole('button', { name: /Step/ })).toHaveCount(0);
  await expect(minimal.getByTestId('sim-clock')).toHaveCount(0);

  const none = await openFrame(page, 'controls=none');
  await expect(none.getByRole('button', { name: 'Play', exact: true })).toHaveCount(0);
  await expect(none.getByRole('link', { name: /Open in ECS Orchestra/ })).toBeVisible();
});

test('in a narrow frame the embed still fills it: the stage takes what the controls leave, nothing blank below', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 500 });
  await page.goto(`${APP}/?embed=1`);
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  const bottoms = await page.evaluate(() =>
    ['.embed-body', '.embed-main'].map((selector) => Math.round(document.querySelector(selector)?.getBoundingClientRect().bottom ?? 0)),
  );
  // The body reaches the frame's bottom; the stage ends where the controls (at most two rows) begin.
  expect(bottoms[0]).toBe(500);
  expect(bottoms[1]).toBeGreaterThan(380);
});

test('the host drives the embed through postMessage and hears its state and events', async ({ page }) => {
  await openFrame(page, '');
  await expect.poll(async () => (await said(page)).find((m) => m.type === 'ready')).toMatchObject({ ecsOrchestra: 1, state: { playing: false, lens: 'aws', t: 0 } });
  await send(page, { ecsOrchestra: 1, type: 'setLens', lens: 'orchestra' });
  await send(page, { ecsOrchestra: 1, type: 'play' });
  await expect.poll(async () => (await said(page)).some((m) => m.type === 'state' && (m.state as { playing: boolean }).playing)).toBe(true);
  await send(page, { ecsOrchestra: 1, type: 'command', command: { do: 'setDesiredCount', service: 'UsersService', count: 4 } });
  await expect
    .poll(async () => (await said(page)).filter((m) => m.type === 'events').flatMap((m) => m.events as { type: string; command?: { do: string } }[]).find((e) => e.type === 'command.applied'))
    .toMatchObject({ command: { do: 'setDesiredCount', service: 'UsersService', count: 4 } });
  await send(page, { ecsOrchestra: 1, type: 'pause' });
  await expect.poll(async () => (await said(page)).filter((m) => m.type === 'state').at(-1)?.state).toMatchObject({ playing: false, lens: 'orchestra' });
  await send(page, { ecsOrchestra: 1, type: 'seek', t: 120 });
  await expect.poll(async () => (await said(page)).filter((m) => m.type === 'state').at(-1)?.state).toMatchObject({ t: 120 });
});

test('malformed messages and refused commands change nothing and are answered with an error', async ({ page }) => {
  const frame = await openFrame(page, '');
  const before = await frameMs(frame);
  await send(page, { ecsOrchestra: 1, type: 'play', extra: 'eval("1")' });
  await send(page, { ecsOrchestra: 1, type: 'setSpeed', speed: 'fast' });
  await send(page, { ecsOrchestra: 1, type: 'command', command: { do: 'setDesiredCount', service: 'nobody', count: 2 } });
  await send(page, { ecsOrchestra: 1, type: 'command', command: { do: 'launchMissiles' } });
  await send(page, 'play');
  await expect.poll(async () => (await said(page)).filter((m) => m.type === 'error').length).toBe(4);
  const errors = (await said(page)).filter((m) => m.type === 'error').map((m) => String(m.message));
  expect(errors[0]).toMatch(/Not a message the embed takes/);
  expect(errors[2]).toMatch(/^Refused: ServiceNotFoundException/);
  expect(errors[3]).toMatch(/"do" must name a command/);
  await page.waitForTimeout(500);
  expect(await frameMs(frame)).toBe(before);
  await expect(frame.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
});

test('messages from an origin not in origins are ignored and not answered', async ({ page }) => {
  const frame = await openFrame(page, 'origins=https://docs.example.com');
  await send(page, { ecsOrchestra: 1, type: 'setLens', lens: 'orchestra' });
  await send(page, { ecsOrchestra: 1, type: 'play' });
  await page.waitForTimeout(800);
  await expect(frame.getByRole('switch', { name: 'Orchestra lens' })).toHaveAttribute('aria-checked', 'false');
  expect(await frameMs(frame)).toBe(0);
  expect(await said(page)).toEqual([]);
});

test('an embed scrolled out of view stops advancing and plays on when back', async ({ page }) => {
  const frame = await openFrame(page, 'autoplay=1&speed=10');
  await expect.poll(() => frameMs(frame)).toBeGreaterThan(0);
  await page.evaluate(() => window.scrollTo(0, 2500));
  await page.waitForTimeout(400);
  const hidden = await frameMs(frame);
  await page.waitForTimeout(800);
  expect(await frameMs(frame)).toBe(hidden);
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect.poll(() => frameMs(frame)).toBeGreaterThan(hidden);
});

test('axe finds no serious or critical violations in embed mode', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto(`${APP}/?embed=1&controls=full`);
    await expect(page.locator('.react-flow__node').first()).toBeVisible();
    // The stage as it stands once the layers that come after its first frame are in and its tasks have faded in (a
    // card halfway through its entrance is not the colors it shows). The requests' canvas lies over the cards, which
    // would leave their contrast unchecked ("incomplete"), so it is hidden while axe reads them.
    await expect(page.locator('canvas.stage-particles')).toHaveCount(1);
    await page.evaluate(async () => {
      document.querySelectorAll<HTMLElement>('canvas.stage-particles').forEach((canvas) => (canvas.style.visibility = 'hidden'));
      const finite = document.getAnimations().filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity);
      await Promise.all(finite.map((animation) => animation.finished));
    });
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    const serious = results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    expect(serious, colorScheme).toEqual([]);
  }
});

/** A screenshot of the element once two in a row agree (the stage has finished fitting and fading in). */
async function stableShot(host: Page, selector: string): Promise<Buffer> {
  let shot = await host.locator(selector).screenshot();
  for (let tries = 0; tries < 10; tries++) {
    await host.waitForTimeout(300);
    const next = await host.locator(selector).screenshot();
    if (next.equals(shot)) return next;
    shot = next;
  }
  throw new Error(`${selector} never stopped changing`);
}

/** At most this many pixels (of 800x500) may differ between two paints of the same element. */
const MAX_DIFFERING_PIXELS = 200;

/** How many pixels of two PNG shots differ by more than a rounding, decoded in a blank page of the same browser. */
async function differingPixels(host: Page, a: Buffer, b: Buffer): Promise<number> {
  const blank = await host.context().newPage();
  try {
    return await blank.evaluate(
      async ([first, second]) => {
        const decode = async (base64: string) => {
          const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
          const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
          const context = canvas.getContext('2d')!;
          context.drawImage(bitmap, 0, 0);
          return context.getImageData(0, 0, bitmap.width, bitmap.height);
        };
        const [x, y] = [await decode(first), await decode(second)];
        if (x.width !== y.width || x.height !== y.height) return x.width * x.height;
        let count = 0;
        for (let i = 0; i < x.data.length; i += 4) {
          const delta = Math.max(...[0, 1, 2, 3].map((k) => Math.abs(x.data[i + k]! - y.data[i + k]!)));
          if (delta > 8) count++;
        }
        return count;
      },
      [a.toString('base64'), b.toString('base64')] as const,
    );
  } finally {
    await blank.close();
  }
}

async function openElements(host: Page, css: 'plain' | 'aggressive'): Promise<void> {
  await host.goto(`${HOST}/element.html?css=${css}`);
  await expect(host.locator('#one .react-flow__node').first()).toBeVisible();
  await expect(host.locator('#two .react-flow__node').first()).toBeVisible();
  await host.waitForTimeout(500);
}

test('the custom element: unchanged under a host page that styles every div and button, two on a page run apart', async ({ page }) => {
  await openElements(page, 'plain');
  const plain = await stableShot(page, '#one');
  await openElements(page, 'aggressive');
  const styled = await stableShot(page, '#one');
  // The same picture: a leaking host rule moves fonts, borders and buttons (thousands of pixels); the stage's edges
  // may differ by a few antialiased pixels between two paints.
  const differing = await differingPixels(page, plain, styled);
  if (differing > 0) {
    writeFileSync(`${RESULTS_DIR}element-plain.png`, plain);
    writeFileSync(`${RESULTS_DIR}element-styled.png`, styled);
  }
  expect(differing, 'pixels that differ under the aggressive host CSS').toBeLessThanOrEqual(MAX_DIFFERING_PIXELS);
  // Its own styles do not leak out: the host's heading keeps the page's font.
  expect(await page.locator('h1').evaluate((h) => getComputedStyle(h).fontFamily)).not.toMatch(/system-ui/);
  // Nor do the parts that arrive after the first frame (the requests' canvas, a lesson's panel) bring a stylesheet into
  // the host's head, as Vite's loader does for a chunk with styles of its own.
  await expect(page.locator('#one canvas.stage-particles')).toHaveCount(1);
  await page.evaluate(() => (document.getElementById('one') as unknown as { loadLesson(id: string): Promise<void> }).loadLesson('the-sound-check'));
  await expect(page.locator('#one').getByRole('region', { name: /^Lesson: / }).getByRole('heading', { level: 3 })).toContainText('Step 1 of');
  expect(await page.evaluate(() => [...document.querySelectorAll('link[rel="stylesheet"], style')].map((sheet) => sheet.getAttribute('href') ?? 'style'))).toEqual(['/host.css?aggressive']);

  await expect(page.locator('#two').getByRole('switch', { name: 'Orchestra lens' })).toHaveAttribute('aria-checked', 'true');
  // The host's colors reach in through custom properties, and only where it set them.
  expect(await page.locator('#two').getByRole('button', { name: 'Play', exact: true }).evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(150, 0, 70)');
  expect(await page.locator('#one').getByRole('button', { name: 'Play', exact: true }).evaluate((b) => getComputedStyle(b).backgroundColor)).not.toBe('rgb(150, 0, 70)');
  await expect(page.locator('#one').getByRole('switch', { name: 'Orchestra lens' })).toHaveAttribute('aria-checked', 'false');
  await page.evaluate(() => (document.getElementById('one') as unknown as { play(): Promise<void> }).play());
  await expect.poll(() => page.locator('#one').getByTestId('sim-clock').getAttribute('data-ms').then(Number)).toBeGreaterThan(0);
  expect(Number(await page.locator('#two').getByTestId('sim-clock').getAttribute('data-ms'))).toBe(0);
  // Methods refuse what the engine refuses; the element's own state is its events'.
  const refused = await page.evaluate(() =>
    (document.getElementById('two') as unknown as { command(c: unknown): Promise<void> }).command({ do: 'setDesiredCount', service: 'nobody', count: 1 }).then(
      () => 'done',
      (error: Error) => error.message,
    ),
  );
  expect(refused).toMatch(/^Refused: ServiceNotFoundException/);
  // What the element fetched after its first frame (its API, its message reader) added no stylesheet of the app's to
  // the host page: its styles are in its shadow root.
  const appSheets = await page.evaluate((app) => [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((link) => link.href).filter((href) => href.startsWith(app)), APP);
  expect(appSheets).toEqual([]);
  // Keys act only with focus inside: Space in the second plays the second.
  await page.locator('#two').getByRole('button', { name: 'Play', exact: true }).focus();
  await page.keyboard.press('k');
  await expect.poll(() => page.evaluate(() => (document.getElementById('two') as unknown as { playing: boolean }).playing)).toBe(true);
});
