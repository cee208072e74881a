import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

// Workspace packages resolve to their TypeScript source (custom condition), so a fresh clone needs
// no package build before the explorer builds. The site is static and relative (base './').
const conditions = ['@samenspel/source', 'module', 'browser', 'development|production'];

export default defineConfig({
  base: './',
  plugins: [svelte()],
  resolve: { conditions },
  worker: { format: 'es' },
  build: { outDir: 'dist', target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1200 },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
