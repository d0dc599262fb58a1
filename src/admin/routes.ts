// The admin API, one line per endpoint: method, path, who may call it, what it does. `public` needs no
// credential (liveness, readiness without details, the dashboard's static files); `any` needs a valid one.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpError, readJson, send, sendJson, sendText } from './http.js';
import { sessionsView, statsView, upstreamsView, type AdminGateway } from './views.js';
import { recentAudit, MAX_RECENT } from './audit-recent.js';
import { policyTest } from './policy-test.js';
import { detokenize } from './detokenize.js';
import { DASHBOARD_CSP, type Asset } from './static.js';
import { permissionsOf, type Permission } from './roles.js';
import type { CertExpiry } from './cert-expiry.js';
import type { Principal, ReloadFn } from './types.js';

export interface Call {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  /** Set for every route that is not `public`. */
  who: Principal | undefined;
}

export interface Route {
  method: 'GET' | 'POST';
  path: string;
  need: Permission | 'public' | 'any';
  handle(call: Call): Promise<void> | void;
}

export interface RouteDeps {
  gw: AdminGateway;
  assets: ReadonlyMap<string, Asset>;
  certs: CertExpiry;
  maxBody: () => number;
  reload: ReloadFn | undefined;
}

const DEFAULT_RECENT = 50;

export function routes(d: RouteDeps): Route[] {
  const { gw } = d;
  const asset = (path: string): Route => ({
    method: 'GET',
    path,
    need: 'public',
    handle: ({ res }) => {
      const a = d.assets.get(path)!;
      send(res, 200, a.body, a.type, { 'content-security-policy': DASHBOARD_CSP });
    },
  });
  const body = (call: Call) => readJson(call.req, d.maxBody());
  const who = (call: Call) => call.who!;

  return [
    asset('/'),
    asset('/app.js'),
    asset('/chart.js'),
    asset('/style.css'),
    { method: 'GET', path: '/healthz', need: 'public', handle: ({ res }) => sendText(res, 200, 'ok\n') },
    {
      method: 'GET',
      path: '/readyz',
      need: 'public',
      handle: ({ res }) => (gw.ready ? sendText(res, 200, 'ready\n') : sendText(res, 503, 'not ready\n')),
    },
    {
      method: 'GET',
      path: '/metrics',
      need: 'view',
      handle: async ({ res }) => {
        await d.certs.refresh(gw.config);
        for (const c of gw.clusters.values()) {
          gw.metrics.upstreamInFlight.set({ upstream: c.name }, c.binds.reduce((n, b) => n + b.inFlight, 0));
        }
        send(res, 200, await gw.metrics.registry.metrics(), gw.metrics.registry.contentType);
      },
    },
    { method: 'GET', path: '/stats', need: 'view', handle: async ({ res }) => sendJson(res, 200, await statsView(gw)) },
    { method: 'GET', path: '/sessions', need: 'view', handle: ({ res }) => sendJson(res, 200, { sessions: sessionsView(gw) }) },
    { method: 'GET', path: '/upstreams', need: 'view', handle: ({ res }) => sendJson(res, 200, { upstreams: upstreamsView(gw) }) },
    {
      method: 'GET',
      path: '/audit/recent',
      need: 'view',
      handle: async ({ res, url }) => {
        const n = url.searchParams.has('n') ? Number(url.searchParams.get('n')) : DEFAULT_RECENT;
        if (!Number.isInteger(n) || n < 1 || n > MAX_RECENT) throw new HttpError(400, `n must be an integer from 1 to ${MAX_RECENT}`);
        sendJson(res, 200, { records: await recentAudit(gw.config.audit.path, n) });
      },
    },
    {
      method: 'GET',
      path: '/whoami',
      need: 'any',
      handle: (call) => {
        const p = who(call);
        sendJson(call.res, 200, { name: p.name, role: p.role, via: p.via, can: permissionsOf(p.role) });
      },
    },
    {
      method: 'POST',
      path: '/policy/test',
      need: 'operate',
      handle: async (call) => sendJson(call.res, 200, await policyTest(gw, await body(call))),
    },
    {
      method: 'POST',
      path: '/reload',
      need: 'operate',
      handle: async (call) => {
        if (!d.reload) throw new HttpError(501, 'reload is not available: the gateway was not started from a config file');
        const r = await d.reload({ name: who(call).name, via: who(call).via });
        if (r.ok) sendJson(call.res, 200, { ok: true });
        else sendJson(call.res, r.invalid ? 422 : 500, { ok: false, errors: r.errors });
      },
    },
    {
      method: 'POST',
      path: '/detokenize',
      need: 'detokenize',
      handle: async (call) =>
        sendJson(call.res, 200, await detokenize(gw, who(call), await body(call), call.req.socket.remoteAddress ?? '')),
    },
  ];
}
