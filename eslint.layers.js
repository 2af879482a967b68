/**
 * The layers, as lint rules: each folder of src/ may import only the folders below it, and from outside, the engine
 * and the loader only through their index files. A wrong import fails `npm run lint` with the reason.
 *
 *   engine <- scenario <- (lens, lessons) <- (cli, store) <- session <- ui <- app
 *
 * Kept apart from eslint.config.js so a test can lint fixtures with these rules alone (test/lint/layers.test.ts).
 */

/** Folder -> rank: a folder may import folders of a lower rank only (and itself). */
export const LAYERS = { engine: 0, scenario: 1, lens: 2, lessons: 2, cli: 3, store: 3, session: 4, ui: 5, app: 6 };

/** Packages the engine must never reach: it is pure and runs the same in Node and the browser. */
const UI_PACKAGES = ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', '@xyflow/*', 'framer-motion', 'motion', 'motion/*'];

/**
 * zod is reached through src/zod.ts, which sets it up for the page's Content-Security-Policy before any schema is
 * built: an import of 'zod' itself could build one without that setting. Types may come from zod directly.
 */
const ZOD = {
  name: 'zod',
  allowTypeImports: true,
  message: "Import z from src/zod.ts: it sets zod up for the page's Content-Security-Policy first.",
};

/** Deepest folder nesting under a layer that the rules cover (src/ui/editors/ecs/… is depth 3). */
const MAX_DEPTH = 8;

/**
 * `depth` is how many `../` lead from the file to src/ (1 for src/ui/App.tsx, 2 for src/ui/embed/x.ts): `../lessons/`
 * from src/ui/embed/ is src/ui/lessons/, a folder of the UI, not the lessons layer.
 */
function layerPatterns(folder, depth) {
  const up = `(\\.\\./){${depth}}`;
  const rank = LAYERS[folder];
  const above = Object.keys(LAYERS).filter((other) => other !== folder && LAYERS[other] >= rank);
  const patterns = [];
  if (above.length > 0) {
    patterns.push({
      regex: `^${up}(${above.join('|')})(/|$)`,
      message: `src/${folder} sits below ${above.map((f) => `src/${f}`).join(', ')} (engine <- scenario <- lens, lessons <- cli, store <- session <- ui <- app): move the shared piece down, or pass it in.`,
    });
  }
  if (folder !== 'engine') {
    patterns.push({ regex: `^${up}engine/(?!index$).+`, message: 'From outside the engine, import from src/engine/index.ts (export what you need there).' });
  }
  if (folder !== 'scenario' && rank > LAYERS.scenario) {
    patterns.push({ regex: `^${up}scenario/(?!index$).+`, message: 'From outside the loader, import from src/scenario/index.ts (export what you need there).' });
  }
  if (folder !== 'lessons' && rank > LAYERS.lessons) {
    patterns.push({ regex: `^${up}lessons/(?!index$).+`, message: 'From outside the lessons, import from src/lessons/index.ts (export what you need there).' });
  }
  if (folder === 'engine') patterns.push({ group: UI_PACKAGES, message: 'The engine is pure: no UI library.' });
  return patterns;
}

export const layerConfigs = Object.keys(LAYERS).flatMap((folder) =>
  Array.from({ length: MAX_DEPTH }, (_, index) => ({
    files: [`src/${folder}/${'*/'.repeat(index)}*.{ts,tsx}`],
    rules: { 'no-restricted-imports': ['error', { paths: [ZOD], patterns: layerPatterns(folder, index + 1) }] },
  })),
);
