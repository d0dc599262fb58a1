// The configuration schema, in one place, with defaults. Validated once at start-up (and on reload), then frozen.
// Objects are strict: an unknown key is an error, so a typo never silently disables a setting.
import { z } from 'zod';
import { parseDuration } from './duration.js';
import { parseStatus } from '../codec/status.js';
import { auditConfigSchema } from '../audit/config.js';
import { policiesConfigSchema, tokenizeConfigSchema } from '../inspection/policy/config-schema.js';
import { adminConfigSchema } from '../admin/config-schema.js';

export const duration = (fallback: number | string) =>
  z
    .union([z.number(), z.string()])
    .default(fallback)
    .transform((v, ctx) => {
      const ms = parseDuration(v);
      if (ms === undefined) {
        ctx.addIssue({ code: 'custom', message: `not a duration: use milliseconds or 500ms, 30s, 5m, 72h, 30d` });
        return z.NEVER;
      }
      return ms;
    });

export const commandStatus = (fallback: string) =>
  z
    .union([z.number(), z.string()])
    .default(fallback)
    .transform((v, ctx) => {
      const code = parseStatus(v);
      if (code === undefined) {
        ctx.addIssue({ code: 'custom', message: 'not a command_status: use a name like ESME_RSUBMITFAIL, 0x45 or 69' });
        return z.NEVER;
      }
      return code;
    });

const port = z.number().int().min(0).max(65535);
const name = z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/, 'use 1-64 letters, digits, _ . -');
// SMPP 3.4 §5.2.1: system_id is a C-Octet String of at most 16 octets; password at most 9.
const systemId = z.string().min(1).max(15);

const listenerTls = z.strictObject({
  cert: z.string().min(1),
  key: z.string().min(1),
  ca: z.string().min(1).optional(),
  requestClientCert: z.boolean().default(false),
  /** With requestClientCert: refuse connections without a valid client certificate (mTLS required). */
  requireClientCert: z.boolean().optional(),
  minVersion: z.enum(['TLSv1.2', 'TLSv1.3']).default('TLSv1.2'),
});

export const listenerSchema = z.strictObject({
  name,
  host: z.string().min(1).default('127.0.0.1'),
  port,
  tls: listenerTls.optional(),
  /** Listener filter: source addresses or CIDRs allowed to connect (empty = any). */
  allow: z.array(z.string()).default([]),
  max_connections: z.number().int().positive().default(1000),
  max_connections_per_ip: z.number().int().positive().default(100),
  bind_timeout: duration('10s'),
});

const upstreamTls = z.union([
  z.literal(false),
  z.strictObject({
    ca: z.string().min(1).optional(),
    servername: z.string().min(1).optional(),
    cert: z.string().min(1).optional(),
    key: z.string().min(1).optional(),
    rejectUnauthorized: z.boolean().default(true),
  }),
]);

export const upstreamSchema = z.strictObject({
  name,
  host: z.string().min(1),
  port,
  tls: upstreamTls.default(false),
  system_id: systemId,
  password: z.string().max(8).default(''),
  system_type: z.string().max(12).default(''),
  bind: z.enum(['transmitter', 'receiver', 'transceiver']).default('transceiver'),
  interface_version: z.number().int().min(0).max(255).default(0x34),
  addr_ton: z.number().int().min(0).max(255).default(0),
  addr_npi: z.number().int().min(0).max(255).default(0),
  address_range: z.string().max(40).default(''),
  /** Parallel binds to this carrier. */
  binds: z.number().int().min(1).max(64).default(1),
  /** Max requests in flight per bind. */
  window: z.number().int().min(1).max(10_000).default(50),
  /** Requests allowed to wait for a window slot per bind before refusing with ESME_RTHROTTLED. */
  queue: z.number().int().min(0).max(100_000).default(1000),
  /** Submits per second over all binds (0 = unlimited). */
  tps: z.number().min(0).default(0),
  response_timeout: duration('10s'),
  enquire_link_interval: duration('30s'),
  reconnect_min: duration('500ms'),
  reconnect_max: duration('30s'),
  connect_timeout: duration('10s'),
  /** What the carrier means by data_coding 0. */
  default_alphabet: z.enum(['gsm7', 'gsm7-packed', 'latin1', 'ia5']).default('gsm7'),
});

