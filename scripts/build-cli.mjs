#!/usr/bin/env node
// Part of `npm run build`: the command line's bundle, dist-cli/simulate.mjs (see cliBuild.mjs).
import { CLI_BUNDLE, buildCli } from './cliBuild.mjs';

await buildCli();
console.log(`Wrote ${CLI_BUNDLE}`);
