import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vite';

const FRAME_HEADERS = { 'Content-Security-Policy': "frame-ancestors 'none'", 'X-Frame-Options': 'DENY' };

export default defineConfig({
  plugins: [
    // An installable app whose service worker precaches the whole build (game, Phaser, map, flags,
    // sources, comparison), so after one visit it works with the network off.
    VitePWA({
      // A new version waits until the player takes it, at a round's start or on the title page
      // (src/app/updates.ts registers the worker from the bundle: the CSP allows no inline script).
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg'],
      manifest: {
        name: 'Grand Coalition \u2014 Paris, November 2015',
        short_name: 'Grand Coalition',
        description:
          'A turn-based diplomacy game about France\u2019s call for a grand coalition against ISIS in November 2015.',
        lang: 'en',
        start_url: '.',
        scope: '.',
        display: 'standalone',
        background_color: '#14202b',
        theme_color: '#14202b',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-512-maskable.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        // Phaser's chunk is about 1.4 MB; precache it too.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: 'index.html',
        // Old caches go only when the new worker takes over, that is when the player updates.
        cleanupOutdatedCaches: true,
        // Take charge of the page that installed it, so the very first visit is enough to go offline.
        clientsClaim: true,
      },
    }),
  ],
  // What a host must send (a meta CSP cannot say frame-ancestors): docs/REPLAY.md, "Hosting".
  preview: { headers: FRAME_HEADERS },
  server: { headers: FRAME_HEADERS },
  build: {
    target: 'es2022',
    // Phaser loads SVGs from URLs; a data: URI it would try to base64-decode.
    assetsInlineLimit: (file: string) => (file.endsWith('.svg') ? false : undefined),
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        // Phaser in its own chunk: it changes rarely, and the budget counts what is beyond it.
        codeSplitting: { groups: [{ name: 'phaser', test: /[\\/]node_modules[\\/]phaser[\\/]/ }] },
      },
    },
  },
});
