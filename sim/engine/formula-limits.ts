import type { MathNode } from 'mathjs';

/**
 * Size limits of user formulas. mathjs parses, checks and compiles a formula by recursion over its
 * tree, so a 2000-term sum or a deep nest of brackets overflows the stack; honest formulas (a
 * seasonal curve, a piecewise rate) are a few dozen characters and a dozen levels deep.
 */
export const MAX_FORMULA_CHARS = 1000;
export const MAX_FORMULA_DEPTH = 64;

/** Why `source` is too long to parse, or null. */
export function formulaTooLong(source: string): string | null {
  return source.length > MAX_FORMULA_CHARS
    ? `formula of ${source.length} characters; formulas are limited to ${MAX_FORMULA_CHARS} (split a long one into a simpler expression)`
    : null;
}

export const TOO_DEEP = `formula nested more than ${MAX_FORMULA_DEPTH} levels deep (operators, brackets and calls); write it with fewer terms`;

/** Why a parsed tree is too deep to check and compile, or null; walks with an explicit stack. */
export function formulaTooDeep(tree: MathNode): string | null {
  const stack: [MathNode, number][] = [[tree, 1]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_FORMULA_DEPTH) return TOO_DEEP;
    node.forEach((child) => stack.push([child, depth + 1]));
  }
  return null;
}
