/**
 * A model the stock-and-flow engine cannot run: an unknown name, an unsupported function, a
 * circular definition, a malformed expression or graphical function. `element` names the variable
 * (as written in the model) or the setting (`simSpecs.dt`) concerned; the message says why.
 */
export class StockFlowError extends Error {
  /** The variable's name as in the model, or a setting such as `simSpecs.dt`. */
  readonly element: string;
  /** The unsupported feature when that is the reason (e.g. `arrays`, `builtin TREND`), else undefined. */
  readonly feature: string | undefined;

  /**
   * @param element - the variable or setting concerned
   * @param reason - what is wrong, without the element's name (it is added in front)
   * @param feature - the unsupported feature, when that is the reason
   */
  constructor(element: string, reason: string, feature?: string) {
    super(`${element}: ${reason}`);
    this.name = 'StockFlowError';
    this.element = element;
    this.feature = feature;
  }
}
