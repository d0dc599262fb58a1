// The gateway, assembled: stores → audit → inspection → upstream clusters → router → listeners.
// `Gateway.start` is what `phiwall start` and the tests call; `stop` drains; `reload` swaps the config
// without dropping binds.
import type net from 'node:net';
import type { Config, ClientConfig, ListenerConfig } from './config/schema.js';
import { createLogger, type Logger } from './observability/logger.js';
import { Metrics } from './observability/metrics.js';
import { Listener } from './listener/listener.js';
import { BindThrottle } from './listener/bind-throttle.js';
import { AddressList } from './listener/address-list.js';
import { identityMatches, upstreamTlsOptions } from './listener/tls-context.js';
import { SmppConnection } from './session/connection.js';
import { ClientSession, type AuthResult, type PeerInfo } from './session/client-session.js';
import { verifyPassword } from './session/credentials.js';
import type { BindFields } from './codec/pdu.js';
import { Status, statusName } from './codec/status.js';
import { UpstreamCluster } from './routing/upstream-cluster.js';
import { UpstreamGroup, type Route } from './routing/route.js';
import { Router } from './routing/router.js';
import { Relay } from './routing/relay.js';
import { Deliverer } from './routing/deliver.js';
import { IdMap } from './routing/id-map.js';
import { MessageIdGenerator } from './routing/message-ids.js';
import type { AuditSink, GatewayContext } from './routing/context.js';
import type { KvStore } from './store/types.js';
import type { QueueStore } from './store/queue.js';
import type { RateStore } from './store/rate.js';
import { createKvStore, createQueueStore, createRateStore } from './store/create.js';
import { DeliveryQueue } from './routing/delivery/delivery-queue.js';
import { deliveryMetrics } from './routing/delivery/metrics.js';
import { TokenBucket, type RateLimiter } from './routing/rate-limit.js';
import { SharedRateLimiter } from './routing/rate-limit-redis.js';
import { ClientRateLimits } from './routing/rate-limit-clients.js';
import { createInspector, type GatewayInspector } from './inspection/inspector.js';
import { openAudit, type AuditHandle } from './audit/open.js';

/** What several instances share through Redis (queues in memory, limits per process, without it). */
interface SharedStores {
  queue: QueueStore;
  rates: RateStore | undefined;
}

export interface GatewayOptions {
  log?: Logger;
  env?: NodeJS.ProcessEnv;
}

export class Gateway {
  readonly metrics = new Metrics();
  readonly router = new Router();
  readonly listeners: Listener[] = [];
  readonly clusters = new Map<string, UpstreamCluster>();
  private groups = new Map<string, UpstreamGroup>();
  readonly sessions = new Set<ClientSession>();
  private cfg: Readonly<Config>;
  private clientsById = new Map<string, ClientConfig>();
  private readonly throttle: BindThrottle;
  private readonly relay: Relay;
  private readonly deliverer: Deliverer;
  readonly delivery: DeliveryQueue;
  private readonly clientLimits: ClientRateLimits;
  private readonly ctx: GatewayContext;
  private stopping = false;

  private constructor(
    cfg: Readonly<Config>,
    readonly log: Logger,
    private readonly kv: KvStore,
    private readonly audit: AuditHandle,
    readonly inspector: GatewayInspector,
    private readonly shared: SharedStores,
  ) {
    this.cfg = cfg;
    this.indexClients(cfg);
    this.throttle = new BindThrottle(cfg.session.failed_binds_per_minute);
    const self = this;
    this.ctx = {
      log,
      config: () => self.cfg,
      client: (id) => self.clientsById.get(id),
      cluster: (name) => self.clusters.get(name),
      route: (name): Route | undefined => self.groups.get(name) ?? self.clusters.get(name),
      idMap: new IdMap(kv, cfg.ids.ttl),
      ids: new MessageIdGenerator(),
      inspector,
      audit: audit.sink,
      router: this.router,
      metrics: this.metrics,
      deliver: (systemId, frame) => self.delivery.deliver(systemId, frame),
    };
    this.relay = new Relay(this.ctx);
    const d = cfg.delivery;
    this.delivery = new DeliveryQueue({
      store: shared.queue,
      router: this.router,
      log,
      metrics: deliveryMetrics(this.metrics.registry),
      batch: d.batch,
      // Never take over an entry whose client may still answer (it has response_timeout to do so).
      claimIdleMs: Math.max(d.claim_idle, 2 * cfg.session.response_timeout),
      pollMs: d.poll,
      onRefused: (client, status) => audit.sink.recordLater({ type: 'delivery', client, routed: false, reason: 'refused by client', status: statusName(status) }),
    });
    this.deliverer = new Deliverer(this.ctx, this.delivery);
    this.clientLimits = new ClientRateLimits((c) => this.limiter('c', c.system_id, c.tps, this.cfg.session.window * c.max_binds));
  }

