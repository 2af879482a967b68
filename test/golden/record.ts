/**
 * Records the golden digests (test/golden/eventLogs.json), and with --dump DIR writes every run's full JSON lines
 * there, so two versions can be diffed: `npx tsx test/golden/record.ts --dump /tmp/before`.
 * Re-record only when a change to the event log is intended, and say why in the commit.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadYamlSupport } from '../../src/scenario';
import { digest, goldenRuns, type GoldenDigest } from './goldenRuns';

await loadYamlSupport();

const dumpAt = process.argv.indexOf('--dump');
const dumpDir = dumpAt >= 0 ? process.argv[dumpAt + 1] : undefined;
const out: Record<string, GoldenDigest> = {};
for (const run of goldenRuns) {
  const lines = run.lines();
  out[run.name] = digest(lines);
  if (dumpDir) {
    mkdirSync(dumpDir, { recursive: true });
    writeFileSync(`${dumpDir}/${run.name.replace(/[^\w.-]+/g, '_')}.jsonl`, lines.join('\n') + '\n');
  }
}
if (dumpDir === undefined) writeFileSync('test/golden/eventLogs.json', JSON.stringify(out, null, 2) + '\n');
console.log(JSON.stringify(out, null, 2));
