/**
 * The stock-and-flow model format: plain, JSON-serialisable data (expressions are strings), so a
 * model read from XMILE can be saved, posted to a worker, exported again, or written by hand.
 */

/** Integration method of a stock-and-flow run. */
export type StockFlowMethod = 'euler' | 'rk4';

/** Time settings of a model (XMILE `sim_specs`). All times in the model's own time unit. */
export interface StockFlowSimSpecs {
  /** Start time. */
  readonly start: number;
  /** Stop time (included in the output). */
  readonly stop: number;
  /** Time step (XMILE `dt`, already inverted when the file gave `reciprocal="true"`). */
  readonly dt: number;
  /** Interval between saved rows; default `dt`. Rounded to a whole number of steps. */
  readonly saveStep?: number;
  /** Integration method; default `euler`. */
  readonly method?: StockFlowMethod;
  /** The time unit's name, if the file gives one (kept for export; the engine ignores it). */
  readonly timeUnits?: string;
}

/**
 * How a graphical function treats inputs between and outside its points (XMILE `gf type`):
 * `continuous` interpolates linearly and holds the end values outside the x range; `extrapolate`
 * interpolates and extends the first and last segments; `discrete` holds each point's y until the
 * next point's x.
 */
export type GraphicalFunctionType = 'continuous' | 'extrapolate' | 'discrete';

/** A closed range of a graphical function's axis (XMILE `xscale`/`yscale`). */
export interface AxisScale {
  /** Lower end. */
  readonly min: number;
  /** Upper end. */
  readonly max: number;
}

/**
 * A graphical function (table function, XMILE `gf`). The x values are either listed (`xpts`, same
 * length as `ypts`, ascending) or spread evenly over `xscale`. `yscale` is informative only: the
 * y values are used as given.
 */
export interface GraphicalFunction {
  /** Default `continuous`. */
  readonly type?: GraphicalFunctionType;
  /** The x values, ascending; when absent, `xscale` spreads `ypts.length` points evenly. */
  readonly xpts?: readonly number[];
  /** The x range; required when `xpts` is absent. */
  readonly xscale?: AxisScale;
  /** The y values (at least one). */
  readonly ypts: readonly number[];
  /** The y range, kept for export. */
  readonly yscale?: AxisScale;
}

/** Fields every variable has. */
interface VariableBase {
  /** The name as written in the file (spaces or underscores, any case); references match it case-insensitively with spaces and underscores equal. */
  readonly name: string;
  /** Documentation text, kept for export. */
  readonly doc?: string;
  /** Units, kept for export (not checked). */
  readonly units?: string;
}

/** A stock: a level that integrates its inflows minus its outflows. */
export interface StockVariable extends VariableBase {
  /** Discriminant. */
  readonly kind: 'stock';
  /** Expression of the initial value, evaluated once at the start. */
  readonly initial: string;
  /** Names of the flows that fill it. */
  readonly inflows: readonly string[];
  /** Names of the flows that drain it. */
  readonly outflows: readonly string[];
  /** When true the stock never goes below zero: its outflows are cut to what it holds. Default false. */
  readonly nonNegative?: boolean;
}

/** A flow: a rate in units per time, computed from its equation. */
export interface FlowVariable extends VariableBase {
  /** Discriminant. */
  readonly kind: 'flow';
  /** Expression of the rate (or the input of `graph`). */
  readonly equation: string;
  /** When true a negative rate counts as zero (a uniflow). Default false. */
  readonly nonNegative?: boolean;
  /** When present the rate is this function of the equation's value. */
  readonly graph?: GraphicalFunction;
}

/** An auxiliary: a value computed from its equation at every time. */
export interface AuxVariable extends VariableBase {
  /** Discriminant. */
  readonly kind: 'aux';
  /** The expression (or the input of `graph`). May be empty for an aux that is only a graphical function called by name. */
  readonly equation: string;
  /** When present the value is this function of the equation's value; with an empty equation the aux is a function others call, e.g. `table(x)`. */
  readonly graph?: GraphicalFunction;
}

/** Any variable of a stock-and-flow model. */
export type StockFlowVariable = StockVariable | FlowVariable | AuxVariable;

/** A stock-and-flow model: time settings and variables, as plain data. */
export interface StockFlowModel {
  /** The model's name, if known. */
  readonly name?: string;
  /** Time settings. */
  readonly simSpecs: StockFlowSimSpecs;
  /** Stocks, flows and auxiliaries in file order (which is also the order of the result's `names`). */
  readonly variables: readonly StockFlowVariable[];
}

/** Overrides of a model's time settings for one run (each defaults to the model's own value). */
export interface SimulateStockFlowOptions {
  /** Integration method. */
  readonly method?: StockFlowMethod;
  /** Time step. */
  readonly dt?: number;
  /** Start time. */
  readonly start?: number;
  /** Stop time. */
  readonly stop?: number;
  /** Interval between saved rows (rounded to whole steps; default the model's, else `dt`). */
  readonly saveStep?: number;
}

/** The output of a stock-and-flow run: one row per saved time. */
export interface StockFlowResult {
  /** The saved times. */
  readonly time: Float64Array;
  /** Every stock, flow and auxiliary, named as in the model, in model order (function-only auxes excluded). */
  readonly names: string[];
  /** Name → its value at each saved time. */
  readonly series: Record<string, Float64Array>;
}
