import { registerPrecompiledIntegrators, type PrecompiledRegistration } from '@samenspel/core';
import { model } from '../model.js';
import { integrators } from './icu-integrators.generated.js';

let registration: PrecompiledRegistration | undefined;

/**
 * Registers the ICU model's integrators generated at build time (`pnpm explorer:integrators`), so
 * runs use the straight-line code without `new Function`, which the page's Content-Security-Policy
 * forbids. Core refuses an entry that no longer matches the model (stale file): runs then take the
 * interpreted path, slower but never wrong. Idempotent; returns what was registered and refused.
 */
export function usePrecompiledIntegrators(): PrecompiledRegistration {
  // A build with VITE_SAMENSPEL_INTERPRETED=1 skips them, to measure the interpreted path (benchmarks).
  const off = import.meta.env.VITE_SAMENSPEL_INTERPRETED === '1';
  registration ??= off ? { registered: [], refused: [] } : registerPrecompiledIntegrators(model, integrators);
  return registration;
}
