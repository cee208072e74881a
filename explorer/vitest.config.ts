// Unit tests of the explorer's state classes and helpers (*.test.ts beside the code). The Svelte
// plugin compiles runes in .svelte.ts files; workspace packages resolve to their source.
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineProject } from 'vitest/config';

const conditions = ['@samenspel/source', 'module', 'browser', 'development|production'];

export default defineProject({
  plugins: [svelte()],
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    name: 'explorer',
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
