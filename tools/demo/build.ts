/**
 * Bundles the demo pages (tools/demo/pages/) with esbuild once, cached in .cache/demo-pages/<hash>/ where the hash
 * covers the page sources and the lockfile, so later server starts (every e2e file starts one) reuse the output.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { build } from 'esbuild';

const ROOT = resolve(import.meta.dirname, '..', '..');
const PAGES = join(import.meta.dirname, 'pages');
const CACHE = join(ROOT, '.cache', 'demo-pages');

/** Entry points: output name → source. */
const ENTRIES: Record<string, string> = {
  zendesk: 'zendesk/main.ts',
  intercom: 'intercom/main.ts',
  'intercom-2026': 'intercom/main-2026.ts', // the app in an open shadow root
  'editor-ckeditor5': 'editors/ckeditor5.ts',
  'editor-prosemirror': 'editors/prosemirror.ts',
  'editor-draftjs': 'editors/draftjs.tsx',
  'editor-slate': 'editors/slate.tsx',
  'editor-textarea': 'editors/textarea.tsx',
};

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)],
  );
}

function sourceHash(): string {
  const hash = createHash('sha256');
  for (const file of [...listFiles(PAGES), join(ROOT, 'package-lock.json'), import.meta.filename].sort()) {
    hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/** Build the pages if their sources changed; returns the folder holding <entry>.js / <entry>.css and chunks/. */
export async function buildPages(opts: { force?: boolean; log?: (s: string) => void } = {}): Promise<string> {
  const out = join(CACHE, sourceHash());
  if (!opts.force && existsSync(join(out, '.done'))) return out;
  const started = Date.now();
  const tmp = `${out}.tmp-${process.pid}-${Date.now()}`;
  mkdirSync(tmp, { recursive: true });
  await build({
    entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, src]) => [name, join(PAGES, src)])),
    outdir: tmp,
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'chrome120',
    minify: true,
    sourcemap: false,
    legalComments: 'none',
    chunkNames: 'chunks/[name]-[hash]',
    jsx: 'automatic',
    loader: { '.svg': 'text' },
    // Draft.js (fbjs) reads process.env and global; React picks its production build.
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    logLevel: 'warning',
  });
  writeFileSync(join(tmp, '.done'), new Date().toISOString());
  if (opts.force) rmSync(out, { recursive: true, force: true });
  try {
    renameSync(tmp, out);
  } catch {
    // Another process finished the same build first: theirs is identical.
    rmSync(tmp, { recursive: true, force: true });
  }
  for (const old of readdirSync(CACHE)) {
    if (old !== basename(out) && !old.includes('.tmp-'))
      rmSync(join(CACHE, old), { recursive: true, force: true });
  }
  opts.log?.(`demo pages built in ${Date.now() - started} ms → ${relative(ROOT, out)}`);
  return out;
}
