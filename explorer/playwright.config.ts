import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

// End-to-end tests in Debian's Chromium (no browser downloads are possible here) against the
// built, static explorer served by `vite preview`. SAMENSPEL_E2E_PORT and SAMENSPEL_E2E_OUT_DIR let two
// runs (e.g. two developers' checks on one machine) use their own port and build folder.
const port = Number(process.env['SAMENSPEL_E2E_PORT'] ?? 4173);
const outDir = process.env['SAMENSPEL_E2E_OUT_DIR'] ?? 'dist';
const url = `http://127.0.0.1:${port}/`;

export default defineConfig({
  testDir: './e2e',
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: url,
    launchOptions: {
      executablePath: chromiumPath,
      args: chromiumArgs,
    },
    viewport: { width: 1440, height: 900 },
  },
  webServer: {
    command: `pnpm exec vite build --outDir ${outDir} && pnpm exec vite preview --outDir ${outDir} --host 127.0.0.1 --port ${port} --strictPort`,
    url,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