  static async start(cfg: Readonly<Config>, opts: GatewayOptions = {}): Promise<Gateway> {
    const log = opts.log ?? createLogger({ level: cfg.log.level });
    warnAboutPlainPasswords(cfg, log);
    const redis = cfg.redis;
    const prefix = redis?.prefix ?? 'phiwall:';
    const kv = await createKvStore({ ...(redis ? { redis } : {}), prefix: `${prefix}ids:`, maxEntries: cfg.ids.max_entries, log });
    const audit = await openAudit(cfg, opts.env ?? process.env, log);
    const inspector = await createInspector(cfg, { log, env: opts.env ?? process.env, ...(redis ? { redis } : {}) });
    const d = cfg.delivery;
    const shared: SharedStores = {
      queue: await createQueueStore({ redis, prefix, log, limits: { maxPerClient: d.max_per_client, ttlMs: d.ttl }, maxTotal: d.max_total }),
      rates: await createRateStore({ redis, prefix, log }),
    };
    const gw = new Gateway(cfg, log, kv, audit, inspector, shared);
    gw.metrics.storeHealth = () => (kv.kind === 'redis' ? kv.health : undefined);
    try {
      for (const u of cfg.upstreams) gw.addCluster(u);
      gw.buildGroups(cfg);
      for (const l of cfg.listeners) {
        const listener = new Listener(l, { accept: (s, p, c) => gw.accept(s, p, c), hasRoom: () => gw.sessions.size < gw.cfg.session.max_connections }, log);
        await listener.listen();
        gw.listeners.push(listener);
      }
    } catch (err) {
      await gw.stop();
      throw err;
    }
    return gw;
  }

  get config(): Readonly<Config> {
    return this.cfg;
  }

  /** The port each listener is bound to (tests listen on port 0). */
  ports(): Record<string, number> {
    return Object.fromEntries(this.listeners.map((l) => [l.name, l.port]));
  }

  get auditSink(): AuditSink {
    return this.audit.sink;
  }

  get reassemblyPending(): number {
    return this.relay.concat.pending;
  }

  /** Ready when every upstream has at least one bound bind. */
  get ready(): boolean {
    return [...this.clusters.values()].every((c) => c.boundCount > 0);
  }

  /** Applies a validated new config: clients, policies, certificates, upstreams; existing binds stay up. */
  async reload(next: Readonly<Config>): Promise<void> {
    await this.inspector.reload(next);
    this.cfg = next;
    this.indexClients(next);
    this.clientLimits.update(next.clients);
    this.throttle.setLimit(next.session.failed_binds_per_minute);
    for (const l of this.listeners) {
      const lc = next.listeners.find((x) => x.name === l.name);
      if (lc) l.update(lc);
    }
    for (const u of next.upstreams) {
      const c = this.clusters.get(u.name);
      if (c) await c.update(u);
      else this.addCluster(u);
    }
    for (const [name, c] of this.clusters) {
      if (!next.upstreams.some((u) => u.name === name)) {
        this.clusters.delete(name);
        await c.stop();
      }
    }
    this.buildGroups(next);
    // Sessions of clients that no longer exist are unbound; everyone else keeps their bind.
    for (const s of this.sessions) if (s.systemId && !this.clientsById.has(s.systemId)) void s.unbind();
    this.log.info('configuration reloaded');
  }

