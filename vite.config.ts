/// <reference types="vitest/config" />
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, runnerImport, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { offlinePlugin } from './build/offlinePlugin.mjs';

/**
 * The built page's Content-Security-Policy: its own files only, no inline script, no eval, nothing from another
 * origin. Styles are 'self' too: React, React Flow and framer-motion set element styles through the CSSOM
 * (element.style), which style-src does not govern, and nothing in the app injects a <style> element or a style
 * attribute as text, so 'unsafe-inline' is not needed. Blob URLs are downloads (navigations, not fetches).
 * Delivered as a meta tag, which cannot carry frame-ancestors (a page that must not be framed needs that header from
 * its server). Build only: the dev server's React Refresh preamble is an inline script.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  // The service worker (sw.js, offline use) and the web app manifest are this origin's own files: worker-src falls back
  // to script-src and manifest-src to default-src, both 'self', so neither needs a directive of its own.
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'ecs-orchestra:content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => ({
        html,
        // First in <head>, so it governs every script and stylesheet after it.
        tags: [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
      }),
    },
  };
}

/** The custom element's module and stylesheet, at fixed names beside index.html (src/app/element.tsx). */
const ELEMENT = 'ecs-orchestra';

/**
 * The custom element links one stylesheet into its shadow root: the build's one stylesheet (`cssCodeSplit: false`
 * below), copied to ecs-orchestra.css beside its module. One sheet for everything, because a chunk loaded later that
 * brought a stylesheet of its own would have Vite's loader put it in the document's head: in a host page, outside the
 * element's shadow root (unstyled there) and over the host's own elements. Nothing of it goes into the host's head.
 */
function elementStylesheet(): Plugin {
  return {
    name: 'ecs-orchestra:element-stylesheet',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const sheets = Object.values(bundle).filter((file) => file.type === 'asset' && file.fileName.endsWith('.css'));
      const lazyCss = Object.values(bundle).filter((file) => file.type === 'chunk' && (file.viteMetadata?.importedCss.size ?? 0) > 0 && !file.isEntry);
      if (sheets.length !== 1 || lazyCss.length > 0) {
        this.error(`expected the build's CSS in one stylesheet (cssCodeSplit: false), found ${sheets.map((file) => file.fileName).join(', ') || 'none'}${lazyCss.length ? ` and chunks that load their own: ${lazyCss.map((file) => file.fileName).join(', ')}` : ''}`);
      }
      const sheet = sheets[0];
      if (sheet?.type === 'asset') this.emitFile({ type: 'asset', fileName: `${ELEMENT}.css`, source: sheet.source });
    },
  };
}

/**
 * Each bundled scenario loaded at build time into scenarios/<name>.world.json (the world spec and what the header
 * shows), so the page's first frame opens a world without the CloudFormation loader and its schemas
 * (src/store/scenarioLoader.ts). A template that does not load fails the build.
 */
function builtWorlds(): Plugin {
  return {
    name: 'ecs-orchestra:built-worlds',
    apply: 'build',
    async generateBundle() {
      // Through Vite's module runner, so the config itself does not import the app's sources.
      const { module: loader } = await runnerImport<typeof import('./src/scenario')>('./src/scenario/index.ts');
      const { module: store } = await runnerImport<typeof import('./src/store/loadTemplate')>('./src/store/loadTemplate.ts');
      const { module: source } = await runnerImport<typeof import('./src/ui/scenarioSource')>('./src/ui/scenarioSource.ts');
      const folder = fileURLToPath(new URL('./public/scenarios/', import.meta.url));
      for (const file of readdirSync(folder).filter((name) => name.endsWith('.json') && name !== 'index.json')) {
        const world = store.templateToWorldWith(loader, readFileSync(join(folder, file), 'utf8'), file);
        if (!world.ok) this.error(`public/scenarios/${file} does not load: ${world.error.messages.join(' ')}`);
        else this.emitFile({ type: 'asset', fileName: `scenarios/${source.builtWorldFile(file)}`, source: JSON.stringify({ spec: world.spec, meta: world.meta }) });
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), elementStylesheet(), builtWorlds(), offlinePlugin()],
  // Relative asset paths so the built app works from any folder or docs page.
  base: './',
  build: {
    chunkSizeWarningLimit: 1200,
    // One stylesheet, loaded with the page (see elementStylesheet): no chunk loads CSS of its own later.
    cssCodeSplit: false,
    rolldownOptions: {
      // React Flow's index builds every component it exports with memo() or forwardRef() at module level, calls the
      // bundler must keep unless told they have no side effects: without this, its MiniMap, Controls, Background,
      // NodeResizer and more (5.6 KB gzipped) were on every first frame though nothing here draws them.
      treeshake: { manualPureFunctions: ['memo', 'forwardRef'] },
      input: {
        index: fileURLToPath(new URL('./index.html', import.meta.url)),
        [ELEMENT]: fileURLToPath(new URL('./src/app/element.tsx', import.meta.url)),
      },
      output: {
        entryFileNames: (chunk) => (chunk.name === ELEMENT ? `${ELEMENT}.js` : 'assets/[name]-[hash].js'),
        codeSplitting: {
          // zod and the page's zod setting (src/zod.ts: no eval under the CSP) in one chunk: every schema is built
          // with that module's `z`, so whatever builds one imports this chunk, and the setting is in force before the
          // first schema is built. No chunk of the first frame imports it.
          groups: [
            { name: 'zod', test: /[\\/]node_modules[\\/]zod[\\/]|[\\/]src[\\/]zod\.ts$/ },
            // How the loader words a problem (issues, their sink, zod's errors as issues): the app's first frame formats
            // a scenario's warnings and reads saved progress with them, and without a chunk of their own they would
            // share one with the whole loader, which the first frame does not need (src/store/scenarioLoader.ts).
            { name: 'issues', test: /[\\/]src[\\/]scenario[\\/](issues|issueSink|zodIssues|values)\.ts$/ },
            // The frameworks every first frame runs (React, React DOM, React Flow with its d3 parts, zustand) in one
            // chunk: fewer requests, and one gzip stream compresses them a little better than three (0.5 KB).
            { name: 'vendor', test: /[\\/]node_modules[\\/](react|react-dom|scheduler|@xyflow[\\/][a-z]+|d3-[a-z]+|classcat|zustand|use-sync-external-store)[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    globals: true,
    setupFiles: ['./test/setup.ts'],
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    // Component tests walk the whole stage with the keyboard; on a busy 2-core machine that can pass 5 s.
    testTimeout: 20_000,
  },
});
