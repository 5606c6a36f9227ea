/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  plugins: [
    react(),
    // Offline (docs/decisions.md, "Offline"): a generated service worker precaches the whole build.
    // 'prompt' because a plan may be open mid-edit: the new version waits until the user reloads.
    // We register it ourselves (src/features/offline/serviceWorker.ts), so nothing is injected.
    VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt',
      injectRegister: false,
      // No service worker under `vite dev`: it would cache what is being edited.
      devOptions: { enabled: false },
      // globPatterns below already picks up the icons; listing them twice only duplicates entries.
      includeManifestIcons: false,
      manifest: {
        name: 'Wijkdoelen',
        short_name: 'Wijkdoelen',
        description: 'Van signalen uit de wijk naar een doelenboom met acties en eigenaren. Werkt ook zonder internet.',
        lang: 'nl',
        dir: 'ltr',
        // --goal (the icon) for the title bar, --canvas for the splash screen (src/app/styles.css).
        theme_color: '#0b3d6b',
        background_color: '#f3f5f8',
        display: 'standalone',
        // Relative, like `base`, so an install from a sub-folder of an intranet stays in it.
        start_url: './',
        scope: './',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Every chunk, lazy ones included: a step or the presentation must open offline too.
        globPatterns: ['**/*.{js,css,html,svg,png,ico,json,webmanifest}'],
        // Routes live in the hash, so every navigation is index.html.
        navigateFallback: 'index.html',
        // The biggest chunk is ~0.65 MB. Workbox leaves out any file over its 2 MiB default with only
        // a build warning, and that screen would then fail offline: leave room for growth.
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
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