  /** SIGTERM: stop accepting, unbind clients and carriers, wait (bounded) for responses in flight. */
  async stop(timeoutMs = 5000): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    for (const l of this.listeners) l.close();
    const deadline = Date.now() + timeoutMs;
    while ([...this.sessions].some((s) => s.requestsInFlight > 0) && Date.now() < deadline) await sleep(20);
    this.relay.concat.drain();
    await Promise.all([...this.sessions].map((s) => s.unbind(Math.max(100, deadline - Date.now()))));
    for (const l of this.listeners) for (const s of l.sockets) s.destroy();
    await Promise.all([...this.clusters.values()].map((c) => c.stop()));
    await this.delivery.close();
    await this.shared.rates?.close();
    await this.audit.close();
    await this.inspector.close();
    await this.kv.close();
    this.log.info('stopped');
  }

  private addCluster(u: Config['upstreams'][number]): void {
    const tls = u.tls ? { options: () => upstreamTlsOptions(u.tls as Exclude<typeof u.tls, false>) } : undefined;
    const cluster = new UpstreamCluster(
      u,
      tls,
      {
        onRequest: (bind, h, f) => this.deliverer.handle(bind, h, f),
        onStateChange: (bind, state) => {
          this.metrics.upstreamBound.set({ upstream: bind.upstream }, this.clusters.get(bind.upstream)?.boundCount ?? 0);
          this.log.info({ upstream: bind.upstream, bind: bind.index, state }, 'upstream state');
        },
      },
      this.log,
      this.cfg.session.max_pdu,
      this.limiter('u', u.name, u.tps, u.queue * u.binds),
    );
    this.clusters.set(u.name, cluster);
    cluster.start();
  }

  private buildGroups(cfg: Readonly<Config>): void {
    this.groups = new Map(
      cfg.upstream_groups.map((g) => [
        g.name,
        new UpstreamGroup(
          g.name,
          g.members.map((m) => ({ cluster: this.clusters.get(m.upstream)!, priority: m.priority, weight: m.weight })),
        ),
      ]),
    );
  }

  /** A TPS limit: shared by every instance when Redis is configured, this process's own otherwise. */
  private limiter(kind: 'c' | 'u', name: string, rate: number, maxWaiters: number): RateLimiter {
    const rates = this.shared.rates;
    return rates ? new SharedRateLimiter(rates, kind, name, rate, maxWaiters, this.log) : new TokenBucket(rate, maxWaiters);
  }

  private indexClients(cfg: Readonly<Config>): void {
    this.clientsById = new Map(cfg.clients.map((c) => [c.system_id, c]));
  }

  private accept(socket: net.Socket, peer: PeerInfo, lc: ListenerConfig): void {
    const s = this.cfg.session;
    const connection = new SmppConnection(socket, {
      maxPdu: s.max_pdu,
      responseTimeoutMs: s.response_timeout,
      enquireLinkIntervalMs: s.enquire_link_interval,
      log: this.log,
    });
    const session = new ClientSession(
      connection,
      peer,
      {
        authenticate: (bind, p) => this.authenticate(bind, p),
        bound: (sess) => {
          this.router.add(sess);
          this.metrics.clientBinds.set({ system_id: sess.systemId! }, this.router.count(sess.systemId!));
          this.delivery.sessionBound(sess);
        },
        closed: (sess) => {
          this.sessions.delete(sess);
          this.router.remove(sess);
          if (sess.systemId) this.metrics.clientBinds.set({ system_id: sess.systemId }, this.router.count(sess.systemId));
          this.delivery.sessionClosed(sess);
        },
        request: (sess, h, f) => this.clientLimits.gate(sess, this.clientsById.get(sess.systemId ?? ''), h, () => this.relay.handle(sess, h, f)),
      },
      { bindTimeoutMs: lc.bind_timeout, window: s.window, inactivityTimeoutMs: s.inactivity_timeout, smscSystemId: 'phiwall', log: this.log },
    );
    this.sessions.add(session);
  }

  private async authenticate(bind: BindFields, peer: PeerInfo): Promise<AuthResult> {
    const address = peer.address;
    if (!this.throttle.blocked(address)) {
      // One password check at a time per address: a burst of guesses meets the throttle after `limit` of them
      // instead of running a password hash each (they share the thread pool the audit writes need).
      const result = await this.inTurn(address, () => (this.throttle.blocked(address) ? undefined : this.checkBind(bind, peer)));
      if (result) return result;
    }
    // Slow down whoever is guessing: answer late, and without checking anything.
    await sleep(1000);
    return { ok: false, status: Status.ESME_RBINDFAIL, reason: 'too many failed binds from this address' };
  }

  private readonly authTurns = new Map<string, Promise<unknown>>();

  /** Runs `fn` after the previous call for the same key has finished. */
  private inTurn<T>(key: string, fn: () => Promise<T> | T): Promise<T> {
    const run = (this.authTurns.get(key) ?? Promise.resolve()).then(fn);
    const tail = run.catch(() => undefined);
    this.authTurns.set(key, tail);
    void tail.then(() => {
      if (this.authTurns.get(key) === tail) this.authTurns.delete(key);
    });
    return run;
  }

  private async checkBind(bind: BindFields, peer: PeerInfo): Promise<AuthResult> {
    const client = this.clientsById.get(bind.system_id);
    const fail = (status: number, reason: string): AuthResult => {
      this.throttle.fail(peer.address);
      return { ok: false, status, reason };
    };
    if (!client) {
      // Spend the same time as a password check so unknown ids cannot be told apart by timing.
      await verifyPassword('scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=', bind.password).catch(() => false);
      return fail(Status.ESME_RINVSYSID, 'unknown system_id');
    }
    if (!(await verifyPassword(client.password, bind.password))) return fail(Status.ESME_RINVPASWD, 'wrong password');
    if (!new AddressList(client.allow).allows(peer.address)) return fail(Status.ESME_RBINDFAIL, 'address not allowed for this client');
    if (client.require_client_cert && !peer.certIdentities) return fail(Status.ESME_RBINDFAIL, 'client certificate required');
    if (peer.certIdentities && !identityMatches(peer.certIdentities, client.tls_identity ?? client.system_id)) {
      return fail(Status.ESME_RBINDFAIL, 'client certificate does not match the client');
    }
    if (this.router.count(client.system_id) >= client.max_binds) return fail(Status.ESME_RBINDFAIL, 'too many binds for this client');
    this.throttle.succeed(peer.address);
    return { ok: true, client };
  }
}

function warnAboutPlainPasswords(cfg: Readonly<Config>, log: Logger): void {
  const plain = cfg.clients.filter((c) => !c.password.startsWith('scrypt$')).map((c) => c.system_id);
  if (plain.length) log.warn({ clients: plain }, 'plain-text client passwords in the config; use `phiwall hash-password` for production');
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
