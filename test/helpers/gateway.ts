// A gateway started in-process for a test: config from a small object, ports picked by the OS, a temporary
// directory for the audit trail, a silent logger. `stop` removes everything it made.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configSchema, type ConfigInput } from '../../src/config/schema.js';
import { Gateway } from '../../src/gateway.js';
import { silentLogger, type Logger } from '../../src/observability/logger.js';

export interface TestGateway {
  gw: Gateway;
  port: number;
  ports: Record<string, number>;
  dir: string;
  stop(): Promise<void>;
}

export interface TestGatewayOptions {
  carrierPort: number;
  clients?: ConfigInput['clients'];
  policies?: ConfigInput['policies'];
  upstream?: Partial<ConfigInput['upstreams'][number]>;
  listeners?: ConfigInput['listeners'];
  extra?: Partial<ConfigInput>;
  log?: Logger;
}

export async function startGateway(o: TestGatewayOptions): Promise<TestGateway> {
  const dir = mkdtempSync(join(tmpdir(), 'phiwall-test-'));
  const input: ConfigInput = {
    listeners: o.listeners ?? [{ name: 'plain', host: '127.0.0.1', port: 0 }],
    upstreams: [
      {
        name: 'carrier',
        host: '127.0.0.1',
        port: o.carrierPort,
        tls: false,
        system_id: 'gateway',
        password: 'gwpass',
        bind: 'transceiver',
        reconnect_min: 50,
        reconnect_max: 200,
        ...o.upstream,
      },
    ],
    clients: o.clients ?? [{ system_id: 'emr', password: 'emrpass', upstream: 'carrier', policy: 'strict' }],
    audit: { path: join(dir, 'audit.log'), key: 'test-audit-key-0123456789abcdef0123456789' },
    ...(o.policies ? { policies: o.policies } : {}),
    ...o.extra,
  } as ConfigInput;
  const cfg = configSchema.parse(input);
  const gw = await Gateway.start(cfg, { log: o.log ?? silentLogger });
  const ports = gw.ports();
  return {
    gw,
    port: ports[cfg.listeners[0]!.name]!,
    ports,
    dir,
    stop: async () => {
      await gw.stop(1000);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Waits until every upstream has a bound bind. */
export async function waitReady(gw: Gateway, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!gw.ready) {
    if (Date.now() > deadline) throw new Error('gateway not ready');
    await new Promise((r) => setTimeout(r, 10));
  }
}
