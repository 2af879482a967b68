/**
 * The command line's build: src/cli/simulate.ts and everything it imports, bundled by esbuild into one ES module
 * that plain node runs (no transpiling at start-up). Rebuilt when missing or older than any file under src/ or
 * package.json, so an edit is never run stale.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
// A build product, not a source: kept with the other tools' caches, out of the repository and of the app's dist/.
export const CLI_BUNDLE = join(ROOT, 'node_modules', '.cache', 'ecs-orchestra', 'simulate.mjs');
const ENTRY = join(ROOT, 'src', 'cli', 'simulate.ts');

function newestIn(folder) {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export function cliBuildIsStale() {
  if (!existsSync(CLI_BUNDLE)) return true;
  const built = statSync(CLI_BUNDLE).mtimeMs;
  return newestIn(join(ROOT, 'src')) > built || statSync(join(ROOT, 'package.json')).mtimeMs > built;
}

export async function buildCli() {
  const { build } = await import('esbuild');
  await build({
    entryPoints: [ENTRY],
    outfile: CLI_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Node's own modules stay imports; zod, js-yaml and the engine are bundled in.
    packages: 'bundle',
    legalComments: 'none',
    logLevel: 'warning',
  });
}
