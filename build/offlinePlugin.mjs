/**
 * The build's offline part: after Vite has written the app, `sw.js` is written beside it with the list of every file
 * of the build (the app's chunks, styles, the bundled scenarios and lessons, the manifest, the icon) and a version
 * that changes whenever any of them does. The worker (sw-template.js) precaches that list on install and answers
 * from the cache, so a page loaded once works with the network gone; a new build is a new cache, and the old one is
 * removed when the new worker takes over.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

const WORKER = 'sw.js';

/** @param {string} dir @returns {string[]} */
function filesUnder(dir) {
  /** @type {string[]} */
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else out.push(path);
  }
  return out;
}

/** @returns {import('vite').Plugin} */
export function offlinePlugin() {
  let outDir = 'dist';
  return {
    name: 'ecs-orchestra:offline',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    writeBundle() {
      const hash = createHash('sha256');
      const files = filesUnder(outDir)
        .map((path) => relative(outDir, path).split(sep).join('/'))
        .filter((file) => file !== WORKER && !file.endsWith('.map'))
        .sort();
      for (const file of files) hash.update(file).update(readFileSync(join(outDir, file)));
      const template = readFileSync(new URL('./sw-template.js', import.meta.url), 'utf8');
      const worker = template
        .replace('const VERSION = __VERSION__;', `const VERSION = ${JSON.stringify(hash.digest('hex').slice(0, 16))};`)
        .replace('const FILES = __FILES__;', `const FILES = ${JSON.stringify(['./', ...files.map((file) => `./${file}`)])};`);
      writeFileSync(join(outDir, WORKER), worker);
    },
  };
}
