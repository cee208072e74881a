import { checkStockFlow } from '../../stockflow/compile-stockflow.js';
import { StockFlowError } from '../../stockflow/stockflow-error.js';
import type {
  AxisScale,
  GraphicalFunction,
  StockFlowMethod,
  StockFlowModel,
  StockFlowSimSpecs,
  StockFlowVariable,
} from '../../stockflow/stockflow-types.js';
import { childNamed, childrenNamed, isVendorTag, parseXmlTree, type XmlElement } from './xml-tree.js';
import { XmileError } from './xmile-error.js';

/** Defaults for non-negative stocks and flows from an XMILE `<behavior>` element. */
interface Behavior {
  readonly stock: boolean;
  readonly flow: boolean;
}

const trimmed = (el: XmlElement | undefined): string => (el === undefined ? '' : el.text.trim());

function number(element: string, text: string, what: string): number {
  const x = Number(text.trim());
  if (text.trim() === '' || !Number.isFinite(x))
    throw new XmileError(element, `${what} "${text.trim()}" is not a number`);
  return x;
}

/** `<non_negative/>` or `<non_negative>true</non_negative>` → true; `false` text → false; absent → undefined. */
function nonNegativeFlag(el: XmlElement): boolean | undefined {
  const n = childNamed(el, 'non_negative');
  if (n === undefined) return undefined;
  return n.text.trim().toLowerCase() !== 'false';
}

function readBehavior(root: XmlElement, model: XmlElement): Behavior {
  let stock = false;
  let flow = false;
  for (const b of [...childrenNamed(root, 'behavior'), ...childrenNamed(model, 'behavior')]) {
    const all = nonNegativeFlag(b);
    if (all !== undefined) stock = flow = all;
    const s = childNamed(b, 'stock');
    const f = childNamed(b, 'flow');
    if (s !== undefined) stock = nonNegativeFlag(s) ?? stock;
    if (f !== undefined) flow = nonNegativeFlag(f) ?? flow;
  }
  return { stock, flow };
}

function readSimSpecs(root: XmlElement): StockFlowSimSpecs {
  const el = childNamed(root, 'sim_specs');
  if (el === undefined) throw new XmileError('sim_specs', 'the file has no <sim_specs> (start, stop, dt)');
  const field = (tag: string): number => {
    const c = childNamed(el, tag);
    if (c === undefined) throw new XmileError('sim_specs', `<${tag}> is missing`);
    return number('sim_specs', c.text, `<${tag}>`);
  };
  const start = field('start');
  const stop = field('stop');
  const dtEl = childNamed(el, 'dt');
  let dt = dtEl === undefined ? 1 : number('sim_specs', dtEl.text, '<dt>');
  if (dtEl?.attrs.reciprocal?.toLowerCase() === 'true') {
    if (dt === 0) throw new XmileError('sim_specs', '<dt reciprocal="true"> is 0');
    dt = 1 / dt;
  }
  if (dt <= 0) throw new XmileError('sim_specs', `<dt> must be greater than 0, got ${dt}`);
  const methodText = (el.attrs.method ?? 'euler').trim().toLowerCase();
  let method: StockFlowMethod;
  if (methodText === 'euler') method = 'euler';
  else if (methodText === 'rk4') method = 'rk4';
  else
    throw new XmileError(
      'sim_specs',
      `integration method "${el.attrs.method ?? ''}" is not supported; use Euler or RK4`,
      `method ${methodText}`,
    );
  const saveEl = childNamed(el, 'save_step') ?? childNamed(el, 'savestep') ?? childNamed(el, 'saveper');
  const saveAttr = el.attrs.save_step ?? el.attrs['isee:save_interval'];
  const saveStep =
    saveEl !== undefined
      ? number('sim_specs', saveEl.text, `<${saveEl.tag}>`)
      : saveAttr !== undefined
        ? number('sim_specs', saveAttr, 'save interval')
        : undefined;
  const timeUnits = el.attrs.time_units;
  return {
    start,
    stop,
    dt,
    method,
    ...(saveStep !== undefined ? { saveStep } : {}),
    ...(timeUnits !== undefined ? { timeUnits } : {}),
  };
}

function list(element: string, el: XmlElement, what: string): number[] {
  const sep = el.attrs.sep ?? ',';
  const parts = el.text.split(sep).map((p) => p.trim());
  if (parts.length === 1 && parts[0] === '') return [];
  return parts.map((p) => number(element, p, `a value of <${what}>`));
}

function scale(element: string, el: XmlElement | undefined, what: string): AxisScale | undefined {
  if (el === undefined) return undefined;
  if (el.attrs.min === undefined || el.attrs.max === undefined)
    throw new XmileError(element, `<${what}> needs min and max`);
  return {
    min: number(element, el.attrs.min, `<${what}> min`),
    max: number(element, el.attrs.max, `<${what}> max`),
  };
}

function readGraph(element: string, gf: XmlElement): GraphicalFunction {
  const typeAttr = (gf.attrs.type ?? '').trim().toLowerCase();
  let type: GraphicalFunction['type'];
  if (typeAttr === '' || typeAttr === 'continuous') type = 'continuous';
  else if (typeAttr === 'extrapolate' || typeAttr === 'discrete') type = typeAttr;
  else
    throw new XmileError(
      element,
      `graphical function type "${gf.attrs.type ?? ''}" is unknown; use continuous, extrapolate or discrete`,
    );
  if ((gf.attrs.discrete ?? '').trim().toLowerCase() === 'true') type = 'discrete';
  const ypEl = childNamed(gf, 'ypts');
  if (ypEl === undefined) throw new XmileError(element, 'graphical function has no <ypts>');
  const xpEl = childNamed(gf, 'xpts');
  const xscale = scale(element, childNamed(gf, 'xscale'), 'xscale');
  const yscale = scale(element, childNamed(gf, 'yscale'), 'yscale');
  return {
    type,
    ypts: list(element, ypEl, 'ypts'),
    ...(xpEl !== undefined ? { xpts: list(element, xpEl, 'xpts') } : {}),
    ...(xscale !== undefined ? { xscale } : {}),
    ...(yscale !== undefined ? { yscale } : {}),
  };
}

