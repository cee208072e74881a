import { canonicalName } from '../canonical-name.js';

/** An identifier of an expression, replaced by `_i<index>` in the mathjs text. */
export interface Identifier {
  /** As written (quotes removed). */
  readonly raw: string;
  /** Canonical form (see {@link canonicalName}), used to match. */
  readonly canonical: string;
}

/** An XMILE expression rewritten into text that mathjs parses. */
export interface Translation {
  /** mathjs text: identifiers as `_i<n>`, `IF c THEN a ELSE b` as `((c) ? (a) : (b))`, `=` as `==`, `<>` as `!=`. */
  readonly text: string;
  /** The identifiers, by the number in their placeholder. */
  readonly identifiers: readonly Identifier[];
}

type Token =
  | { readonly kind: 'number'; readonly text: string }
  | { readonly kind: 'ident'; readonly text: string }
  | { readonly kind: 'keyword'; readonly text: 'if' | 'then' | 'else' | 'and' | 'or' | 'not' | 'mod' }
  | { readonly kind: 'op'; readonly text: string };

const KEYWORDS = new Set(['if', 'then', 'else', 'and', 'or', 'not', 'mod']);
const NUMBER = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;
const IDENT = /^[\p{L}_$][\p{L}\p{N}_$]*/u;
const OPERATORS = ['<=', '>=', '<>', '==', '!=', '+', '-', '*', '/', '^', '(', ')', ',', '<', '>', '='];

/** Thrown for text that is not an expression this engine reads; `message` says what and where. */
export class ExpressionSyntaxError extends Error {
  /** What is wrong, in a few words; `feature` names an unsupported feature (arrays, modules) when that is the reason. */
  constructor(
    message: string,
    /** The unsupported feature, if the problem is one (e.g. `arrays`). */
    readonly feature?: string,
  ) {
    super(message);
    this.name = 'ExpressionSyntaxError';
  }
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const rest = source.slice(i);
    const ch = source[i] ?? '';
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '{') {
      // XMILE comment: { ... }
      const end = source.indexOf('}', i);
      if (end < 0) throw new ExpressionSyntaxError('a comment "{" is never closed');
      i = end + 1;
      continue;
    }
    if (ch === '"') {
      const end = source.indexOf('"', i + 1);
      if (end < 0) throw new ExpressionSyntaxError('a quoted name is never closed');
      tokens.push({ kind: 'ident', text: source.slice(i + 1, end) });
      i = end + 1;
      continue;
    }
    const num = NUMBER.exec(rest);
    if (num) {
      tokens.push({ kind: 'number', text: num[0] });
      i += num[0].length;
      continue;
    }
    const id = IDENT.exec(rest);
    if (id) {
      const lower = id[0].toLowerCase();
      if (source[i + id[0].length] === '.' && /[\p{L}_"]/u.test(source[i + id[0].length + 1] ?? '')) {
        throw new ExpressionSyntaxError(`"${id[0]}." refers into a module`, 'modules');
      }
      if (KEYWORDS.has(lower)) {
        tokens.push({ kind: 'keyword', text: lower as 'if' });
      } else {
        tokens.push({ kind: 'ident', text: id[0] });
      }
      i += id[0].length;
      continue;
    }
    if (ch === '[' || ch === ']')
      throw new ExpressionSyntaxError('subscripts ("[...]") are arrays', 'arrays');
    const op = OPERATORS.find((o) => rest.startsWith(o));
    if (op === undefined)
      throw new ExpressionSyntaxError(`unexpected character "${ch}" at position ${i + 1}`);
    tokens.push({ kind: 'op', text: op });
    i += op.length;
  }
  return tokens;
}

const endsOperand = (t: Token | undefined): boolean =>
  t !== undefined && (t.kind === 'number' || t.kind === 'ident' || (t.kind === 'op' && t.text === ')'));
const startsOperand = (t: Token): boolean =>
  t.kind === 'number' ||
  t.kind === 'ident' ||
  (t.kind === 'keyword' && (t.text === 'if' || t.text === 'not')) ||
  (t.kind === 'op' && t.text === '(');

interface IfFrame {
  readonly depth: number;
  stage: 'if' | 'then' | 'else';
}

/**
 * Rewrites an XMILE expression into mathjs syntax. Names (bare or quoted) become placeholders, so
 * no name reaches mathjs or generated code; keywords are case-insensitive. Throws
 * {@link ExpressionSyntaxError} for text that is not an expression (an unclosed quote, a missing
 * operator, IF without THEN or ELSE) and for arrays and module references.
 */
export function translateExpression(source: string): Translation {
  const tokens = tokenize(source);
  if (tokens.length === 0) throw new ExpressionSyntaxError('the expression is empty');
  const identifiers: Identifier[] = [];
  const idIndex = new Map<string, number>();
  const out: string[] = [];
  const frames: IfFrame[] = [];
  let depth = 0;

  const closeElses = (): void => {
    for (let top = frames.at(-1); top?.depth === depth && top.stage === 'else'; top = frames.at(-1)) {
      out.push('))');
      frames.pop();
    }
  };
  const closeGroup = (): void => {
    closeElses();
    const top = frames.at(-1);
    if (top?.depth === depth) {
      throw new ExpressionSyntaxError(top.stage === 'if' ? 'IF without THEN' : 'IF ... THEN without ELSE');
    }
  };

  let previous: Token | undefined;
  for (const token of tokens) {
    if (endsOperand(previous) && startsOperand(token)) {
      const callOpen = previous?.kind === 'ident' && token.kind === 'op' && token.text === '(';
      if (!callOpen) throw new ExpressionSyntaxError(`an operator is missing before "${token.text}"`);
    }
    switch (token.kind) {
      case 'number':
        out.push(String(Number(token.text)));
        break;
      case 'ident': {
        const canonical = canonicalName(token.text);
        let index = idIndex.get(canonical);
        if (index === undefined) {
          index = identifiers.length;
          identifiers.push({ raw: token.text, canonical });
          idIndex.set(canonical, index);
        }
        out.push(`_i${index}`);
        break;
      }
      case 'keyword':
        if (token.text === 'if') {
          frames.push({ depth, stage: 'if' });
          out.push('((');
        } else if (token.text === 'then') {
          closeElses();
          const top = frames.at(-1);
          if (top?.depth !== depth || top.stage !== 'if') throw new ExpressionSyntaxError('THEN without IF');
          top.stage = 'then';
          out.push(') ? (');
        } else if (token.text === 'else') {
          closeElses();
          const top = frames.at(-1);
          if (top?.depth !== depth || top.stage !== 'then')
            throw new ExpressionSyntaxError('ELSE without IF ... THEN');
          top.stage = 'else';
          out.push(') : (');
        } else {
          out.push(` ${token.text} `);
        }
        break;
      case 'op':
        if (token.text === '(') {
          depth++;
          out.push('(');
        } else if (token.text === ')') {
          closeGroup();
          if (depth === 0) throw new ExpressionSyntaxError('")" without "("');
          depth--;
          out.push(')');
        } else if (token.text === ',') {
          closeGroup();
          out.push(', ');
        } else if (token.text === '=' || token.text === '==') {
          out.push(' == ');
        } else if (token.text === '<>' || token.text === '!=') {
          out.push(' != ');
        } else {
          out.push(` ${token.text} `);
        }
        break;
    }
    previous = token;
  }
  closeGroup();
  if (depth !== 0) throw new ExpressionSyntaxError('"(" without ")"');
  return { text: out.join(''), identifiers };
}