/** Carrier groups: a client whose `upstream` names a group is routed to its best available member. */
export const upstreamGroupSchema = z.strictObject({
  name,
  members: z
    .array(
      z.strictObject({
        upstream: name,
        /** Lower goes first; the next priority takes over when every member of this one is down. */
        priority: z.number().int().min(0).default(1),
        /** Share of traffic among members of the same priority. */
        weight: z.number().positive().default(1),
      }),
    )
    .min(1),
});

export const clientSchema = z.strictObject({
  system_id: systemId,
  /** Plain text (allowed with a warning) or an scrypt hash from `phiwall hash-password`. */
  password: z.string().min(1),
  upstream: name,
  policy: name.default('strict'),
  /** Source addresses or CIDRs this client may bind from (empty = any). */
  allow: z.array(z.string()).default([]),
  /** mTLS: the client certificate's CN or a SAN must equal this (default: the system_id) when presented. */
  tls_identity: z.string().optional(),
  /** Require a client certificate for this client's binds. */
  require_client_cert: z.boolean().default(false),
  max_binds: z.number().int().positive().default(16),
  /** Mobile-originated replies addressed to these numbers (digits; `*` suffix for prefixes) go to this client. */
  mo_addresses: z.array(z.string()).default([]),
  /** Submit PDUs per second over all of this client's binds, on every instance sharing Redis (0 = unlimited). */
  tps: z.number().min(0).default(0),
});

const hostPort = z.strictObject({ host: z.string().min(1), port: port.min(1) });

