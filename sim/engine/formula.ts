import type { MathNode } from 'mathjs';
import { mathjsNumber } from './mathjs.js';
import { formulaTooDeep, formulaTooLong, TOO_DEEP } from './formula-limits.js';

/**
 * User formulas from scenario files (a curve of output per hour by fatigue, a rate by day), compiled
 * once and sandboxed as mathjs's security guidance says: a private instance whose dangerous functions
 * are disabled, and a parse tree that may only use the listed variables, numbers, operators and a
 * whitelist of pure functions.
 */
// Built on first use (see mathjs.ts for why nothing is loaded at import).
let sandboxParse: ((expr: string) => MathNode) | null = null;
function parse(expr: string): MathNode {
  if (!sandboxParse) {
    const { create, all } = mathjsNumber();
    const math = create(all);
    const keep = math.parse;
    const disabled = () => {
      throw new Error('disabled in scenario formulas');
    };
    math.import(
      {
        import: disabled,
        createUnit: disabled,
        evaluate: disabled,
        parse: disabled,
        simplify: disabled,
        derivative: disabled,
        resolve: disabled,
        reviver: disabled,
      },
      { override: true },
    );
    sandboxParse = keep;
  }
  return sandboxParse(expr);
}

const FUNCTIONS = new Set([
  'abs', 'min', 'max', 'exp', 'log', 'log10', 'log2', 'sqrt', 'pow', 'floor', 'ceil', 'round',
  'sin', 'cos', 'tan', 'tanh', 'mod', 'sign',
]);
const CONSTANTS = new Set(['pi', 'e']);

/** A formula the user must fix; `char` is the 1-based position in the formula text, when known. */
export class FormulaError extends Error {
  constructor(
    message: string,
    readonly char?: number,
  ) {
    super(message);
    this.name = 'FormulaError';
  }
}

export type Formula = (scope: Map<string, number>) => number;

/** Compile `source` over `variables`; throws FormulaError with a message a user can act on. */
export function compileFormula(source: string, variables: readonly string[]): Formula {
  const tooLong = formulaTooLong(source);
  if (tooLong) throw new FormulaError(tooLong);
  let tree: MathNode;
  try {
    tree = parse(source);
  } catch (e) {
    // The parser recurses per bracket and unary sign: a deep nest ends the stack, not the grammar.
    if (e instanceof RangeError) throw new FormulaError(TOO_DEEP);
    const char = (e as { char?: number }).char;
    const msg = (e as Error).message.replace(/ \(char \d+\)$/, '');
    throw new FormulaError(`cannot parse formula "${source}": ${msg}${char ? ` at character ${char}` : ''}`, char);
  }
  const tooDeep = formulaTooDeep(tree);
  if (tooDeep) throw new FormulaError(tooDeep);
  const allowed = new Set(variables);
  tree.traverse((node, _path, parent) => {
    switch (node.type) {
      case 'ConstantNode': {
        // Strings and other non-numbers would only fail later, as NaN in the middle of a run.
        const v = (node as unknown as { value: unknown }).value;
        if (typeof v !== 'number' && typeof v !== 'boolean') {
          throw new FormulaError(`only numbers are allowed as constants in formula "${source}", not ${JSON.stringify(v)}`);
        }
        return;
      }
      case 'OperatorNode':
      case 'ParenthesisNode':
      case 'ConditionalNode':
        return;
      case 'FunctionNode': {
        const name = (node as unknown as { fn: { name?: string } }).fn.name ?? '';
        if (!FUNCTIONS.has(name)) {
          throw new FormulaError(`function "${name}" is not allowed in formula "${source}"; use one of ${[...FUNCTIONS].join(', ')}`);
        }
        return;
      }
      case 'SymbolNode': {
        const name = (node as unknown as { name: string }).name;
        if (parent && parent.type === 'FunctionNode' && (parent as unknown as { fn: MathNode }).fn === node) return;
        if (!allowed.has(name) && !CONSTANTS.has(name)) {
          throw new FormulaError(`unknown variable "${name}" in formula "${source}"; the variables here are ${variables.join(', ')}`);
        }
        return;
      }
      default:
        throw new FormulaError(`"${node.type.replace('Node', '').toLowerCase()}" is not allowed in formula "${source}": write an expression of ${variables.join(', ')}`);
    }
  });
  const code = tree.compile();
  return (scope) => {
    // A math error (a complex root, a matrix) is a non-number: NaN, which the load-time domain
    // check reports and the model treats as 0.
    let v: unknown;
    try {
      v = code.evaluate(scope);
    } catch {
      return NaN;
    }
    return typeof v === 'number' ? v : typeof v === 'boolean' ? (v ? 1 : 0) : NaN;
  };
}

/**
 * Check a formula over points of its domain: every value must be a finite number. Returns the first
 * offending point and what the formula gave there, or null.
 */
export function findNonFinite(
  f: Formula,
  grid: Iterable<Record<string, number>>,
): { point: Record<string, number>; value: number } | null {
  const scope = new Map<string, number>();
  for (const point of grid) {
    for (const k in point) scope.set(k, point[k]);
    const value = f(scope);
    if (!Number.isFinite(value)) return { point, value };
  }
  return null;
}
