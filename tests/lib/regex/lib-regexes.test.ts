// @vitest-environment happy-dom
/**
 * Regular expressions in lib/ stay linear on hostile text (one 100 KB message without spaces cost
 * ~8 s per panel update in every tab). How the patterns are found: regex literals come from each file's syntax tree
 * (lib-regexes.ts); patterns built with `new RegExp` at module level are recorded while every lib module is imported
 * with a recording RegExp; `new RegExp` inside a function must be listed in DYNAMIC with why it is safe.
 */

import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { type FoundLiteral, libFiles, nestedQuantifiers, ROOT, scanFile } from './lib-regexes';

/** `new RegExp` inside functions, by file: each pattern is checked where it is built. */
const DYNAMIC: Record<string, string> = {
  // A masked word list entry ("f**k") becomes `^f[a-z]{1,3}k$`: anchored, only bounded repetitions.
  'lib/analyzer/normalize.ts': 'anchored, bounded repetitions built from word-list masks',
};

/**
 * Nested repetitions that cannot backtrack, by file and pattern source: each is written here with why. Anything else
 * nested must be rewritten with bounded repetitions.
 */
const NESTED_OK = new Map<string, string>([
  // Nothing after the repeated group can fail (`\**` matches empty), so the first, greedy path always succeeds.
  [
    String.raw`lib/analyzer/tokens.ts (?:[*!'’$@]+[\p{L}\p{N}$@]+)*`,
    'never backtracks: the rest of the pattern cannot fail',
  ],
  // The separator [^A-Za-z] and the capitals [A-Z] are disjoint, so each text splits into repetitions one way only.
  [
    String.raw`lib/coach/rules.ts (?:[^A-Za-z]{1,4}[A-Z]{2,}\b){2,}`,
    'unambiguous: separator and word share no character',
  ],
]);

const KB100 = 100_000;
const repeat = (unit: string) => unit.repeat(Math.ceil(KB100 / unit.length)).slice(0, KB100);
/** One character, and alternating character classes, 100 KB each; `x` stands for a letter. */
const HOSTILE = [
  'a',
  ' ',
  '1',
  '@',
  '.',
  '-',
  '#',
  '{',
  '\n',
  '!',
  'A',
  '$',
  'a$',
  '*a',
  'a.',
  'a@',
  'a1',
  'a ',
  'a-',
  '1.',
  '1 ',
  'a.a@',
  '{{a',
  'a\n',
  'order ',
  'error: ',
  '"a',
  'ha ',
].map((unit) => ({ name: JSON.stringify(unit), text: repeat(unit) }));
/** Linear patterns read 100 KB in a few milliseconds; the quadratic email pattern took seconds. */
const BUDGET_MS = 250;

const files = libFiles();
const scans = files.map(scanFile);
const literals = scans.flatMap((s) => s.literals);
const constructors = scans.flatMap((s) => s.constructors);
const built: FoundLiteral[] = [];

beforeAll(async () => {
  const Native = globalThis.RegExp;
  const record = (made: RegExp) => {
    // The caller is the first frame outside this file; a library's own patterns (compromise's) are not lib/'s.
    const frame = new Error().stack
      ?.split('\n')
      .slice(1)
      .find((l) => !l.includes('lib-regexes.test.ts'));
    if (!frame?.includes(`${ROOT}/lib/`)) return made;
    const where = frame && /\/(lib\/[^:?]+)/.exec(frame);
    if (where?.[1]) built.push({ file: where[1], line: 0, regex: made });
    return made;
  };
  // A proxy, not a subclass: libraries also call RegExp without `new`.
  const Recording = new Proxy(Native, {
    construct: (target, args) => record(Reflect.construct(target, args)),
    apply: (target, _this, args) => record(Reflect.apply(target, undefined, args)),
  });
  vi.resetModules();
  globalThis.RegExp = Recording;
  try {
    for (const file of files) await import(pathToFileURL(join(ROOT, file)).href);
  } finally {
    globalThis.RegExp = Native;
  }
}, 60_000);
afterAll(() => vi.resetModules());

function costMs(regex: RegExp, text: string): number {
  const all = new RegExp(regex.source, regex.flags.includes('g') ? regex.flags : `${regex.flags}g`);
  const start = performance.now();
  for (const _ of text.matchAll(all)) {
    // Matching every occurrence, as replace() and matchAll() callers do.
  }
  return performance.now() - start;
}

describe('every regex in lib/', () => {
  test('the scan finds the patterns (a guard against a scanner that finds nothing)', () => {
    expect(literals.length).toBeGreaterThan(100);
    expect(constructors.length).toBeGreaterThan(3);
  });

  test('every `new RegExp` is either built at module load (and recorded) or listed with a reason', () => {
    const unlisted = constructors.filter((c) => !c.moduleLevel && !(c.file in DYNAMIC));
    expect(unlisted).toEqual([]);
    const unrecorded = constructors.filter((c) => c.moduleLevel && !built.some((b) => b.file === c.file));
    expect(unrecorded).toEqual([]);
  });

  test(`each reads 100 KB of hostile text within ${BUDGET_MS} ms`, { timeout: 600_000 }, () => {
    const slow: string[] = [];
    for (const { file, line, regex } of [...literals, ...built])
      for (const input of HOSTILE) {
        const ms = costMs(regex, input.text);
        if (ms > BUDGET_MS) slow.push(`${file}:${line} ${regex} on ${input.name}: ${Math.round(ms)} ms`);
      }
    expect(slow).toEqual([]);
  });

  test('no pattern nests an unbounded quantifier inside another, like (a+)+ or (\\w+\\s?)*', () => {
    const nested = [...literals, ...built].flatMap(({ file, line, regex }) =>
      nestedQuantifiers(regex.source)
        .filter((n) => !NESTED_OK.has(`${file} ${n}`))
        .map((n) => `${file}:${line} ${n}`),
    );
    expect([...new Set(nested)]).toEqual([]);
  });
});

describe('the nested-quantifier scanner', () => {
  test.each(['(a+)+', '(\\w+\\s?)*', '(?:x*){2,}', '((ab)+c)*', '(?:[a-z]+\\.)+'])('flags %s', (s) =>
    expect(nestedQuantifiers(s)).not.toEqual([]),
  );
  test.each(['(a{1,5})+', '(?:\\.[\\w-]{1,63}){1,6}', '[(a+)]+', '\\(a+\\)+', '(a+)?', '(ab)+'])(
    'passes %s',
    (s) => expect(nestedQuantifiers(s)).toEqual([]),
  );
});
