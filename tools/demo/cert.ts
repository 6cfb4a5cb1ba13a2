import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A throwaway self-signed certificate for the demo's helpdesk hosts (any *.zendesk.com and the Intercom hosts), made with openssl at each server start and never written
 * anywhere but a temp dir that is removed at once. Only a test browser started with --ignore-certificate-errors
 * accepts it. Poise's built-in content script runs on https only (lib/sites/built-in-hosts.ts), and Chromium forces
 * https on app.intercom.com anyway (HSTS preload list).
 */
export function throwawayCertificate(): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'poise-demo-cert-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-subj',
        '/CN=app.intercom.com',
        '-addext',
        'subjectAltName=DNS:*.zendesk.com,DNS:app.intercom.com,DNS:app.eu.intercom.com,DNS:app.au.intercom.com,DNS:localhost,IP:127.0.0.1',
        '-days',
        '2',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    return {
      key: readFileSync(join(dir, 'key.pem'), 'utf8'),
      cert: readFileSync(join(dir, 'cert.pem'), 'utf8'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
