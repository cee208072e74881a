// The explorer's simulation worker: serves a worker runner (see @samenspel/runner).
import '@samenspel/runner/worker';
