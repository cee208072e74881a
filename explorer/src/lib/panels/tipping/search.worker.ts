// The tipping panel's own worker: serves a worker runner (@samenspel/runner), so the
// least-intervention search runs off the main thread and beside the app's simulation worker.
import '@samenspel/runner/worker';
import { usePrecompiledIntegrators } from '../../sim/precompiled.js';

// The searches use the integrators generated at build time too (the CSP forbids new Function).
usePrecompiledIntegrators();
