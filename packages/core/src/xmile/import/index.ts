/** XMILE import: `parseXmile` reads an XMILE file into a stock-and-flow model. */
export { parseXmile } from './parse-xmile.js';
export { XmileError } from './xmile-error.js';