/** Rejects what the engine cannot run inside a variable: arrays, conveyors, queues. */
function checkVariableFeatures(name: string, el: XmlElement): void {
  for (const c of el.children) {
    if (c.tag === 'dimensions' || c.tag === 'element')
      throw new XmileError(name, 'arrayed variables (dimensions) are not supported', 'arrays');
    if (c.tag === 'conveyor') throw new XmileError(name, 'conveyors are not supported', 'conveyor');
    if (c.tag === 'queue') throw new XmileError(name, 'queues are not supported', 'queue');
  }
}

function readVariable(el: XmlElement, behavior: Behavior): StockFlowVariable | null {
  const tag = el.tag;
  if (isVendorTag(tag) || tag === 'group' || tag === 'button' || tag === 'text_box') return null;
  const name = el.attrs.name;
  if (tag === 'module') throw new XmileError(name ?? 'module', 'modules are not supported', 'modules');
  if (tag !== 'stock' && tag !== 'flow' && tag !== 'aux' && tag !== 'gf') return null;
  if (name === undefined || name.trim() === '') throw new XmileError(tag, `a <${tag}> has no name`);
  checkVariableFeatures(name, el);
  const doc = childNamed(el, 'doc');
  const units = childNamed(el, 'units');
  const common = {
    name,
    ...(doc !== undefined && doc.text.trim() !== '' ? { doc: doc.text.trim() } : {}),
    ...(units !== undefined && units.text.trim() !== '' ? { units: units.text.trim() } : {}),
  };
  const eqn = trimmed(childNamed(el, 'eqn'));
  if (tag === 'stock') {
    if (eqn === '') throw new XmileError(name, 'the stock has no initial value (<eqn>)');
    const flows = (t: string): string[] =>
      childrenNamed(el, t).map((f) => f.text.trim().replace(/^"(.*)"$/s, '$1'));
    return {
      kind: 'stock',
      ...common,
      initial: eqn,
      inflows: flows('inflow'),
      outflows: flows('outflow'),
      nonNegative: nonNegativeFlag(el) ?? behavior.stock,
    };
  }
  if (tag === 'gf') return { kind: 'aux', ...common, equation: eqn, graph: readGraph(name, el) };
  const gfEl = childNamed(el, 'gf');
  const graph = gfEl === undefined ? undefined : readGraph(name, gfEl);
  if (eqn === '') throw new XmileError(name, `the ${tag} has no equation (<eqn>)`);
  if (tag === 'flow') {
    return {
      kind: 'flow',
      ...common,
      equation: eqn,
      nonNegative: nonNegativeFlag(el) ?? behavior.flow,
      ...(graph ? { graph } : {}),
    };
  }
  return { kind: 'aux', ...common, equation: eqn, ...(graph ? { graph } : {}) };
}

/**
 * Reads an XMILE model (the text of a `.xmile`, `.stmx` or `.xml` file) into a
 * {@link StockFlowModel}: sim specs (start, stop, dt with `reciprocal`, method Euler or RK4, save
 * step), stocks with inflows, outflows and `non_negative`, flows, auxiliaries, graphical functions
 * (standalone `<gf>` and inside a flow or aux), and `<behavior>` defaults for non-negative stocks
 * and flows. Vendor extensions (`isee:…`) and views are skipped. Every equation is then checked
 * (parsed once and resolved; the result is cached for the run), without generating code.
 *
 * Throws {@link XmileError} with `element` (the variable as named in the file, or the XML element)
 * for malformed XML, a missing part, and unsupported features — arrays, modules, macros, conveyors,
 * queues, unknown builtins — and for equations that refer to unknown names or form a cycle.
 */
export function parseXmile(text: string): StockFlowModel {
  const root = parseXmlTree(text);
  if (root.tag !== 'xmile') throw new XmileError(root.tag, `the root element is <${root.tag}>, not <xmile>`);
  if (childrenNamed(root, 'macro').length > 0) {
    const m = childNamed(root, 'macro');
    throw new XmileError(m?.attrs.name ?? 'macro', 'macros are not supported', 'macros');
  }
  const models = childrenNamed(root, 'model');
  const main = models.find((m) => m.attrs.name === undefined) ?? models[0];
  if (main === undefined) throw new XmileError('model', 'the file has no <model>');
  if (models.length > 1) {
    const sub = models.find((m) => m !== main);
    throw new XmileError(
      sub?.attrs.name ?? 'model',
      'more than one <model> (modules) is not supported',
      'modules',
    );
  }
  const simSpecs = readSimSpecs(root);
  const behavior = readBehavior(root, main);
  const variablesEl = childNamed(main, 'variables');
  const variables: StockFlowVariable[] = [];
  for (const el of variablesEl?.children ?? []) {
    const v = readVariable(el, behavior);
    if (v !== null) variables.push(v);
  }
  const header = childNamed(root, 'header');
  const name = trimmed(header === undefined ? undefined : childNamed(header, 'name'));
  const model: StockFlowModel = { ...(name !== '' ? { name } : {}), simSpecs, variables };
  try {
    checkStockFlow(model);
  } catch (e) {
    if (e instanceof StockFlowError)
      throw new XmileError(e.element, e.message.slice(e.element.length + 2), e.feature);
    throw e;
  }
  return model;
}
