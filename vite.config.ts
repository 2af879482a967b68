/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
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

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), offlinePlugin()],
  // Relative asset paths so the built app works from any folder or docs page.
  base: './',
  build: {
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // zod and the page's zod setting (src/app/zodConfig.ts: no eval under the CSP) in one chunk: every chunk
          // that builds a schema imports it, so the setting is in force before the first schema is built.
          groups: [{ name: 'zod', test: /[\\/]node_modules[\\/]zod[\\/]|[\\/]src[\\/]app[\\/]zodConfig\.ts$/ }],
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
