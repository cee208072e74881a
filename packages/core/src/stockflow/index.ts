/** The stock-and-flow engine: model format, compile, simulate. */
export type {
  StockFlowModel,
  StockFlowVariable,
  StockVariable,
  FlowVariable,
  AuxVariable,
  StockFlowSimSpecs,
  StockFlowMethod,
  GraphicalFunction,
  GraphicalFunctionType,
  AxisScale,
  SimulateStockFlowOptions,
  StockFlowResult,
} from './stockflow-types.js';
export {
  simulateStockFlow,
  runSettings,
  MAX_STOCKFLOW_STEPS,
  type StockFlowRunSettings,
} from './simulate-stockflow.js';
export { compileStockFlow, checkStockFlow, type CompiledStockFlow } from './compile-stockflow.js';
export { StockFlowError } from './stockflow-error.js';
export { firstNonFinite, type NonFiniteValue } from './first-non-finite.js';
export { canonicalName } from './canonical-name.js';