export const redisSchema = z
  .strictObject({
    /** A single server: redis://[user:password@]host:port/db or rediss:// for TLS. */
    url: z.string().regex(/^rediss?:\/\//, 'use redis://host:port/db or rediss://').optional(),
    prefix: z.string().default('phiwall:'),
    /** Redis Sentinel: the sentinels, and the master `name` they monitor. */
    sentinels: z.array(hostPort).min(1).optional(),
    name: z.string().min(1).optional(),
    /** Redis Cluster: seed nodes. */
    cluster: z.array(hostPort).min(1).optional(),
    username: z.string().min(1).optional(),
    password: z.string().min(1).optional(),
    sentinel_password: z.string().min(1).optional(),
    /** TLS for sentinels/cluster nodes (a rediss:// url turns it on by itself): true, or CA and client certificate files. */
    tls: z
      .union([
        z.boolean(),
        z.strictObject({
          ca: z.string().min(1).optional(),
          cert: z.string().min(1).optional(),
          key: z.string().min(1).optional(),
          servername: z.string().min(1).optional(),
          rejectUnauthorized: z.boolean().default(true),
        }),
      ])
      .optional(),
  })
  .superRefine((r, ctx) => {
    const modes = [r.url, r.sentinels, r.cluster].filter((x) => x !== undefined).length;
    if (modes !== 1) ctx.addIssue({ code: 'custom', message: 'set exactly one of url, sentinels (with name) or cluster' });
    if (r.sentinels && !r.name) ctx.addIssue({ code: 'custom', path: ['name'], message: 'the master name the sentinels know is required' });
    // Cluster: keys carry {hash tags}; a brace in the prefix would become the tag of every key (one slot).
    if (/[{}]/.test(r.prefix)) ctx.addIssue({ code: 'custom', path: ['prefix'], message: 'no { or } in the prefix' });
  });

export const deliverySchema = z
  .strictObject({
    /** How long a receipt or reply waits in the queue for its client (not bound, or bound elsewhere). */
    ttl: duration('72h'),
    /** Entries one client's queue may hold; beyond, the carrier gets ESME_RX_T_APPN (temporary) and retries. */
    max_per_client: z.number().int().positive().default(100_000),
    /** Without Redis: entries the in-memory queue may hold over all clients. */
    max_total: z.number().int().positive().default(100_000),
    /** An entry another instance took and did not acknowledge for this long is taken over (that instance died). */
    claim_idle: duration('30s'),
    /** Entries sent at once, in order on one session, from a client's queue. */
    batch: z.number().int().min(1).max(1000).default(32),
    /** Look at a bound client's queue at least this often (wake-ups come through Redis pub/sub). */
    poll: duration('5s'),
  })
  .prefault({});


export const configSchema = z.strictObject({
  listeners: z.array(listenerSchema).min(1),
  upstreams: z.array(upstreamSchema).min(1),
  upstream_groups: z.array(upstreamGroupSchema).default([]),
  clients: z.array(clientSchema).min(1),
  policies: policiesConfigSchema.default([]),
  tokenize: tokenizeConfigSchema.optional(),
  audit: auditConfigSchema,
  /** The admin HTTP API and dashboard (health, metrics, policy test, reload, detokenize); off when absent. */
  admin: adminConfigSchema.optional(),
  redis: redisSchema.optional(),
  delivery: deliverySchema,
  session: z
    .strictObject({
      /** Max requests a client may have in flight before phiwall stops reading its socket. */
      window: z.number().int().min(1).max(10_000).default(100),
      enquire_link_interval: duration('30s'),
      response_timeout: duration('10s'),
      /** Close binds idle longer than this (no PDU either way); 0 = never. */
      inactivity_timeout: duration('0'),
      max_pdu: z.number().int().min(1024).max(16 * 1024 * 1024).default(65536),
      /** Failed binds allowed per source address per minute before further binds from it are delayed and refused. */
      failed_binds_per_minute: z.number().int().min(1).default(5),
      max_connections: z.number().int().positive().default(5000),
    })
    .prefault({}),
  /**
   * Where detection runs: `workers: 0` (the default) inline on the event loop; N starts N worker threads.
   * A worker that crashes or takes longer than worker_timeout fails closed (the message is refused).
   */
  inspection: z
    .strictObject({
      workers: z
        .number({ error: 'must be a whole number: 0 (inline, the default) or how many worker threads to start' })
        .int('must be a whole number: 0 (inline, the default) or how many worker threads to start')
        .min(0, 'must be 0 (inline, the default) or a number of worker threads')
        .max(32, 'at most 32 worker threads (more than the cores only adds overhead)')
        .default(0),
      worker_timeout: duration('2s'),
      /**
       * Decisions remembered per policy and direction for repeated texts (bulk campaigns); 0 turns the cache off
       * (every text is detected; no message text is kept in memory past its message).
       */
      decision_cache: z
        .number({ error: 'must be a whole number of entries (0 turns the cache off)' })
        .int('must be a whole number of entries (0 turns the cache off)')
        .min(0, 'must be 0 (off) or a number of entries')
        .max(1_000_000, 'at most 1,000,000 entries')
        .default(10_000),
    })
    .prefault({}),
  reassembly: z
    .strictObject({
      timeout: duration('30s'),
      max_parts: z.number().int().min(2).max(255).default(32),
      max_pending: z.number().int().min(1).default(10_000),
    })
    .prefault({}),
  ids: z
    .strictObject({
      ttl: duration('72h'),
      max_entries: z.number().int().positive().default(2_000_000),
    })
    .prefault({}),
  log: z.strictObject({ level: z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']).default('info') }).prefault({}),
  /** The embedded default starts the built-in carrier simulator (`phiwall sim`) before the upstreams connect. */
  simulator: z
    .strictObject({
      host: z.string().default('127.0.0.1'),
      port,
      system_id: z.string().optional(),
      password: z.string().optional(),
      receipt_delay: duration('200ms'),
    })
    .optional(),
  /** Development certificates generated with node-forge on first run (the embedded default uses this). */
  dev_certs: z.strictObject({ dir: z.string().default('certs') }).optional(),
});

export type ConfigInput = z.input<typeof configSchema>;
export type Config = z.output<typeof configSchema>;
export type ListenerConfig = Config['listeners'][number];
export type UpstreamConfig = Config['upstreams'][number];
export type ClientConfig = Config['clients'][number];
export type RedisConfig = NonNullable<Config['redis']>;
export type DeliveryConfig = Config['delivery'];
