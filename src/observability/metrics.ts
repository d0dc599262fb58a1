// Prometheus metrics (prom-client) in one registry per gateway, so tests can run several gateways.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export class Metrics {
  readonly registry = new Registry();
  readonly pdus = new Counter({
    name: 'phiwall_pdus_total',
    help: 'PDUs handled, by direction, command and command_status',
    labelNames: ['direction', 'command', 'status'] as const,
    registers: [this.registry],
  });
  readonly decisions = new Counter({
    name: 'phiwall_decisions_total',
    help: 'Inspection decisions by action',
    labelNames: ['action', 'policy'] as const,
    registers: [this.registry],
  });
  readonly findings = new Counter({
    name: 'phiwall_findings_total',
    help: 'Findings by category',
    labelNames: ['category'] as const,
    registers: [this.registry],
  });
  readonly inspectSeconds = new Histogram({
    name: 'phiwall_inspection_seconds',
    help: 'Time to inspect one message (decode, detect, policy)',
    buckets: [0.00002, 0.00005, 0.0001, 0.0002, 0.0005, 0.001, 0.005, 0.02, 0.1],
    registers: [this.registry],
  });
  readonly relaySeconds = new Histogram({
    name: 'phiwall_relay_seconds',
    help: 'Client request to client response, through inspection, audit and the carrier',
    labelNames: ['command'] as const,
    buckets: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 1, 5],
    registers: [this.registry],
  });
  readonly clientBinds = new Gauge({
    name: 'phiwall_client_binds',
    help: 'Bound client sessions',
    labelNames: ['system_id'] as const,
    registers: [this.registry],
  });
  readonly upstreamBound = new Gauge({
    name: 'phiwall_upstream_binds_bound',
    help: 'Bound carrier binds per upstream',
    labelNames: ['upstream'] as const,
    registers: [this.registry],
  });
  readonly upstreamInFlight = new Gauge({
    name: 'phiwall_upstream_window_in_use',
    help: 'Requests in flight to the carrier per upstream',
    labelNames: ['upstream'] as const,
    registers: [this.registry],
  });
  readonly reassemblyBuffers = new Gauge({
    name: 'phiwall_reassembly_buffers',
    help: 'Concatenated messages waiting for their remaining parts',
    registers: [this.registry],
  });
  readonly storeErrors = new Counter({
    name: 'phiwall_store_errors_total',
    help: 'Store (Redis or memory) operation errors',
    labelNames: ['store'] as const,
    registers: [this.registry],
  });
  /** Set by the gateway: how to read the store's health at scrape time. */
  storeHealth: (() => { connected: boolean; connectionErrors: number; failedOps: number } | undefined) | undefined;
  readonly storeConnected: Gauge = new Gauge({
    name: 'phiwall_store_connected',
    help: '1 when the shared store (Redis) is connected, or when stores are in memory',
    registers: [this.registry],
    collect: (): void => {
      const h = this.storeHealth?.();
      this.storeConnected.set(h ? (h.connected ? 1 : 0) : 1);
    },
  });
  readonly storeConnectionErrors: Gauge = new Gauge({
    name: 'phiwall_store_connection_errors',
    help: 'Redis connection errors since start (the client reconnects by itself)',
    registers: [this.registry],
    collect: (): void => this.storeConnectionErrors.set(this.storeHealth?.()?.connectionErrors ?? 0),
  });
  readonly storeFailedOps: Gauge = new Gauge({
    name: 'phiwall_store_failed_operations',
    help: 'Store operations that failed since start',
    registers: [this.registry],
    collect: (): void => this.storeFailedOps.set(this.storeHealth?.()?.failedOps ?? 0),
  });
  readonly auditErrors = new Counter({
    name: 'phiwall_audit_errors_total',
    help: 'Audit trail write failures',
    registers: [this.registry],
  });
  readonly certExpiryDays = new Gauge({
    name: 'phiwall_certificate_expiry_days',
    help: 'Days until a configured certificate expires',
    labelNames: ['certificate'] as const,
    registers: [this.registry],
  });

  constructor(opts: { defaults?: boolean } = {}) {
    if (opts.defaults) collectDefaultMetrics({ register: this.registry, prefix: 'phiwall_' });
  }

  // prom-client hashes a label object on every call; the hot path counts through cached children instead.
  private readonly children = new Map<string, { inc(n?: number): void; observe?(v: number): void }>();

  private child<T extends { inc(n?: number): void }>(key: string, make: () => T): T {
    let c = this.children.get(key) as T | undefined;
    if (!c) {
      c = make();
      this.children.set(key, c);
    }
    return c;
  }

  countPdu(direction: string, command: string, status = ''): void {
    this.child(`p|${direction}|${command}|${status}`, () => this.pdus.labels(direction, command, status)).inc();
  }

  countDecision(action: string, policy: string): void {
    this.child(`d|${action}|${policy}`, () => this.decisions.labels(action, policy)).inc();
  }

  countFinding(category: string, n: number): void {
    this.child(`f|${category}`, () => this.findings.labels(category)).inc(n);
  }

  observeRelay(command: string, seconds: number): void {
    let h = this.relayChildren.get(command);
    if (!h) this.relayChildren.set(command, (h = this.relaySeconds.labels(command)));
    h.observe(seconds);
  }

  private readonly relayChildren = new Map<string, { observe(v: number): void }>();
}
