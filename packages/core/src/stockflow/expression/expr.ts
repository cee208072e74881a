/**
 * The engine's expression tree, built once from the mathjs syntax tree of an equation. Names are
 * canonical (see `canonicalName`); whether a name is a variable, a graphical function or a builtin
 * is settled when the tree is built.
 */
export type Expr =
  | { readonly kind: 'number'; readonly value: number }
  /** A variable of the model (canonical name). */
  | { readonly kind: 'ref'; readonly name: string }
  /** A value of the run: the current time, the step, the start or stop time. */
  | { readonly kind: 'system'; readonly which: 'time' | 'dt' | 'start' | 'stop' }
  | { readonly kind: 'unary'; readonly op: '-' | 'not'; readonly arg: Expr }
  | { readonly kind: 'binary'; readonly op: BinaryOp; readonly left: Expr; readonly right: Expr }
  | { readonly kind: 'if'; readonly condition: Expr; readonly then: Expr; readonly otherwise: Expr }
  /** A stateless builtin (lower-case name). */
  | { readonly kind: 'call'; readonly fn: string; readonly args: readonly Expr[] }
  /** A graphical function of the model applied to an argument. */
  | { readonly kind: 'lookup'; readonly name: string; readonly arg: Expr }
  /** A builtin with memory (SMTH1, DELAY, INIT, …); `slot` numbers its instance within the model. */
  | {
      readonly kind: 'stateful';
      readonly fn: StatefulFn;
      readonly args: readonly Expr[];
      readonly slot: number;
    };

/** Binary operators, as in JavaScript where they exist there. */
export type BinaryOp =
  '+' | '-' | '*' | '/' | '^' | 'mod' | '<' | '<=' | '>' | '>=' | '==' | '!=' | 'and' | 'or';

/** Builtins with memory. */
export type StatefulFn =
  'init' | 'smth1' | 'smth3' | 'smthn' | 'delay1' | 'delay3' | 'delayn' | 'delay' | 'trend';

/** Calls `visit` on `expr` and every expression below it, parents first. */
export function walkExpr(expr: Expr, visit: (e: Expr) => void): void {
  visit(expr);
  switch (expr.kind) {
    case 'unary':
      walkExpr(expr.arg, visit);
      break;
    case 'binary':
      walkExpr(expr.left, visit);
      walkExpr(expr.right, visit);
      break;
    case 'if':
      walkExpr(expr.condition, visit);
      walkExpr(expr.then, visit);
      walkExpr(expr.otherwise, visit);
      break;
    case 'call':
    case 'stateful':
      for (const a of expr.args) walkExpr(a, visit);
      break;
    case 'lookup':
      walkExpr(expr.arg, visit);
      break;
    default:
      break;
  }
}
