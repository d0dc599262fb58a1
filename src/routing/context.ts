// What the routing code needs from the gateway, as one object built in main.ts. Getters read the current
// (reloadable) configuration each time, so a reload applies to existing sessions' next message.
import type { ClientConfig, Config } from '../config/schema.js';
import type { Logger } from '../observability/logger.js';
import type { Inspector } from '../inspection/pipeline.js';
import type { IdMap } from './id-map.js';
import type { MessageIdGenerator } from './message-ids.js';
import type { UpstreamCluster } from './upstream-cluster.js';
import type { Route } from './route.js';
import type { Router } from './router.js';
import type { Metrics } from '../observability/metrics.js';
import type { Outcome } from '../audit/outcomes.js';

export interface AuditSink {
  /** Resolves once the record is durable; rejects when the trail cannot be written. */
  record(rec: Record<string, unknown>): Promise<void>;
  /** Same trail, not awaited (receipts, replies, refusals). */
  recordLater(rec: Record<string, unknown>): void;
  /** What the carrier answered for a forwarded message; gathered into batched `outcomes` records. */
  outcome(o: Outcome): void;
  /** Keyed hash + last 4 digits: correlate without storing the number. */
  destination(address: string): { hash: string; last4: string };
  /** Keyed hash of content bytes. */
  content(bytes: Buffer): string;
  readonly healthy: boolean;
  /** true: refuse traffic when the trail cannot be written. */
  readonly failClosed: boolean;
}

export interface GatewayContext {
  readonly log: Logger;
  config(): Readonly<Config>;
  client(systemId: string): ClientConfig | undefined;
  cluster(name: string): UpstreamCluster | undefined;
  /** An upstream or an upstream group, by name (what clients[].upstream names). */
  route(name: string): Route | undefined;
  readonly idMap: IdMap;
  readonly ids: MessageIdGenerator;
  readonly inspector: Inspector;
  readonly audit: AuditSink;
  readonly router: Router;
  /** Sends a deliver_sm to a client wherever it is bound (or queues it until it binds); resolves with its status. */
  deliver(systemId: string, frame: Buffer): Promise<number>;
  readonly metrics: Metrics;
}
