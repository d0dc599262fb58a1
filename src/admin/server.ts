// The admin listener: node:http (or node:https with optional mTLS) and a route table of a dozen fixed paths —
// small enough that a framework would add more than it saves. Every request: find the route (404/405), check
// the credential (401, with no body at all) and the role (403), run the handler; errors become a status and a
// safe message, never a stack. Access log lines carry the route, status and caller name, nothing from the
// request itself.
import http from 'node:http';
import https from 'node:https';
import type net from 'node:net';
import { listenerTlsOptions } from '../listener/tls-context.js';
import type { Logger } from '../observability/logger.js';
import { Authenticator } from './auth.js';
import { CertExpiry } from './cert-expiry.js';
import type { AdminConfig } from './config-schema.js';
import { HttpError, sendEmpty, sendJson } from './http.js';
import { can } from './roles.js';
import { routes, type Route } from './routes.js';
import { loadDashboard } from './static.js';
import type { ReloadFn } from './types.js';
import type { AdminGateway } from './views.js';

export interface AdminOptions {
  log: Logger;
  /** What `POST /reload` runs (the same function as SIGHUP); without it /reload answers 501. */
  reload?: ReloadFn;
}

const SERVER_OPTIONS: http.ServerOptions = { requestTimeout: 15_000, headersTimeout: 10_000, keepAliveTimeout: 5_000, maxHeaderSize: 16 * 1024 };
const MAX_CONNECTIONS = 256;

export class AdminServer {
  private readonly server: http.Server | https.Server;
  private readonly table = new Map<string, Map<string, Route>>();
  private readonly sockets = new Set<net.Socket>();
  private cfg: AdminConfig;
  private auth: Authenticator;
  private authFor: AdminConfig;

  private constructor(
    private readonly gw: AdminGateway,
    opts: AdminOptions,
    private readonly log: Logger,
  ) {
    const cfg = gw.config.admin;
    if (!cfg) throw new Error('the config has no admin section');
    this.cfg = cfg;
    this.authFor = cfg;
    this.auth = new Authenticator(cfg);
    for (const r of routes({ gw, assets: loadDashboard(), certs: new CertExpiry(gw.metrics, log), maxBody: () => this.cfg.max_body, reload: opts.reload })) {
      if (!this.table.has(r.path)) this.table.set(r.path, new Map());
      this.table.get(r.path)!.set(r.method, r);
    }
    const handler = (req: http.IncomingMessage, res: http.ServerResponse) => void this.handle(req, res);
    this.server = cfg.tls ? https.createServer({ ...SERVER_OPTIONS, ...listenerTlsOptions(cfg.tls) }, handler) : http.createServer(SERVER_OPTIONS, handler);
    this.server.maxConnections = MAX_CONNECTIONS;
    this.server.on('connection', (s: net.Socket) => {
      this.sockets.add(s);
      s.once('close', () => this.sockets.delete(s));
    });
    this.server.on('tlsClientError', (err: Error) => this.log.debug({ err }, 'admin TLS handshake failed'));
    this.server.on('clientError', (err: Error, socket: net.Socket) => {
      if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
      else socket.destroy();
      this.log.debug({ err }, 'malformed admin request');
    });
  }

  /** Listens on admin.host:admin.port. Warns about plain-text tokens and about having no credentials at all. */
  static async start(gw: AdminGateway, opts: AdminOptions): Promise<AdminServer> {
    const log = opts.log.child({ component: 'admin' });
    const a = new AdminServer(gw, opts, log);
    a.warnAboutTokens(a.cfg);
    await new Promise<void>((resolve, reject) => {
      a.server.once('error', reject);
      a.server.listen(a.cfg.port, a.cfg.host, () => {
        a.server.off('error', reject);
        resolve();
      });
    });
    a.server.on('error', (err) => log.error({ err }, 'admin listener error'));
    log.info({ host: a.cfg.host, port: a.port, tls: Boolean(a.cfg.tls) }, 'admin API listening');
    return a;
  }

  get port(): number {
    return (this.server.address() as net.AddressInfo | null)?.port ?? 0;
  }

  get url(): string {
    const host = this.cfg.host.includes(':') ? `[${this.cfg.host}]` : this.cfg.host;
    return `${this.cfg.tls ? 'https' : 'http'}://${host}:${this.port}`;
  }

  /** After a reload: new tokens and roles now, new TLS material for new connections; host/port need a restart. */
  refresh(): void {
    const next = this.gw.config.admin;
    if (!next) {
      this.log.warn('the admin section was removed; the admin API keeps its last settings until a restart');
      return;
    }
    if (next.host !== this.cfg.host || next.port !== this.cfg.port || Boolean(next.tls) !== Boolean(this.cfg.tls)) {
      this.log.warn('admin host, port or TLS on/off changed: takes effect after a restart');
    }
    if (next.tls && this.cfg.tls && 'setSecureContext' in this.server) {
      try {
        this.server.setSecureContext(listenerTlsOptions(next.tls));
      } catch (err) {
        this.log.error({ err }, 'admin TLS material could not be loaded; keeping the current certificate');
      }
    }
    this.warnAboutTokens(next);
    this.cfg = next;
    this.currentAuth();
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      // Keep-alive connections (a dashboard polling) would hold close() open.
      for (const s of this.sockets) s.destroy();
    });
  }

  private currentAuth(): Authenticator {
    // Tokens follow the running config, so a reload applies even to a caller that never saw refresh().
    const cfg = this.gw.config.admin;
    if (cfg && cfg !== this.authFor) {
      this.authFor = cfg;
      this.auth = new Authenticator(cfg);
    }
    return this.auth;
  }

  private warnAboutTokens(cfg: AdminConfig): void {
    const plain = Authenticator.plainTokenNames(cfg);
    if (plain.length) this.log.warn({ tokens: plain }, 'plain-text admin tokens in the config; store sha256:<hex> or an scrypt hash instead');
    if (!cfg.tokens.length && !cfg.mtls.length) this.log.warn('no admin tokens or mTLS identities: only /healthz and /readyz can be used');
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const started = performance.now();
    let route: Route | undefined;
    let actor: string | undefined;
    try {
      const url = new URL(req.url ?? '/', 'http://admin.invalid');
      const byMethod = this.table.get(url.pathname);
      if (!byMethod) throw new HttpError(404, 'not found');
      route = byMethod.get(req.method ?? '');
      if (!route) {
        res.setHeader('allow', [...byMethod.keys()].join(', '));
        throw new HttpError(405, 'method not allowed');
      }
      let who;
      if (route.need !== 'public') {
        const auth = await this.currentAuth().authenticate(req);
        if (!auth?.ok) {
          sendEmpty(res, 401, { 'www-authenticate': 'Bearer' });
          return;
        }
        who = auth.principal;
        actor = who.name;
        if (route.need !== 'any' && !can(who.role, route.need)) throw new HttpError(403, 'forbidden');
      }
      await route.handle({ req, res, url, who });
    } catch (err) {
      if (res.headersSent) {
        res.destroy();
      } else if (err instanceof HttpError) {
        if (err.status === 413) res.setHeader('connection', 'close');
        sendJson(res, err.status, { error: err.message, ...err.details });
      } else {
        this.log.error({ err, route: route?.path }, 'admin request failed');
        sendJson(res, 500, { error: 'internal error' });
      }
    } finally {
      this.log.debug(
        { method: req.method, route: route?.path ?? '(none)', status: res.statusCode, actor, ms: Math.round(performance.now() - started) },
        'admin request',
      );
    }
  }
}
