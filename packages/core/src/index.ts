/**
 * @packageDocumentation
 * `@samenspel/core`: a generic system-dynamics engine for bounded-level causal models. Pipeline:
 * model schema → validate → compile → integrate (Euler, RK4) → analyse (loops, dominance, status,
 * patterns). It knows nothing about intensive care; `@samenspel/icu-model` supplies that model as data.
 */
export type { LocalText, Language } from './model/text.js';
export type {
  Model,
  Factor,
  Input,
  Link,
  Moderator,
  Effect,
  GlobalParameter,
  Lever,
  Advice,
  Mechanism,
  Pattern,
  PatternCondition,
  SourceRef,
} from './model/model-types.js';
export { validateModel, type ModelValidation } from './model/validate-model.js';
export type { Diagnostic, DiagnosticCode, DiagnosticParams } from './diagnostics/diagnostic.js';
export { DIAGNOSTIC_CODES, hasErrors, formatDiagnostics } from './diagnostics/diagnostic.js';
export type { Scenario, InputSetting, SeriesPoint, Intervention, Method } from './scenario/scenario-types.js';
export { SCENARIO_DEFAULTS } from './scenario/scenario-types.js';
export { validateScenario, parseScenario, type ScenarioValidation } from './scenario/validate-scenario.js';
export { listParameters, type ParameterInfo } from './scenario/parameter-ids.js';
export type {
  Questionnaire,
  QuestionnaireStatement,
  QuestionnaireScale,
  RespondentGroup,
} from './questionnaire/questionnaire-types.js';
export {
  validateQuestionnaire,
  MIN_STATEMENTS_PER_FACTOR,
  type QuestionnaireValidation,
} from './questionnaire/validate-questionnaire.js';
export { questionnaireSchema } from './questionnaire/questionnaire-schema.js';
export { compileModel } from './compile/compile-model.js';
export type { CompiledModel } from './compile/compiled-model.js';
export { planRun, type RunPlan } from './compile/run-plan.js';
export { createEvaluator, type Evaluator } from './integrate/evaluator.js';
export { integrate, resolveIntegrator, type IntegratorKind, type Trajectory } from './integrate/integrate.js';
export {
  generateIntegratorModule,
  integratorKey,
  registerPrecompiledIntegrators,
  clearPrecompiledIntegrators,
  type PrecompiledIntegrator,
  type PrecompiledRegistration,
} from './integrate/precompiled-integrator.js';
export type { GeneratedIntegrator } from './integrate/generate-integrator.js';
export { findCycles } from './analysis/find-cycles.js';
export { findLoops, type Loop } from './analysis/find-loops.js';
export { influenceEdges, type InfluenceEdge } from './analysis/loop-graph.js';
export { loopStrengths } from './analysis/loop-strength.js';
export { edgeGains } from './analysis/edge-gains.js';
export {
  classifyMechanism,
  STATUS_RULE,
  type MechanismStatus,
  type StatusSegment,
} from './analysis/mechanism-status.js';
export { detectPattern, type PatternReport } from './analysis/patterns.js';
export { simulate, InvalidScenarioError, type SimulateOptions } from './simulate/simulate.js';
export type {
  SimulationResult,
  RunSummary,
  MechanismSummary,
  LoopRun,
  DominanceSegment,
} from './simulate/result-types.js';
export { resultToJson, type SimulationResultJson } from './simulate/result-json.js';
export { axisValues, targetKey, withAxisValue, type Axis, type AxisTarget } from './search/axis.js';
export { measureOutcome, type Outcome } from './search/outcome.js';
export { runToEnd, type SearchProgress } from './search/progress.js';
export {
  sweep1d,
  sweep1dSteps,
  sweep2d,
  sweep2dSteps,
  sweepCellsSteps,
  type SweepCells,
  type SweepOptions,
  type Sweep1dResult,
  type Sweep2dResult,
} from './search/sweep.js';
export {
  locateThreshold,
  locateThresholdSteps,
  THRESHOLD_TOLERANCE,
  type ThresholdOptions,
} from './search/locate-threshold.js';
export {
  findLeastIntervention,
  findLeastInterventionSteps,
  LEAST_INTERVENTION_DEFAULTS,
  type InterventionMeasure,
  type LeastInterventionOptions,
  type LeastInterventionResult,
  type LeverSearchResult,
} from './search/least-intervention.js';
export {
  nelderMead,
  type NelderMeadOptions,
  type NelderMeadResult,
  type Bounds,
} from './calibrate/nelder-mead.js';
export {
  validateObservations,
  parseObservations,
  observationsSchema,
  observationWeight,
  REFERENCE_SPREAD,
  type Observations,
  type ObservationRound,
  type ObservedValue,
  type ObservationsValidation,
} from './calibrate/observations.js';
export {
  resolveFitTargets,
  applyFitTargets,
  type FitTarget,
  type FitTargetsResolution,
} from './calibrate/fit-targets.js';
export {
  IDENTIFIABILITY_RULE,
  identifiabilityWarnings,
  type IdentifiabilityThresholds,
  type IdentifiabilityWarning,
} from './calibrate/identifiability.js';
export {
  calibrate,
  type CalibrationOptions,
  type CalibrationOutcome,
  type CalibrationResult,
  type FittedValue,
  type Residual,
} from './calibrate/calibrate.js';
export {
  compileGraph,
  type LtmGraph,
  type LtmNode,
  type LtmStock,
  type LtmVariable,
  type LtmEdge,
  type CompiledGraph,
} from './analysis/ltm/graph.js';
export { runGraph, graphRunFromStocks, type GraphRun } from './analysis/ltm/graph-run.js';
export {
  loopsThatMatter,
  graphLoops,
  LTM_RELATIVE_EPSILON,
  type GraphLoop,
  type LtmScores,
} from './analysis/ltm/loops-that-matter.js';
export { engineGraph, engineGraphRun, type EngineGraph } from './analysis/ltm/engine-graph.js';
export { loopDominance, type DominanceLoop, type LoopDominance } from './analysis/ltm/loop-dominance.js';
export { modelToXmile, xmileName, XMILE_NAMESPACE } from './xmile/export/index.js';
export { sweep1dToCsv, sweep2dToCsv, type SweepCsvNames } from './search/sweep-csv.js';
export { tippingLine, tippingLineSteps, tippingRowsSteps, type TippingLine } from './search/tipping-line.js';
export { runStream, type UniformSource } from './uncertainty/random-stream.js';
export { draw, distributionProblems, type Distribution } from './uncertainty/distribution.js';
export { quantileSorted, BAND_PERCENTILES } from './uncertainty/percentile.js';
export {
  sampleScenario,
  spreadAround,
  uncertaintyProblems,
  type UncertaintySpec,
} from './uncertainty/uncertainty-spec.js';
export {
  monteCarlo,
  monteCarloPart,
  monteCarloPartSteps,
  mergeMonteCarloParts,
  summariseMonteCarlo,
  shardRange,
  MAX_MONTE_CARLO_VALUES,
  type MonteCarloOptions,
  type MonteCarloPart,
  type MonteCarloBand,
  type MonteCarloResult,
} from './uncertainty/monte-carlo.js';
export {
  sensitivity,
  sensitivityPartSteps,
  sensitivitySteps,
  sortSensitivity,
  type SensitivityPart,
  SENSITIVITY_SPAN,
  type SensitivityOptions,
  type SensitivityResult,
  type SensitivityRow,
  type SensitivitySpan,
} from './uncertainty/sensitivity.js';
export {
  simulateStockFlow,
  compileStockFlow,
  checkStockFlow,
  runSettings,
  StockFlowError,
  canonicalName,
  MAX_STOCKFLOW_STEPS,
  firstNonFinite,
  type NonFiniteValue,
  type StockFlowModel,
  type StockFlowVariable,
  type StockVariable,
  type FlowVariable,
  type AuxVariable,
  type StockFlowSimSpecs,
  type StockFlowMethod,
  type GraphicalFunction,
  type GraphicalFunctionType,
  type AxisScale,
  type SimulateStockFlowOptions,
  type StockFlowResult,
  type StockFlowRunSettings,
  type CompiledStockFlow,
} from './stockflow/index.js';
export { parseXmile, XmileError } from './xmile/index.js';
