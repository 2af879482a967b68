/** Every bundled scenario and bundle has its claims checked: one file here per entry of the two index files. */
import { existsSync, readFileSync } from 'node:fs';

const CLAIMS: Record<string, string> = {
  'default.json': 'default.test.ts',
  'wrong-health-check-path.json': 'wrongHealthCheckPath.test.ts',
  'slow-starter.json': 'slowStarter.test.ts',
  'bad-image.json': 'badImage.test.ts',
  'crash-and-replace.json': 'crashAndReplace.test.ts',
  'big-orchestra.json': 'bigOrchestra.test.ts',
  'no-chairs-left.json': 'noChairsLeft.test.ts',
  'dynamic-ports.json': 'dynamicPorts.test.ts',
  'audience-grows.json': 'audienceGrows.test.ts',
  'bundle orders-platform': 'ordersPlatform.test.ts',
  'bundle nested-services': 'nestedServices.test.ts',
};

it('has a claims test for each scenario in public/scenarios/index.json and each bundle', () => {
  const files = (JSON.parse(readFileSync('public/scenarios/index.json', 'utf8')) as { file: string }[]).map((e) => e.file);
  const bundles = (JSON.parse(readFileSync('public/scenarios/bundles/index.json', 'utf8')) as { bundles: { name: string }[] }).bundles.map((b) => `bundle ${b.name}`);
  expect(Object.keys(CLAIMS).sort()).toEqual([...files, ...bundles].sort());
  for (const [scenario, test] of Object.entries(CLAIMS)) {
    const path = `test/claims/${test}`;
    expect(existsSync(path), path).toBe(true);
    const source = scenario.startsWith('bundle ') ? `{ bundle: '${scenario.slice(7)}'` : `{ file: '${scenario}' }`;
    expect(readFileSync(path, 'utf8'), path).toContain(`describeClaims(${source}`);
  }
});
