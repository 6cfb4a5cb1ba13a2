/**
 * The demo helpdesk: a Zendesk-like and an Intercom-like page with the real editor libraries, plus one test page per
 * editor, served on 127.0.0.1 only. https (throwaway certificate) and plain http serve the same routes; the demo's
 * URLs are https, as Poise's built-in hosts are (plain http shows that Poise stays off there). The browser reaches
 * them under the real host names through --host-resolver-rules (tools/browser/chromium.ts).
 *   npx tsx tools/demo/server.ts [--port N] [--https-port N]
 */
import { readFileSync } from 'node:fs';
import {
  createServer as createHttp,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttps } from 'node:https';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildPages } from './build';
import { throwawayCertificate } from './cert';
import { type PageSpec, pageHtml } from './html';
import { loadDemoData } from './transcripts';

export interface DemoServerOptions {
  /** Plain http port (the same routes, where Poise's built-in content script does not run); 0 = any free port. */
  port?: number;
  /** https port (every demo URL); 0 = any free port. */
  httpsPort?: number;
  host?: '127.0.0.1';
}

export interface DemoServer {
  httpPort: number;
  httpsPort: number;
  /** intercom2026: the 2026 inbox, its app in an open shadow root (same host and path shape, app id demo-2026). */
  urls: { zendesk: string; intercom: string; intercom2026: string; editors: string };
  close(): Promise<void>;
}

export const EDITOR_KINDS = ['ckeditor5', 'prosemirror', 'draftjs', 'slate', 'textarea'] as const;
const ZENDESK_HOST = 'demo.zendesk.com';
const INTERCOM_HOST = 'app.intercom.com';
/** The demo workspace whose inbox is the 2026 generation (real Intercom serves both under the same paths). */
export const INTERCOM_2026_APP = 'demo-2026';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Start both servers; resolves once they listen. */
export async function startDemoServer(opts: DemoServerOptions = {}): Promise<DemoServer> {
  const host = opts.host ?? '127.0.0.1';
  const assets = await buildPages({ log: (s) => process.env.POISE_DEMO_VERBOSE && console.log(s) });
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    try {
      route(req, res, assets);
    } catch (err) {
      send(res, 500, 'text/plain; charset=utf-8', `demo server error: ${String(err)}`);
    }
  };
  const http = createHttp(handler);
  const https = createHttps(throwawayCertificate(), handler);
  const httpPort = await listen(http, opts.port ?? 0, host);
  const httpsPort = await listen(https, opts.httpsPort ?? 0, host);
  return {
    httpPort,
    httpsPort,
    urls: {
      zendesk: `https://${ZENDESK_HOST}:${httpsPort}/agent/tickets/1042`,
      intercom: `https://${INTERCOM_HOST}:${httpsPort}/a/inbox/demo/inbox/shared/all/conversation/7001`,
      intercom2026: `https://${INTERCOM_HOST}:${httpsPort}/a/inbox/${INTERCOM_2026_APP}/inbox/shared/all/conversation/7001`,
      editors: `https://${ZENDESK_HOST}:${httpsPort}/agent/editors`,
    },
    async close() {
      await Promise.all([stop(http), stop(https)]);
    },
  };
}

function route(req: IncomingMessage, res: ServerResponse, assets: string): void {
  const path = new URL(req.url ?? '/', 'http://demo.invalid').pathname;
  const page = pageFor(path);
  if (req.method !== 'GET' && req.method !== 'HEAD') send(res, 405, 'text/plain', 'GET only');
  else if (path.startsWith('/assets/')) sendAsset(res, assets, path.slice('/assets/'.length));
  else if (page) send(res, 200, 'text/html; charset=utf-8', pageHtml(page, loadDemoData()));
  else if (path === '/' || path === '/agent' || path === '/agent/') {
    send(res, 200, 'text/html; charset=utf-8', pageHtml({ entry: 'index', title: 'Demo helpdesk' }, null));
  } else send(res, 404, 'text/plain; charset=utf-8', 'Not found');
}

/** Which page a path shows, whatever the host (both servers serve every route). */
export function pageFor(path: string): PageSpec | null {
  if (/^\/agent\/tickets\/\d+\/?$/.test(path)) return { entry: 'zendesk', title: 'Agent Workspace' };
  const inbox = /^\/a\/inbox\/([\w-]+)\/inbox(\/.*)?$/.exec(path);
  if (inbox) {
    const entry = inbox[1] === INTERCOM_2026_APP ? 'intercom-2026' : 'intercom';
    return { entry, title: 'Inbox | Intercom' };
  }
  const editor = /^(?:\/agent)?\/editors\/([\w-]+)\/?$/.exec(path)?.[1];
  if (editor && (EDITOR_KINDS as readonly string[]).includes(editor)) {
    return { entry: `editor-${editor}`, title: `Editor test page: ${editor}` };
  }
  return null;
}

function sendAsset(res: ServerResponse, root: string, rel: string): void {
  const file = normalize(join(root, decodeURIComponent(rel)));
  const type = TYPES[extname(file)];
  let body: Buffer | null = null;
  try {
    if (file.startsWith(root + sep) && type) body = readFileSync(file);
  } catch {
    // missing file: 404 below
  }
  if (body && type) send(res, 200, type, body);
  else send(res, 404, 'text/plain', 'Not found');
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}

function stop(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? Number(process.argv[i + 1]) : 0;
  };
  const server = await startDemoServer({ port: arg('--port'), httpsPort: arg('--https-port') });
  const { urls } = server;
  console.log(`Demo helpdesk on 127.0.0.1 (http ${server.httpPort}, https ${server.httpsPort})
  Zendesk-like:  ${urls.zendesk}
  Intercom-like: ${urls.intercom}
  Intercom 2026: ${urls.intercom2026} (app in a shadow root)
  Editors:       ${EDITOR_KINDS.map((k) => `${urls.editors}/${k}`).join('\n                 ')}
Open them in a browser started with:
  --host-resolver-rules="MAP *.zendesk.com 127.0.0.1,MAP *.intercom.com 127.0.0.1" --ignore-certificate-errors
Query: ?script=escalation&speed=4000&autoplay=1|0   Ctrl+C to stop.`);
  process.on('SIGINT', () => server.close().then(() => process.exit(0)));
}
