/**
 * The event-log download of a long run: written piece by piece (never one string, which past about 512 MB throws
 * "RangeError: Invalid string length"), and byte for byte what the command line prints for the same run.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSimulate } from '../../src/cli/runSimulate';
import { createSimStore, templateToWorld } from '../../src/store';
import { EVENT_LOG_PIECE_LINES } from '../../src/store/createSimStore';
import { eventLogFile } from '../../src/ui/io/exports';

const BIG = 'public/scenarios/big-orchestra.json';

describe('the event-log download', () => {
  it('writes five simulated minutes of the big orchestra in bounded pieces, the same bytes as the command line', async () => {
    const world = templateToWorld(readFileSync(BIG, 'utf8'), 'big-orchestra.json');
    if (!world.ok) throw new Error('big-orchestra.json does not load');
    const store = createSimStore({ spec: world.spec });
    store.getState().advanceTo(120_000);
    store.getState().dispatch({ do: 'setDesiredCount', service: 'StringsService', count: 4 });
    store.getState().advanceTo(300_000);

    let pieces = 0;
    let longest = 0;
    store.getState().writeEventLog((piece) => {
      pieces += 1;
      longest = Math.max(longest, piece.split('\n').length - 1);
    });
    expect(pieces).toBeGreaterThan(20);
    expect(longest).toBe(EVENT_LOG_PIECE_LINES);

    const file = eventLogFile(store.getState(), 'events.jsonl');
    const bytes = new Uint8Array(await file.blob.arrayBuffer());
    // The same run from the command line: the scenario, its seed, and the command given at 120 s.
    const template = JSON.parse(readFileSync(BIG, 'utf8')) as { Metadata: { EcsOrchestra: { script?: unknown[] } } };
    template.Metadata.EcsOrchestra.script = [...(template.Metadata.EcsOrchestra.script ?? []), { at: 120, do: 'setDesiredCount', service: 'StringsService', count: 4 }];
    let cli = '';
    const path = join(mkdtempSync(join(tmpdir(), 'orchestra-')), 'big.json');
    writeFileSync(path, JSON.stringify(template));
    expect(runSimulate([path, '--until', '299.999'], { stdout: (t) => (cli += t), stderr: () => {} })).toBe(0);
    expect(new TextDecoder().decode(bytes)).toBe(cli);
    expect(file.blob.type).toBe('application/x-ndjson');
  });
});
