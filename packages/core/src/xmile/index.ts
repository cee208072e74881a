/** XMILE support of `@samenspel/core`: import (and, beside it, export) of stock-and-flow models. */
export { parseXmile, XmileError } from './import/index.js';
export { modelToXmile, xmileName, XMILE_NAMESPACE } from './export/index.js';
