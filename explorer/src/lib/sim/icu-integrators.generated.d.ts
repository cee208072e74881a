import type { PrecompiledIntegrator } from '@samenspel/core';

/** The ICU model's precompiled integrators (RK4, Euler), written by `pnpm explorer:integrators`. */
export declare const integrators: readonly PrecompiledIntegrator[];
