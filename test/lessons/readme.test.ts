/** The README's example lesson loads, plays as the README says, and prints the lines the README shows. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { playLessonThrough } from '../../src/lessons';
import { cli } from '../cli/harness';
import { lessonOf, simulationOf } from './helpers';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const afterMarker = README.slice(README.indexOf('<!-- lesson-example'));
const EXAMPLE = /```yaml\n([\s\S]*?)```/.exec(afterMarker)![1]!;
const SHOWN = /```\n(\{"type":"lesson[\s\S]*?)```/.exec(afterMarker)![1]!.trim().split('\n');

describe('the README\'s example lesson', () => {
  it('plays its solution to the end, and doing nothing leaves the action step unmet', () => {
    const lesson = lessonOf(EXAMPLE, 'my-first-lesson.yaml');
    const solved = playLessonThrough(lesson, simulationOf(lesson), { solve: true });
    expect(solved.steps.map((s) => [s.step.id, s.met])).toEqual([['watch-a-crash', true], ['your-turn', true]]);
    expect(solved.predictions.map((p) => [p.observed, p.right])).toEqual([[{ happened: true, value: 32, t: 37_000 }, 1]]);
    const idle = playLessonThrough(lesson, simulationOf(lesson));
    expect(idle.steps.map((s) => s.met)).toEqual([true, false]);
  });

  it('prints the lines the README shows', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'readme-')), 'my-first-lesson.yaml');
    writeFileSync(file, EXAMPLE);
    const { code, out } = cli('--lesson', file, '--solve');
    expect(code).toBe(0);
    expect(out.trim().split('\n').filter((l) => l.startsWith('{"type":"lesson'))).toEqual(SHOWN);
  });
});
