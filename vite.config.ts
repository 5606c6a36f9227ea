/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  // Relative base so the built app also works from a sub-folder of a municipal intranet.
  base: './',
  build: { target: 'es2022', sourcemap: false },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    restoreMocks: true,
    // The pure domain runs in plain Node (fast, and proves it needs no DOM); the rest in jsdom.
    projects: [
      { extends: true, test: { name: 'domain', environment: 'node', include: ['src/domain/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          setupFiles: ['./tests/setup/vitest.setup.ts'],
          include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
          exclude: ['src/domain/**'],
        },
      },
    ],
  },
});
