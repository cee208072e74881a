// Vitest config for the whole workspace: unit tests beside the code, run from TypeScript source.
// Workspace packages resolve through the custom export condition `@samenspel/source` (-> src/index.ts),
// so no build is needed before testing.
//
// Vite 6+ *replaces* its default conditions with `resolve.conditions`, so the defaults are repeated
// here. Tests run in vite's SSR ("server") environment, which takes its conditions from
// `ssr.resolve.conditions`, not from the top-level `resolve.conditions` (that one is for the client /
// browser environment).
import { defineConfig } from 'vitest/config';

const sourceCondition = '@samenspel/source';
// Same as vite's exported defaultClientConditions / defaultServerConditions (vite 8.3).
const clientConditions = [sourceCondition, 'module', 'browser', 'development|production'];
const serverConditions = [sourceCondition, 'module', 'node', 'development|production'];

export default defineConfig({
  resolve: { conditions: clientConditions },
  ssr: { resolve: { conditions: serverConditions } },
  test: {
    testTimeout: 20_000,
    typecheck: { enabled: false },
    // Two projects: the packages (plain TypeScript, Node) and the explorer (Svelte runes, its own config).
    projects: [
      {
        extends: true,
        test: {
          name: 'packages',
          include: [
            'packages/*/src/**/*.test.ts',
            'examples/**/*.test.ts',
            'scripts/**/*.test.ts',
            'bench/*/src/**/*.test.ts',
          ],
          exclude: ['**/node_modules/**', '**/dist/**'],
          environment: 'node',
        },
      },
      './explorer/vitest.config.ts',
    ],
  },
});
