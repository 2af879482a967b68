/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  // Relative asset paths so the built app works from any folder or docs page.
  base: './',
  build: { chunkSizeWarningLimit: 1200 },
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
