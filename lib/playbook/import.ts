/**
 * Import and export of the agent's playbook as JSON. Parsing is pure and all-or-nothing: the caller saves only on
 * `ok`, so an invalid file leaves the current playbook untouched (design.md, What bad input gets).
 */
import * as v from 'valibot';
import { type Phrase, PhraseSchema } from './schema';

export type PlaybookImport = { ok: true; playbook: Phrase[] } | { ok: false; errors: string[] };

/** Large enough for any real playbook, small enough that a wrong file is refused before it is parsed. */
const MAX_CHARS = 1_000_000;
const MAX_PHRASES = 2000;
/** The reasons listed for one file; the rest are counted. */
const MAX_ERRORS = 20;

/** Parse an exported playbook: `{"version": 1, "phrases": [...]}` or a bare array of phrases. */
export function parsePlaybookImport(json: string): PlaybookImport {
  if (json.length > MAX_CHARS) return fail([`file is too large (over ${MAX_CHARS} characters)`]);
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return fail([`not valid JSON: ${error instanceof Error ? error.message : String(error)}`]);
  }
  const list = Array.isArray(data) ? data : isRecord(data) ? data.phrases : undefined;
  if (!Array.isArray(list)) return fail(['expected a list of phrases, or an object with a "phrases" list']);
  if (isRecord(data) && data.version !== undefined && data.version !== 1)
    return fail([`version ${String(data.version)} is not supported (expected 1)`]);
  if (list.length > MAX_PHRASES) return fail([`too many phrases: ${list.length} (at most ${MAX_PHRASES})`]);

  const errors: string[] = [];
  const phrases: Phrase[] = [];
  const seen = new Set<string>();
  list.forEach((item, i) => {
    const where = `phrases[${i}]${isRecord(item) && typeof item.id === 'string' ? ` (${item.id})` : ''}`;
    const parsed = v.safeParse(PhraseSchema, item);
    if (!parsed.success) {
      for (const issue of parsed.issues) errors.push(`${where}${pathOf(issue)}: ${issue.message}`);
      return;
    }
    if (seen.has(parsed.output.id)) errors.push(`${where}.id: "${parsed.output.id}" is used twice`);
    seen.add(parsed.output.id);
    // Whatever the file says, imported phrases become the agent's own.
    phrases.push({ ...parsed.output, source: 'agent' });
  });
  if (errors.length > 0) return fail(errors);
  return { ok: true, playbook: phrases };
}

/** The export file's text, in the format parsePlaybookImport reads back. */
export function exportPlaybook(phrases: readonly Phrase[]): string {
  return `${JSON.stringify({ version: 1, phrases }, null, 2)}\n`;
}

function fail(errors: string[]): PlaybookImport {
  const shown = errors.slice(0, MAX_ERRORS);
  if (errors.length > MAX_ERRORS) shown.push(`…and ${errors.length - MAX_ERRORS} more problems`);
  return { ok: false, errors: shown };
}

function pathOf(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? [])
    .map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
    .join('');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
