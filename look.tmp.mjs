import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const [name, vp, lens] of [['aws', { width: 1280, height: 800 }, 'aws'], ['orch', { width: 1280, height: 800 }, 'orchestra'], ['phone', { width: 390, height: 844 }, 'aws']]) {
  const page = await browser.newPage({ viewport: vp });
  page.on('pageerror', (e) => console.log('pageerror:', e.message));
  await page.goto(`http://127.0.0.1:4192/?lesson=a-musician-falls-ill&step=2&speed=20&lens=${lens}`);
  await page.getByRole('radio').nth(2).waitFor();
  await page.getByRole('radio').nth(1).check();
  await page.getByRole('button', { name: 'Answer', exact: true }).click();
  await page.locator('.lesson-verdict').waitFor({ timeout: 30000 });
  await page.locator('.lesson-verdict').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `/tmp/lessonui-shots/reveal-${name}.png` });
  console.log(name, page.url());
  await page.close();
}
await browser.close();
