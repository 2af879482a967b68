/**
 * Byte-identical event logs across refactors (issue 9): every bundled scenario, bundle, shared example and a live
 * session with edits give exactly the JSON lines recorded in eventLogs.json. When a change to a log is intended,
 * re-record with `npx tsx test/golden/record.ts` and say why in the commit; to see what moved, dump both versions
 * with `--dump DIR` and diff them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { digest, goldenRuns, type GoldenDigest } from './goldenRuns';

const recorded = JSON.parse(readFileSync('test/golden/eventLogs.json', 'utf8')) as Record<string, GoldenDigest>;

describe('golden event logs', () => {
  it('covers every run it records', () => {
    expect(Object.keys(recorded).sort()).toEqual(goldenRuns.map((r) => r.name).sort());
  });

  for (const run of goldenRuns) {
    it(`${run.name} gives the recorded event log, byte for byte`, () => {
      expect(digest(run.lines())).toEqual(recorded[run.name]);
    });
  }
});
