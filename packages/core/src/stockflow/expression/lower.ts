import { parse, type MathNode } from 'mathjs/number';
import { KNOWN_UNSUPPORTED, PURE_BUILTINS, STATEFUL_BUILTINS, SYSTEM_SYMBOLS } from './builtins.js';
import type { BinaryOp, Expr } from './expr.js';
import { ExpressionSyntaxError, translateExpression, type Identifier } from './translate.js';

/** What the expression builder needs to know about the model. */
export interface LowerContext {
  /** True when the canonical name is a variable of the model that has a value. */
  readonly isVariable: (canonical: string) => boolean;
  /** True when the canonical name is a variable with a graphical function (callable as `name(x)`). */
  readonly isGraph: (canonical: string) => boolean;
  /** Numbers a new instance of a builtin with memory. */
  readonly nextSlot: () => number;
}

const BINARY: Readonly<Record<string, BinaryOp>> = {
  add: '+',
  subtract: '-',
  multiply: '*',
  divide: '/',
  pow: '^',
  mod: 'mod',
  smaller: '<',
  smallerEq: '<=',
  larger: '>',
  largerEq: '>=',
  equal: '==',
  unequal: '!=',
  and: 'and',
  or: 'or',
};

function argCount(name: string, got: number, min: number, max: number): void {
  if (got < min || got > max) {
    const want = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
    throw new ExpressionSyntaxError(
      `${name.toUpperCase()} takes ${want} argument${want === '1' ? '' : 's'}, got ${got}`,
    );
  }
}

/**
 * Parses an XMILE expression once (through mathjs, after {@link translateExpression}) and builds
 * the engine's {@link Expr}. Throws {@link ExpressionSyntaxError} for malformed text, unknown
 * names and functions, wrong argument counts and unsupported features.
 */
export function lowerExpression(source: string, ctx: LowerContext): Expr {
  const { text, identifiers } = translateExpression(source);
  let root: MathNode;
  try {
    root = parse(text);
  } catch (e) {
    throw new ExpressionSyntaxError(
      `cannot parse "${source.trim()}" (${e instanceof Error ? e.message : String(e)})`,
    );
  }
  const ident = (name: string): Identifier => {
    const m = /^_i(\d+)$/.exec(name);
    const found = m ? identifiers[Number(m[1])] : undefined;
    if (found === undefined) throw new ExpressionSyntaxError(`unexpected name "${name}"`);
    return found;
  };

  const build = (node: MathNode): Expr => {
    switch (node.type) {
      case 'ConstantNode': {
        const value = (node as unknown as { value: unknown }).value;
        if (typeof value !== 'number')
          throw new ExpressionSyntaxError(`unexpected constant ${String(value)}`);
        return { kind: 'number', value };
      }
      case 'ParenthesisNode':
        return build((node as unknown as { content: MathNode }).content);
      case 'SymbolNode': {
        const id = ident((node as unknown as { name: string }).name);
        if (ctx.isVariable(id.canonical)) return { kind: 'ref', name: id.canonical };
        const system = SYSTEM_SYMBOLS.get(id.canonical);
        if (system === 'pi') return { kind: 'number', value: Math.PI };
        if (system === 'inf') return { kind: 'number', value: Infinity };
        if (system !== undefined) return { kind: 'system', which: system };
        if (ctx.isGraph(id.canonical)) {
          throw new ExpressionSyntaxError(
            `"${id.raw}" is a graphical function; call it with an argument, e.g. ${id.raw}(x)`,
          );
        }
        throw new ExpressionSyntaxError(`unknown name "${id.raw}"`);
      }
      case 'ConditionalNode': {
        const c = node as unknown as { condition: MathNode; trueExpr: MathNode; falseExpr: MathNode };
        return {
          kind: 'if',
          condition: build(c.condition),
          then: build(c.trueExpr),
          otherwise: build(c.falseExpr),
        };
      }
      case 'OperatorNode': {
        const o = node as unknown as { fn: string; args: MathNode[]; implicit: boolean };
        if (o.implicit) throw new ExpressionSyntaxError('an operator is missing between two values');
        const args = o.args.map(build);
        if (args.length === 1 && args[0] !== undefined) {
          if (o.fn === 'unaryPlus') return args[0];
          if (o.fn === 'unaryMinus') return { kind: 'unary', op: '-', arg: args[0] };
          if (o.fn === 'not') return { kind: 'unary', op: 'not', arg: args[0] };
        }
        const op = BINARY[o.fn];
        const [left, right] = args;
        if (op === undefined || args.length !== 2 || left === undefined || right === undefined) {
          throw new ExpressionSyntaxError(`unsupported operator "${o.fn}"`);
        }
        return { kind: 'binary', op, left, right };
      }
      case 'RelationalNode': {
        // mathjs reads a < b < c as a chain; XMILE reads it left to right as (a < b) < c.
        const r = node as unknown as { conditionals: string[]; params: MathNode[] };
        let acc = build(r.params[0] as MathNode);
        r.conditionals.forEach((fn, i) => {
          const op = BINARY[fn];
          if (op === undefined) throw new ExpressionSyntaxError(`unsupported comparison "${fn}"`);
          acc = { kind: 'binary', op, left: acc, right: build(r.params[i + 1] as MathNode) };
        });
        return acc;
      }
      case 'FunctionNode': {
        const f = node as unknown as { fn: MathNode; args: MathNode[] };
        if (f.fn.type !== 'SymbolNode') throw new ExpressionSyntaxError('only names can be called');
        const id = ident((f.fn as unknown as { name: string }).name);
        const name = id.canonical;
        const args = f.args.map(build);
        if (ctx.isGraph(name)) {
          argCount(id.raw, args.length, 1, 1);
          return { kind: 'lookup', name, arg: args[0] as Expr };
        }
        if (name === 'lookup') {
          argCount('lookup', args.length, 2, 2);
          const table = f.args[0];
          const tableId =
            table?.type === 'SymbolNode' ? ident((table as unknown as { name: string }).name) : undefined;
          if (tableId === undefined || !ctx.isGraph(tableId.canonical)) {
            throw new ExpressionSyntaxError('the first argument of LOOKUP must name a graphical function');
          }
          return { kind: 'lookup', name: tableId.canonical, arg: args[1] as Expr };
        }
        const stateful = STATEFUL_BUILTINS.get(name);
        if (stateful !== undefined) {
          argCount(name, args.length, stateful.min, stateful.max);
          return { kind: 'stateful', fn: stateful.fn, args, slot: ctx.nextSlot() };
        }
        const pure = PURE_BUILTINS.get(name);
        if (pure !== undefined) {
          argCount(name, args.length, pure.min, pure.max);
          return { kind: 'call', fn: name, args };
        }
        if (KNOWN_UNSUPPORTED.has(name)) {
          throw new ExpressionSyntaxError(
            `the builtin ${id.raw.toUpperCase()} is not supported`,
            `builtin ${id.raw.toUpperCase()}`,
          );
        }
        throw new ExpressionSyntaxError(`unknown function "${id.raw}"`, `builtin ${id.raw.toUpperCase()}`);
      }
      default:
        throw new ExpressionSyntaxError(`unsupported syntax (${node.type})`);
    }
  };
  return build(root);
}
