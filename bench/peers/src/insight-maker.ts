// Builds an XMILE document in Insight Maker's engine (the `simulation` package, AGPL, dev-only)
// and runs it in this process. Only the subset of XMILE that `modelToXmile` writes is translated:
// stocks with literal initial values, flows, auxiliaries; + - * / ^ comparisons, AND, MIN, MAX,
// TIME and `IF c THEN a ELSE b` where only the ELSE branch may hold a further IF.
import { XMLParser } from 'fast-xml-parser';
import { Model, type Primitive } from 'simulation';

interface XmileVariable {
  readonly '@_name': string;
  readonly eqn: string;
  readonly inflow?: readonly string[];
  readonly outflow?: readonly string[];
}

interface ParsedXmile {
  readonly xmile: {
    readonly sim_specs: {
      readonly '@_method': string;
      readonly start: string;
      readonly stop: string;
      readonly dt: string;
    };
    readonly model: {
      readonly variables: {
        readonly stock?: readonly XmileVariable[];
        readonly flow?: readonly XmileVariable[];
        readonly aux?: readonly XmileVariable[];
      };
    };
  };
}

/** A model built in Insight Maker's engine, ready to run repeatedly. */
export interface InsightMakerModel {
  /** Runs the model once and returns each asked-for variable's series, by XMILE name. */
  series(): Record<string, Float64Array>;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  isArray: (name) => ['stock', 'flow', 'aux', 'inflow', 'outflow'].includes(name),
});

const FUNCTIONS: Readonly<Record<string, string>> = { MAX: 'Max', MIN: 'Min', AND: 'and' };

/** Splits `IF c THEN a ELSE b` at its top-level THEN and ELSE (paren depth 0). */
function splitIf(expr: string): [string, string, string] {
  let depth = 0;
  let then = -1;
  for (let i = 0; i < expr.length; i++) {
    const ch = expr[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (depth === 0 && expr.startsWith(' THEN ', i) && then < 0) then = i;
    else if (depth === 0 && expr.startsWith(' ELSE ', i) && then >= 0)
      return [expr.slice(3, then), expr.slice(then + 6, i), expr.slice(i + 6)];
  }
  throw new Error(`cannot translate to Insight Maker: ${expr}`);
}

/** Translates one XMILE equation of the exported subset into Insight Maker's formula language. */
export function toInsightMaker(eqn: string, names: ReadonlySet<string>, used: Set<string>): string {
  const expr = eqn.trim();
  if (expr.startsWith('IF ')) {
    const [cond, yes, no] = splitIf(expr);
    if (/\bIF\b/.test(cond) || /\bIF\b/.test(yes)) throw new Error(`unsupported nested IF: ${expr}`);
    return `IfThenElse(${toInsightMaker(cond, names, used)}, ${toInsightMaker(yes, names, used)}, ${toInsightMaker(no, names, used)})`;
  }
  return expr.replace(/[A-Za-z_][A-Za-z0-9_]*/g, (word) => {
    if (word === 'TIME') return 'Months()';
    const fn = FUNCTIONS[word];
    if (fn !== undefined) return fn;
    if (!names.has(word)) throw new Error(`unknown name ${word} in ${expr}`);
    used.add(word);
    return `[${word}]`;
  });
}

/**
 * Builds the XMILE document as an Insight Maker model: each stock, flow and auxiliary becomes a
 * Stock, Flow (between its stocks, `nonNegative: false`, as XMILE flows are two-way by default)
 * and Variable; every name an equation uses gets the Link the engine requires. Time runs in
 * months with the document's start, stop, dt and method.
 */
export function buildInsightMaker(xmile: string, outputs: readonly string[]): InsightMakerModel {
  const doc = parser.parse(xmile) as ParsedXmile;
  const specs = doc.xmile.sim_specs;
  const { stock = [], flow = [], aux = [] } = doc.xmile.model.variables;
  const model = new Model({
    timeStart: Number(specs.start),
    timeLength: Number(specs.stop) - Number(specs.start),
    timeStep: Number(specs.dt),
    algorithm: specs['@_method'] === 'Euler' ? 'Euler' : 'RK4',
    timeUnits: 'Months',
  });
  const names = new Set([...stock, ...flow, ...aux].map((v) => v['@_name']));
  const primitives = new Map<string, Primitive>();
  const uses = new Map<string, Set<string>>();
  const translate = (v: XmileVariable): string => {
    const used = new Set<string>();
    uses.set(v['@_name'], used);
    return toInsightMaker(v.eqn, names, used);
  };

  const ends = new Map<string, { from: string | null; to: string | null }>();
  for (const s of stock) {
    if (!/^\(?-?[0-9.]+\)?$/.test(s.eqn))
      throw new Error(`stock ${s['@_name']}: initial value is not a number`);
    primitives.set(
      s['@_name'],
      model.Stock({ name: s['@_name'], initial: Number(s.eqn.replace(/[()]/g, '')) }),
    );
    for (const f of s.inflow ?? []) ends.set(f, { from: ends.get(f)?.from ?? null, to: s['@_name'] });
    for (const f of s.outflow ?? []) ends.set(f, { from: s['@_name'], to: ends.get(f)?.to ?? null });
  }
  for (const a of aux)
    primitives.set(a['@_name'], model.Variable({ name: a['@_name'], value: translate(a) }));
  for (const f of flow) {
    const end = ends.get(f['@_name']) ?? { from: null, to: null };
    const from = end.from === null ? null : primitives.get(end.from);
    const to = end.to === null ? null : primitives.get(end.to);
    primitives.set(
      f['@_name'],
      model.Flow(from ?? null, to ?? null, {
        name: f['@_name'],
        rate: translate(f),
        nonNegative: false,
      }),
    );
  }
  for (const [name, used] of uses) {
    const target = primitives.get(name);
    for (const source of used) {
      const from = primitives.get(source);
      if (from !== undefined && target !== undefined && source !== name) model.Link(from, target);
    }
  }
  return {
    series() {
      const results = model.simulate();
      return Object.fromEntries(
        outputs.map((name) => {
          const p = primitives.get(name);
          if (p === undefined) throw new Error(`no variable ${name}`);
          return [name, Float64Array.from(results.series(p))];
        }),
      );
    },
  };
}
