// A worker of the explorer's run pool (@samenspel/runner): computes Monte Carlo runs and sweep cells
// off the main thread. The app starts as many as the machine has cores (at most 4).
import '@samenspel/runner/pool-worker';
import { usePrecompiledIntegrators } from './precompiled.js';

// The pool's runs use the integrators generated at build time too (the CSP forbids new Function).
usePrecompiledIntegrators();
