#!/usr/bin/env node
// npm run simulate: runs the command line from its build (dist-cli/simulate.mjs), building it first when it is
// missing or older than the sources (see cliBuild.mjs). `node dist-cli/simulate.mjs ...` runs it directly.
import { pathToFileURL } from 'node:url';
import { CLI_BUNDLE, buildCli, cliBuildIsStale } from './cliBuild.mjs';

if (cliBuildIsStale()) await buildCli();
await import(pathToFileURL(CLI_BUNDLE).href);
