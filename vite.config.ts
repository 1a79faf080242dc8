import { fileURLToPath } from 'node:url';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig, type Plugin } from 'vite';

const PHASER_SRC = fileURLToPath(new URL('node_modules/phaser/src/', import.meta.url));

/**
 * Phaser's sources test build flags as `typeof WEBGL_RENDERER` (its own builds define them): the
 * map is drawn on a 2D canvas and makes no sound, so the WebGL renderer and the audio code are left
 * out of the build (src/scenes/phaser-lite.js picks the rest).
 */
function phaserFlags(): Plugin {
  const FLAGS: Record<string, boolean> = {
    CANVAS_RENDERER: true,
    WEBGL_RENDERER: false,
    WEBGL_DEBUG: false,
    FEATURE_SOUND: false,
    PLUGIN_CAMERA3D: false,
    PLUGIN_FBINSTANT: false,
  };
  return {
    name: 'phaser-flags',
    transform: {
      filter: { id: /[\\/]node_modules[\\/]phaser[\\/]src[\\/]/ },
      handler(code) {
        return code.replace(/typeof ([A-Z0-9_]+)/g, (all, flag: string) => (flag in FLAGS ? String(FLAGS[flag]) : all));
      },
    },
  };
}

const FRAME_HEADERS = { 'Content-Security-Policy': "frame-ancestors 'none'", 'X-Frame-Options': 'DENY' };

/**
 * The map starts downloading with the page, none of it a round trip later (on a slow network each
 * costs seconds): its code (the scenes and Phaser, src/app/mapStage.ts's dynamic import) as
 * modulepreload, compiled off the main thread, and the map itself. The page's own code (src/main.ts,
 * which the entry src/boot.ts imports after the map's first frame) is listed in a template that the
 * entry turns into modulepreloads once the title is painted: measured, asking for it with the page
 * slowed the map on every profile (it shared the connections, and on a repeat visit the service
 * worker's answers) without bringing the page's code sooner when it was needed.
 */
function preloadFirstScreen(): Plugin {
  let base = '/';
  return {
    name: 'preload-first-screen',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle ?? {};
        const chunks = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [c] : []));
        const scenes = chunks.find((c) => c.facadeModuleId?.endsWith('/src/scenes/game.ts'));
        const map = Object.values(bundle).find((a) => a.type === 'asset' && /^assets\/map-.*\.svg$/.test(a.fileName));
        if (!scenes || !map)
          throw new Error('preload-first-screen: the scenes chunk or the map is missing from the build');
        // The scenes' chunk with the chunks it imports statically, once, and none index.html has already.
        const seen = new Set<string>();
        const graph = (f: string): string[] => {
          if (seen.has(f) || html.includes(`/${f}"`)) return [];
          seen.add(f);
          const c = bundle[f];
          return [f, ...(c?.type === 'chunk' ? c.imports.flatMap(graph) : [])];
        };
        const main = chunks.find((c) => c.facadeModuleId?.endsWith('/src/main.ts'));
        if (!main) throw new Error('preload-first-screen: the page chunk (src/main.ts) is missing from the build');
        const pageModules = graph(main.fileName);
        const modules = graph(scenes.fileName);
        return [
          ...modules.map((f) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: '', href: `${base}${f}` },
            injectTo: 'head' as const,
          })),
          {
            tag: 'link',
            attrs: { rel: 'preload', as: 'fetch', crossorigin: 'anonymous', href: `${base}${map.fileName}` },
            injectTo: 'head' as const,
          },
          {
            tag: 'template',
            attrs: { id: 'page-code' },
            children: pageModules.map((f) => ({
              tag: 'link',
              attrs: { rel: 'modulepreload', crossorigin: '', href: `${base}${f}` },
            })),
            injectTo: 'body' as const,
          },
        ];
      },
    },
  };
}

export default defineConfig({
  resolve: {
    alias: [
      // Only the part of Phaser the scenes use (src/scenes/phaser-lite.js), from its sources.
      { find: /^phaser$/, replacement: fileURLToPath(new URL('src/scenes/phaser-lite.js', import.meta.url)) },
      { find: /^phaser-src\//, replacement: PHASER_SRC },
    ],
  },
  plugins: [
    phaserFlags(),
    preloadFirstScreen(),
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
        // Phaser's chunk (the part the scenes use, src/scenes/phaser-lite.js) is about 464 KB, over
        // workbox's 2 MB default only if the whole of Phaser came back: precache it either way.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: 'index.html',
        // Old caches go only when the new worker takes over, that is when the player updates.
        cleanupOutdatedCaches: true,
        // Take charge of the page that installed it, so the very first visit is enough to go offline.
        clientsClaim: true,
        // Files of earlier versions that a page of that version still open may ask for (its lazy
        // chunks): each page copies its own build's files here (src/app/updates.ts), so an update
        // taken in another tab, which empties the precache of them, never strands it.
        runtimeCaching: [
          {
            urlPattern: /\/assets\/[^/]+\.(?:js|css)$/,
            handler: 'CacheFirst',
            // A module script's request carries an Origin the copied file's key lacks: match by address.
            options: { cacheName: 'grand-coalition-kept', matchOptions: { ignoreVary: true } },
          },
        ],
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
        codeSplitting: {
          groups: [
            { name: 'phaser', test: /[\\/]node_modules[\\/]phaser[\\/]/, priority: 2 },
            // What the entry imports statically (the title page's shell) in one file, not a dozen:
            // each is a round trip on a slow network and a lookup in the service worker.
            { name: 'shell', tags: ['$initial'], priority: 1 },
            // The page's own code (src/main.ts and all it imports statically) in one file too: on a
            // slow network each file costs a round trip of its own.
            { name: 'page', test: /[\\/]src[\\/]main\.ts$/, priority: 0 },
          ],
        },
      },
    },
  },
});
