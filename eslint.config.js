import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { layerConfigs } from './eslint.layers.js';

export default defineConfig(
  { ignores: ['dist', 'dist-cli', 'test-results', 'playwright-report', 'reports', 'node_modules'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  reactHooks.configs.flat.recommended,
  {
    languageOptions: {
      globals: globals.browser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    // The engine is a pure, deterministic model: no UI, no DOM, no wall clock, no ambient randomness.
    files: ['src/engine/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'setTimeout', 'setInterval', 'requestAnimationFrame', 'performance'],
      'no-restricted-properties': ['error',
        { object: 'Math', property: 'random', message: 'Use the simulation\'s seeded random numbers.' },
        { object: 'Date', property: 'now', message: 'Use the simulation clock.' },
      ],
    },
  },
  ...layerConfigs,
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
);
