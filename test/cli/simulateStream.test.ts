/**
 * The command line streams: its output is written slice by slice and waits for the reader, so a pipe to a counter
 * holds little memory, a reader that closes early ends the run at once, and the slices change no byte of the output.
 * These run the real entry (src/cli/bundle/launch.mjs builds the bundle when it is stale) in a child process.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../src/engine';
import { loadScenario } from '../../src/scenario';
import { runSimulate } from '../../src/cli/runSimulate';

const BIG = 'public/scenarios/big-orchestra.json';

describe('npm run simulate, streaming', () => {
  it('writes what one runUntil would, byte for byte, though it runs in slices', () => {
    const text = readFileSync('public/scenarios/default.json', 'utf8');
    const loaded = loadScenario(text);
    if (!loaded.ok) throw new Error('default.json does not load');
    const sim = createSimulation(loaded.spec);
    const lines: string[] = [];
    sim.subscribe((event) => lines.push(JSON.stringify(event)), { requests: true });
    sim.runUntil(150_500);
    let out = '';
    expect(runSimulate(['public/scenarios/default.json', '--until', '150.5'], { stdout: (t) => (out += t), stderr: () => {} })).toBe(0);
    expect(out).toBe(lines.join('\n') + '\n');
  });

  it('stops at once, quietly, when the reader closes (| head -c 100)', async () => {
    const started = Date.now();
    const child = spawn(process.execPath, ['src/cli/bundle/launch.mjs', BIG, '--until', '86400'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const first = await new Promise<Buffer>((resolve) => child.stdout.once('data', resolve));
    expect(first.toString().startsWith('{"t":0,')).toBe(true);
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(0);
    expect(stderr).toBe('');
    // A day at 500 requests per second takes minutes to simulate; closing the pipe ends it within seconds.
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it.runIf(existsSync('/usr/bin/time'))('keeps memory flat while a long run is piped to a counter', () => {
    // Ten minutes of the big orchestra: about 300,000 lines, over 100 MB of JSON, which buffered would be in memory.
    const run = spawnSync('/usr/bin/time', ['-v', process.execPath, 'src/cli/bundle/launch.mjs', BIG, '--until', '600'], { maxBuffer: 1 << 30 });
    expect(run.status).toBe(0);
    const lines = run.stdout.toString().split('\n').length - 1;
    expect(lines).toBeGreaterThan(250_000);
    const peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr.toString())?.[1]);
    expect(peakKb).toBeGreaterThan(0);
    expect(peakKb).toBeLessThan(200 * 1024);
  });
});
