// The dashboard's files (plain HTML, JS and CSS under src/admin/dashboard/, no build step), read once at
// start-up and served from memory. They hold no data: every number on the page comes from the API, with the
// caller's token, so the files themselves are served without one.
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface Asset {
  body: Buffer;
  type: string;
}

const FILES: Record<string, [file: string, type: string]> = {
  '/': ['index.html', 'text/html; charset=utf-8'],
  '/app.js': ['app.js', 'text/javascript; charset=utf-8'],
  '/chart.js': ['chart.js', 'text/javascript; charset=utf-8'],
  '/style.css': ['style.css', 'text/css; charset=utf-8'],
};

/** Scripts from this origin only, no inline code, no framing, API calls to this origin only. */
export const DASHBOARD_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; " +
  "form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

function dashboardDir(): string {
  // Compiled code runs from dist/src/admin/; the files stay in src/admin/dashboard/.
  for (const rel of ['./dashboard/', '../../../src/admin/dashboard/']) {
    const dir = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(dir + 'index.html')) return dir;
  }
  throw new Error('dashboard files not found (src/admin/dashboard/)');
}

export function loadDashboard(): Map<string, Asset> {
  const dir = dashboardDir();
  return new Map(Object.entries(FILES).map(([path, [file, type]]) => [path, { body: readFileSync(dir + file), type }]));
}
