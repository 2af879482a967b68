/**
 * The build writes each bundled scenario's world as JSON (vite.config.ts, scenarios/<name>.world.json) and the page
 * opens that instead of running the loader. A world read back from JSON must run exactly as the loader's own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createSimulation, type ScenarioSpec } from '../../src/engine';
import { templateToWorld } from '../../src/store';
import { builtWorldFile } from '../../src/ui/scenarioSource';

const folder = new URL('../../public/scenarios/', import.meta.url);
const files = readdirSync(folder).filter((name) => name.endsWith('.json') && name !== 'index.json');

function log(spec: ScenarioSpec): string[] {
  const sim = createSimulation(spec);
  const lines: string[] = [];
  sim.subscribe((event) => lines.push(JSON.stringify(event)));
  sim.runUntil(120_000);
  return lines;
}

describe('built worlds', () => {
  it('covers every bundled scenario', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
    expect(builtWorldFile('slow-starter.json')).toBe('slow-starter.world.json');
  });

  for (const file of files) {
    it(`${file} read back from JSON runs as the loader's world does (two simulated minutes, event by event)`, () => {
      const world = templateToWorld(readFileSync(new URL(file, folder), 'utf8'), file);
      if (!world.ok) throw new Error(world.error.messages.join(' '));
      const built = JSON.parse(JSON.stringify({ spec: world.spec, meta: world.meta })) as { spec: ScenarioSpec; meta: unknown };
      expect(built.spec).toEqual(world.spec);
      expect(built.meta).toEqual(world.meta);
      expect(log(built.spec)).toEqual(log(world.spec));
    });
  }
});
