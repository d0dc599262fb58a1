// The one place an ioredis client is made: a single server (URL), a Sentinel-managed master, or a Cluster.
// Every client gets the same fail-fast settings (see redis-kv-store.ts): no offline queue, no resend of
// commands in flight, a per-command timeout, and reconnection forever with a capped backoff.
import { Cluster, Redis, type ClusterOptions, type RedisOptions } from 'ioredis';
import type tls from 'node:tls';
import { upstreamTlsOptions } from '../../listener/tls-context.js';
import { redactRedisUrl } from './redact-url.js';

export interface RedisHostPort {
  host: string;
  port: number;
}

/** What `redis:` in the config says about where Redis is (exactly one of url, sentinels or cluster). */
export interface RedisConnection {
  url?: string | undefined;
  /** Sentinel: the sentinels to ask, and the master `name` they know. */
  sentinels?: readonly RedisHostPort[] | undefined;
  name?: string | undefined;
  /** Cluster: seed nodes (the rest are discovered). */
  cluster?: readonly RedisHostPort[] | undefined;
  username?: string | undefined;
  password?: string | undefined;
  sentinel_password?: string | undefined;
  /** true: TLS with the system CAs; an object: CA, client certificate, servername (file paths). */
  tls?: boolean | RedisTlsFiles | undefined;
}

export interface RedisTlsFiles {
  ca?: string | undefined;
  cert?: string | undefined;
  key?: string | undefined;
  servername?: string | undefined;
  rejectUnauthorized: boolean;
}

export interface FailFast {
  /** A command with no reply after this long rejects. */
  commandTimeoutMs: number;
  /** Connection attempt timeout. */
  connectTimeoutMs: number;
  /** Shown in CLIENT LIST. */
  connectionName: string;
}

export type RedisClient = Redis | Cluster;

export type RedisPlan =
  | { kind: 'single'; url: string; options: RedisOptions }
  | { kind: 'sentinel'; options: RedisOptions }
  | { kind: 'cluster'; nodes: RedisHostPort[]; options: ClusterOptions };

const MAX_RECONNECT_DELAY_MS = 2000;
const retry = (times: number) => Math.min(100 * times, MAX_RECONNECT_DELAY_MS);

/** The ioredis constructor arguments for a connection config (pure but for reading TLS files). */
export function redisPlan(conn: RedisConnection, ff: FailFast): RedisPlan {
  const common: RedisOptions = {
    lazyConnect: true,
    enableAutoPipelining: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: ff.commandTimeoutMs,
    connectTimeout: ff.connectTimeoutMs,
    connectionName: ff.connectionName,
    ...(conn.username ? { username: conn.username } : {}),
    ...(conn.password ? { password: conn.password } : {}),
  };
  const tlsOptions = tlsOf(conn.tls);
  if (conn.cluster?.length) {
    const { lazyConnect, enableAutoPipelining, enableOfflineQueue, ...perNode } = common;
    return {
      kind: 'cluster',
      nodes: conn.cluster.map((n) => ({ host: n.host, port: n.port })),
      options: {
        lazyConnect,
        enableAutoPipelining,
        enableOfflineQueue,
        clusterRetryStrategy: retry,
        // Fail fast when a node is down, like the single-server client does: ioredis's defaults (16
        // redirections, 100 ms apart) hold an operation ~1.7 s before it fails.
        maxRedirections: 3,
        retryDelayOnClusterDown: 50,
        retryDelayOnFailover: 50,
        retryDelayOnTryAgain: 50,
        redisOptions: { ...perNode, ...(tlsOptions ? { tls: tlsOptions } : {}) },
      },
    };
  }
  if (conn.sentinels?.length) {
    return {
      kind: 'sentinel',
      options: {
        ...common,
        sentinels: conn.sentinels.map((s) => ({ host: s.host, port: s.port })),
        name: conn.name ?? 'mymaster',
        ...(conn.sentinel_password ? { sentinelPassword: conn.sentinel_password } : {}),
        ...(tlsOptions ? { tls: tlsOptions, enableTLSForSentinelMode: true, sentinelTLS: tlsOptions } : {}),
        sentinelRetryStrategy: retry,
        retryStrategy: retry,
      },
    };
  }
  if (!conn.url) throw new Error('redis: set url, sentinels or cluster');
  return { kind: 'single', url: conn.url, options: { ...common, ...(tlsOptions ? { tls: tlsOptions } : {}), retryStrategy: retry } };
}

export function createRedisClient(conn: RedisConnection, ff: FailFast): RedisClient {
  const plan = redisPlan(conn, ff);
  if (plan.kind === 'cluster') return new Cluster(plan.nodes, plan.options);
  if (plan.kind === 'sentinel') return new Redis(plan.options);
  return new Redis(plan.url, plan.options);
}

/** Where Redis is, fit for a log line (no password). */
export function describeRedis(conn: RedisConnection): string {
  const list = (ns: readonly RedisHostPort[]) => ns.map((n) => `${n.host}:${n.port}`).join(',');
  if (conn.cluster?.length) return `cluster ${list(conn.cluster)}`;
  if (conn.sentinels?.length) return `sentinel ${conn.name ?? 'mymaster'}@${list(conn.sentinels)}`;
  return redactRedisUrl(conn.url ?? '');
}

/** `ready` for a single/sentinel client, `ready` for a cluster too (ioredis uses the same word). */
export function isReady(client: RedisClient): boolean {
  return client.status === 'ready';
}

function tlsOf(t: RedisConnection['tls']): tls.ConnectionOptions | undefined {
  if (!t) return undefined;
  if (t === true) return {};
  return upstreamTlsOptions(t);
}
