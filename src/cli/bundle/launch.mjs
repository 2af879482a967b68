#!/usr/bin/env node
// npm run simulate: runs the command line from its build (node_modules/.cache/ecs-orchestra/simulate.mjs), building it
// first when it is missing or older than the sources (see cliBuild.mjs).
import { pathToFileURL } from 'node:url';
import { CLI_BUNDLE, buildCli, cliBuildIsStale } from './cliBuild.mjs';

if (cliBuildIsStale()) await buildCli();
await import(pathToFileURL(CLI_BUNDLE).href);
