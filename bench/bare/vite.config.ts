import { defineConfig } from 'vite';

export default defineConfig({
  root: 'bench/bare',
  base: './',
  build: { outDir: '../../.cache/bench-bare', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});
