/**
 * Every regular expression in lib/, found by reading the source: regex literals are taken from the
 * TypeScript syntax tree and compiled as written; `new RegExp(…)` calls are listed with their place, since their
 * pattern is only known when the module runs (lib-regexes.test.ts records those by importing every module).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export const ROOT = join(import.meta.dirname, '../../..');
const LIB = join(ROOT, 'lib');

export interface FoundLiteral {
  file: string;
  line: number;
  regex: RegExp;
}

export interface FoundConstructor {
  file: string;
  line: number;
  /** Built once when the module loads, not inside a function. */
  moduleLevel: boolean;
}

/** Every `.ts` file under lib/, relative to the repository root. */
export function libFiles(dir = LIB): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return libFiles(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [relative(ROOT, path)] : [];
  });
}

/** Regex literals and `new RegExp` calls in one file. */
export function scanFile(file: string): { literals: FoundLiteral[]; constructors: FoundConstructor[] } {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const literals: FoundLiteral[] = [];
  const constructors: FoundConstructor[] = [];
  const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
  const visit = (node: ts.Node, inFunction: boolean) => {
    if (ts.isRegularExpressionLiteral(node)) {
      const slash = node.text.lastIndexOf('/');
      literals.push({
        file,
        line: lineOf(node),
        regex: new RegExp(node.text.slice(1, slash), node.text.slice(slash + 1)),
      });
    }
    if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'RegExp'
    )
      constructors.push({ file, line: lineOf(node), moduleLevel: !inFunction });
    const nested = inFunction || ts.isFunctionLike(node);
    ts.forEachChild(node, (child) => visit(child, nested));
  };
  visit(source, false);
  return { literals, constructors };
}

/**
 * Places where a quantified group itself contains an unbounded quantifier: `(a+)+`, `(\w+\s?)*`, `(?:x*){2,}`.
 * Such nesting is the classic cause of catastrophic backtracking; a bounded inner or outer repetition is allowed.
 * A small scanner, not a full parser: escapes and character classes are skipped, lookarounds count as groups.
 */
export function nestedQuantifiers(source: string): string[] {
  const found: string[] = [];
  // One frame per open group: where it starts and whether an unbounded quantifier occurs inside it.
  const stack: { start: number; unboundedInside: boolean }[] = [];
  let i = 0;
  const unboundedAt = (at: number): { unbounded: boolean; length: number } => {
    const c = source[at];
    if (c === '*' || c === '+') return { unbounded: true, length: 1 };
    if (c === '?') return { unbounded: false, length: 1 };
    if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at, at + 20));
      if (m) return { unbounded: m[2] !== undefined && m[3] === '', length: m[0].length };
    }
    return { unbounded: false, length: 0 };
  };
  const markInner = () => {
    const top = stack.at(-1);
    if (top) top.unboundedInside = true;
  };
  while (i < source.length) {
    const c = source[i];
    if (c === '\\') i += 2;
    else if (c === '[') {
      i++;
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      i++;
    } else if (c === '(') {
      stack.push({ start: i, unboundedInside: false });
      i++;
      continue;
    } else if (c === ')') {
      const group = stack.pop();
      i++;
      const q = unboundedAt(i);
      if (group && q.length > 0) {
        if (q.unbounded && group.unboundedInside) found.push(source.slice(group.start, i + q.length));
        // A quantified group is itself a repetition inside its parent.
        if (q.unbounded || group.unboundedInside) markInner();
      } else if (group?.unboundedInside) markInner();
      i += q.length;
      continue;
    } else i++;
    const q = unboundedAt(i);
    if (q.length > 0 && source[i - 1] !== '(') {
      if (q.unbounded) markInner();
      i += q.length;
    }
  }
  return found;
}
