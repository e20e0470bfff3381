import { create, all, type MathNode } from 'mathjs';

/**
 * User formulas from scenario files (a curve of output per hour by fatigue, a rate by day), compiled
 * once and sandboxed as mathjs's security guidance says: a private instance whose dangerous functions
 * are disabled, and a parse tree that may only use the listed variables, numbers, operators and a
 * whitelist of pure functions.
 */
const math = create(all);
const parse = math.parse;
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

const FUNCTIONS = new Set([
  'abs', 'min', 'max', 'exp', 'log', 'log10', 'log2', 'sqrt', 'pow', 'floor', 'ceil', 'round',
  'sin', 'cos', 'tan', 'tanh', 'mod', 'sign',
]);
const CONSTANTS = new Set(['pi', 'e']);

export class FormulaError extends Error {}

export type Formula = (scope: Map<string, number>) => number;

/** Compile `source` over `variables`; throws FormulaError with a message a user can act on. */
export function compileFormula(source: string, variables: readonly string[]): Formula {
  let tree: MathNode;
  try {
    tree = parse(source);
  } catch (e) {
    throw new FormulaError(`cannot parse formula "${source}": ${(e as Error).message}`);
  }
  const allowed = new Set(variables);
  tree.traverse((node, _path, parent) => {
    switch (node.type) {
      case 'ConstantNode':
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
    const v = code.evaluate(scope);
    return typeof v === 'number' ? v : typeof v === 'boolean' ? (v ? 1 : 0) : NaN;
  };
}

/**
 * Check a formula over a grid of its domain: every value must be a finite number. Returns the first
 * offending point, or null.
 */
export function findNonFinite(f: Formula, grid: readonly Record<string, number>[]): Record<string, number> | null {
  for (const point of grid) {
    const v = f(new Map(Object.entries(point)));
    if (!Number.isFinite(v)) return point;
  }
  return null;
}
