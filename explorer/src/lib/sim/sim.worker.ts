// The explorer's simulation worker: serves a worker runner (see @samenspel/runner).
import '@samenspel/runner/worker';
import { usePrecompiledIntegrators } from './precompiled.js';

// The worker's runs use the integrators generated at build time as well (no new Function needed).
usePrecompiledIntegrators();
