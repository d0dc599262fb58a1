// An admin API in front of a real gateway (startGateway) and a real carrier, with one token per role, each
// stored in a different form: the operator's in plain text, the viewer's as sha256, the privacy officer's as
// an scrypt hash. `call` is a loopback HTTP client; `writeConfig` writes the running config back to a file
// so /reload has something to re-read.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startCarrier, type Carrier } from '../helpers/carrier.js';
import { startGateway, waitReady, type TestGateway, type TestGatewayOptions } from '../helpers/gateway.js';
import { AdminServer } from '../../src/admin/server.js';
import { hashPassword } from '../../src/session/credentials.js';
import { reload } from '../../src/cli/start.js';
import { silentLogger, type Logger } from '../../src/observability/logger.js';
import type { AdminConfigInput } from '../../src/admin/config-schema.js';

export const TOKENS = {
  operator: 'op-0123456789abcdef-token',
  viewer: 'view-0123456789abcdef-token',
  privacy: 'privacy-0123456789abcdef-token',
} as const;

export interface AdminRig {
  carrier: Carrier;
  g: TestGateway;
  admin: AdminServer;
  url: string;
  /** The config file /reload re-reads (written from the running config at start). */
  file: string;
  call(path: string, o?: CallOptions): Promise<Reply>;
  stop(): Promise<void>;
}

export interface CallOptions {
  token?: string | undefined;
  method?: string;
  /** Sent as JSON unless a string. */
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Reply {
  status: number;
  headers: Headers;
  text: string;
  json: any;
}

export interface RigOptions extends Partial<TestGatewayOptions> {
  admin?: Partial<AdminConfigInput>;
  log?: Logger;
}

export async function adminTokens(): Promise<NonNullable<AdminConfigInput['tokens']>> {
  return [
    { name: 'noc', role: 'operator', token: TOKENS.operator },
    { name: 'wallboard', role: 'viewer', token: 'sha256:' + createHash('sha256').update(TOKENS.viewer).digest('hex') },
    { name: 'privacy-officer', role: 'privacy', token: await hashPassword(TOKENS.privacy) },
  ];
}

export async function startAdminRig(o: RigOptions = {}): Promise<AdminRig> {
  const carrier = await startCarrier();
  const { admin: adminInput, log = silentLogger, ...gwOptions } = o;
  const g = await startGateway({
    ...gwOptions,
    carrierPort: carrier.port,
    log,
    extra: { ...gwOptions.extra, admin: { host: '127.0.0.1', port: 0, tokens: await adminTokens(), ...adminInput } },
  });
  await waitReady(g.gw);
  const file = join(g.dir, 'phiwall.yaml');
  writeConfig(file, g.gw.config);
  const admin = await AdminServer.start(g.gw, { log, reload: (actor) => reload(file, g.gw, log, actor) });
  const url = admin.url;
  return {
    carrier,
    g,
    admin,
    url,
    file,
    call: (path, c = {}) => call(url + path, c),
    stop: async () => {
      await admin.close();
      await g.stop();
      await carrier.close();
    },
  };
}

/** The running config, edited, as a file loadConfig accepts (JSON is YAML; parsed values re-parse as given). */
export function writeConfig(file: string, config: unknown, edit: (c: any) => void = () => undefined): void {
  const copy = JSON.parse(JSON.stringify(config));
  edit(copy);
  writeFileSync(file, JSON.stringify(copy, null, 2));
}

export async function call(url: string, o: CallOptions = {}): Promise<Reply> {
  const headers: Record<string, string> = { ...o.headers };
  if (o.token !== undefined) headers.authorization = `Bearer ${o.token}`;
  let body: string | undefined;
  if (o.body !== undefined) {
    body = typeof o.body === 'string' ? o.body : JSON.stringify(o.body);
    headers['content-type'] ??= 'application/json';
  }
  const res = await fetch(url, { method: o.method ?? (body !== undefined ? 'POST' : 'GET'), headers, ...(body !== undefined ? { body } : {}) });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}
