// A worker of the uncertainty panel's run pool (@samenspel/runner): computes Monte Carlo runs off the
// main thread. The panel starts as many as the machine has cores (at most 4).
import '@samenspel/runner/pool-worker';
