// The tipping panel's own worker: serves a worker runner (@samenspel/runner), so the map's sweeps
// and the least-intervention search run off the main thread and beside the app's simulation worker.
import '@samenspel/runner/worker';
