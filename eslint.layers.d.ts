/** Types of eslint.layers.js, for the test that lints fixtures with the layer rules. */
import type { Linter } from 'eslint';

export declare const LAYERS: Readonly<Record<string, number>>;
export declare const layerConfigs: Linter.Config[];
