/**
 * A command the scenario's own script gives is the scenario's doing, not the learner's: the narration names the
 * script (the score, in the orchestra lens); the same command given by the learner is "You ...".
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CommandAppliedEvent } from '../../src/engine/events';
import { buildNarrationContext, narrate } from '../../src/lens/narration';
import { loadScenario } from '../../src/scenario';

const loaded = loadScenario(readFileSync('public/scenarios/crash-and-replace.json', 'utf8'));
if (!loaded.ok) throw new Error('crash-and-replace.json did not load');
const ctx = buildNarrationContext(loaded.spec);

const crash = (t: number): CommandAppliedEvent => ({ t, type: 'command.applied', command: { do: 'crashTask', task: 'OrdersService-2' } });

describe('commands of the scenario script', () => {
  it('are told as the script’s at its moment, in both lenses', () => {
    expect(loaded.spec.script.map((entry) => [entry.at, entry.command.do])).toEqual([[90, 'crashTask']]);
    expect(narrate(crash(90_000), 'aws', ctx)?.text).toBe("The scenario's script: crash task OrdersService-2");
    expect(narrate(crash(90_000), 'orchestra', ctx)?.text).toMatch(/^Written in the score: make .* stop playing$/);
  });

  it('and the same command at another moment is the learner’s', () => {
    expect(narrate(crash(45_000), 'aws', ctx)?.text).toBe('You crashed task OrdersService-2: its essential container exits');
  });
});
