/**
 * The layers are lint rules (issue 9): a forbidden import fails `npm run lint` with the reason, an allowed one passes.
 * Fixtures are linted as text at a path inside src/, with the layer rules alone (no type information needed).
 */
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { layerConfigs } from '../../eslint.layers.js';

const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfigFile: true,
  overrideConfig: [{ files: ['**/*.{ts,tsx}'], languageOptions: { parser: tseslint.parser } }, ...layerConfigs],
});

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('layer boundaries', () => {
  it('refuses an import from a higher layer, naming the order', async () => {
    const found = await problems('src/ui/Fixture.tsx', "import { startupFrom } from '../app/startup';\nexport const x = startupFrom;\n");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^no-restricted-imports: .*src\/ui sits below src\/app/);
  });

  it('refuses the engine importing anything above it, or a UI library', async () => {
    expect(await problems('src/engine/core/Fixture.ts', "import { loadScenario } from '../../scenario';\nexport const x = loadScenario;\n")).toHaveLength(1);
    expect(await problems('src/engine/Fixture.ts', "import { create } from 'zustand';\nexport const x = create;\n")).toEqual([
      "no-restricted-imports: 'zustand' import is restricted from being used by a pattern. The engine is pure: no UI library.",
    ]);
  });

  it('refuses reaching past the engine and the loader index files from outside', async () => {
    const engine = await problems('src/store/Fixture.ts', "import type { ScenarioSpec } from '../engine/spec';\nexport type X = ScenarioSpec;\n");
    expect(engine).toEqual([
      "no-restricted-imports: '../engine/spec' import is restricted from being used by a pattern. From outside the engine, import from src/engine/index.ts (export what you need there).",
    ]);
    const loader = await problems('src/ui/panels/Fixture.ts', "import { IssueSink } from '../../scenario/issueSink';\nexport const x = IssueSink;\n");
    expect(loader).toHaveLength(1);
    expect(loader[0]).toMatch(/import from src\/scenario\/index\.ts/);
  });

  it('lets a layer import the ones below it, through their index files, and its own files freely', async () => {
    expect(await problems('src/ui/Fixture.tsx', "import { createSimulation } from '../engine';\nimport { loadScenario } from '../scenario';\nimport { useSim } from '../store';\nexport const x = [createSimulation, loadScenario, useSim];\n")).toEqual([]);
    expect(await problems('src/engine/alb/Fixture.ts', "import { parseCidr } from './cidr';\nimport type { ScenarioSpec } from '../spec';\nexport type X = ScenarioSpec;\nexport const y = parseCidr;\n")).toEqual([]);
  });

  it('puts the lessons beside the lens, below the command line, reached through their index file', async () => {
    const up = await problems('src/lessons/run/Fixture.ts', "import { createSimStore } from '../../store';\nexport const x = createSimStore;\n");
    expect(up).toHaveLength(1);
    expect(up[0]).toMatch(/src\/lessons sits below .*src\/cli, src\/store/);
    expect(await problems('src/lessons/Fixture.ts', "import { term } from '../lens/vocabulary';\nexport const x = term;\n")).toHaveLength(1);
    expect(await problems('src/cli/Fixture.ts', "import { loadLesson } from '../lessons';\nimport { loadScenario } from '../scenario';\nexport const x = [loadLesson, loadScenario];\n")).toEqual([]);
    expect(await problems('src/ui/Fixture.ts', "import { LessonRun } from '../lessons/run/lessonRun';\nexport const x = LessonRun;\n")).toEqual([
      "no-restricted-imports: '../lessons/run/lessonRun' import is restricted from being used by a pattern. From outside the lessons, import from src/lessons/index.ts (export what you need there).",
    ]);
  });

  it('sends zod through src/zod.ts, which sets it up for the page first; types may come from zod itself', async () => {
    expect(await problems('src/ui/embed/Fixture.ts', "import { z } from 'zod';\nexport const x = z.string();\n")).toEqual([
      "no-restricted-imports: 'zod' import is restricted from being used. Import z from src/zod.ts: it sets zod up for the page's Content-Security-Policy first.",
    ]);
    expect(await problems('src/engine/schema/Fixture.ts', "import { z } from 'zod';\nexport const x = z.string();\n")).toHaveLength(1);
    expect(await problems('src/ui/embed/Fixture.ts', "import type { z } from 'zod';\nimport { z as zod } from '../../zod';\nexport const x: z.ZodString = zod.string();\n")).toEqual([]);
  });
});
