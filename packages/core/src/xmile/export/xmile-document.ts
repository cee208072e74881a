/** One variable of an XMILE model: a stock, a flow or an auxiliary, with its equation text. */
export interface XmileVariable {
  /** XMILE element: `stock`, `flow` or `aux`. */
  readonly kind: 'stock' | 'flow' | 'aux';
  /** Unique name (snake_case identifier). */
  readonly name: string;
  /** Equation in XMILE expression syntax; for a stock, its initial value. */
  readonly eqn: string;
  /** For a stock: names of the flows into it. */
  readonly inflows?: readonly string[];
  /** For a stock: names of the flows out of it. */
  readonly outflows?: readonly string[];
  /** What the variable is, in plain English. */
  readonly doc?: string;
  /** Unit of the variable (`1/month`, `dimensionless`, …). */
  readonly units?: string;
}

/** Everything an XMILE document holds, before it is written as XML. */
export interface XmileDocument {
  /** Name of the model (header `name`). */
  readonly name: string;
  /** Start time (months). */
  readonly start: number;
  /** Stop time (months). */
  readonly stop: number;
  /** Time step (months). */
  readonly dt: number;
  /** Integration method, spelled as XMILE does. */
  readonly method: 'Euler' | 'RK4';
  /** Variables in reading order. */
  readonly variables: readonly XmileVariable[];
}
