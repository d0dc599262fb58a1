// The phiwall configuration the bench runs with: one listener, the sink as the carrier, one client bound to
// policy strict (plus the senders' callback numbers), audit on, Redis-backed stores.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { CertFiles } from './certs.js';

// The bench texts come from the first corpus, whose clinics call back from these numbers: an operator lists
// their own callback numbers, so the bench does too (without it every reminder's clinic number is redacted).
const CALLBACKS = new URL('../../../test/fixtures/corpus/callbacks.json', import.meta.url);
/** phiwall's `inspection:` settings a run overrides (absent: phiwall's defaults). */
export interface InspectionSettings {
  workers?: number;
  decision_cache?: number;
}

export const BENCH_POLICY = 'bench-strict';

export const BENCH_CLIENT = { systemId: 'bench', password: 'benchpw' };
export const REDIS_PREFIX = 'phiwall-bench:';

export interface PhiwallConfigInput {
  dir: string;
  listenPort: number;
  sinkPort: number;
  tls?: CertFiles;
  /** Client binds the scenario opens (raises the per-client bind cap when above phiwall's default). */
  clientBinds: number;
  redisUrl: string;
  auditDurability: 'fdatasync' | 'write';
  /** inspection settings (absent: phiwall's defaults). */
  inspection?: InspectionSettings;
}

export function writePhiwallConfig(c: PhiwallConfigInput): string {
  const client: Record<string, unknown> = {
    system_id: BENCH_CLIENT.systemId,
    password: BENCH_CLIENT.password,
    upstream: 'carrier',
    policy: BENCH_POLICY,
  };
  if (c.clientBinds > 16) client.max_binds = c.clientBinds + 8;
  const listener: Record<string, unknown> = { name: 'plain', host: '127.0.0.1', port: c.listenPort };
  if (c.tls) {
    listener.name = 'tls';
    listener.tls = { cert: c.tls.serverCert, key: c.tls.serverKey };
  }
  const config = {
    listeners: [listener],
    upstreams: [
      {
        name: 'carrier',
        host: '127.0.0.1',
        port: c.sinkPort,
        tls: c.tls ? { ca: c.tls.caCert, servername: 'localhost' } : false,
        system_id: 'gateway',
        password: 'gwpass',
        bind: 'transceiver',
        binds: 4,
        window: 500,
      },
    ],
    clients: [client],
    policies: [{ name: BENCH_POLICY, extends: 'strict', callback_allowlist: JSON.parse(readFileSync(CALLBACKS, 'utf8')) as string[] }],
    audit: { path: join(c.dir, 'audit.log'), key: 'bench-audit-key-0123456789abcdef0123', durability: c.auditDurability },
    redis: { url: c.redisUrl, prefix: REDIS_PREFIX },
    session: { window: 1000 },
    log: { level: 'warn' },
    ...(c.inspection ? { inspection: c.inspection } : {}),
  };
  const file = join(c.dir, 'phiwall.yaml');
  writeFileSync(file, stringify(config));
  return file;
}
