import type { Plugin } from 'vite';

/** Writes sw.js beside the built app: the precache list of every file and a version (offlinePlugin.mjs). */
export function offlinePlugin(): Plugin;
