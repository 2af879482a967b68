/** The lesson format's tables stay whole as the engine grows, and public/lesson.schema.json stays current. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES } from '../../src/engine';
import { AREA_NAMES, EDITOR_AREAS, allowedCommands, areaOf, lessonJsonSchemaText } from '../../src/lessons';

describe('editor areas', () => {
  it('hold every command exactly once', () => {
    const listed = AREA_NAMES.flatMap((area) => [...EDITOR_AREAS[area]]);
    expect([...listed].sort()).toEqual([...COMMAND_NAMES].sort());
    expect(areaOf('modifyTargetGroup')).toBe('targetGroup');
  });

  it('an allow list of areas and names means those commands, in registry order', () => {
    expect(allowedCommands(['rule', 'crashTask'])).toEqual(['crashTask', 'createRule', 'modifyRule', 'deleteRule']);
    expect(allowedCommands([])).toEqual([]);
  });
});

describe('public/lesson.schema.json', () => {
  it('is what `npm run schema` writes now', () => {
    const onDisk = readFileSync(fileURLToPath(new URL('../../public/lesson.schema.json', import.meta.url)), 'utf8');
    expect(onDisk).toBe(lessonJsonSchemaText());
  });

  it('describes goals recursively and commands as scripts write them', () => {
    const schema = JSON.parse(lessonJsonSchemaText()) as { $defs: Record<string, { anyOf?: unknown[] }> };
    expect(Object.keys(schema.$defs).sort()).toEqual(['Goal', 'LensPair', 'LensText', 'Step', 'TimedCommand']);
    expect(schema.$defs.Goal!.anyOf).toHaveLength(9);
    expect(JSON.stringify(schema.$defs.TimedCommand)).toContain('"const":"modifyTargetGroup"');
  });
});
