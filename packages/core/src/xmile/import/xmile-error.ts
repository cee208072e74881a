/**
 * An XMILE file that cannot be imported: malformed XML, a missing part, or a feature this engine
 * does not run (arrays, modules, macros, an unknown builtin). `element` names the variable (as in
 * the file) or the XML element concerned; the message says why and, for an unsupported feature,
 * which one.
 */
export class XmileError extends Error {
  /** The variable's name as in the file, or the XML element (e.g. `sim_specs`, `xmile`). */
  readonly element: string;
  /** The unsupported feature when that is the reason (e.g. `arrays`, `modules`, `builtin TREND`), else undefined. */
  readonly feature: string | undefined;

  /**
   * @param element - the variable or XML element concerned
   * @param reason - what is wrong, without the element (it is added in front)
   * @param feature - the unsupported feature, when that is the reason
   */
  constructor(element: string, reason: string, feature?: string) {
    super(`${element}: ${reason}`);
    this.name = 'XmileError';
    this.element = element;
    this.feature = feature;
  }
}
