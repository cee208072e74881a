export { modelToXmile } from './model-to-xmile.js';
export { XMILE_NAMESPACE } from './write-xmile.js';
export { snakeName as xmileName } from './xmile-names.js';
