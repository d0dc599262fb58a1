// The systems under test: `direct` (generator straight to the sink: the latency floor), `naive` (the npm
// smpp pass-through) and `phiwall` (`node dist/src/cli/main.js start`), each but direct a child process.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { CertFiles } from './certs.js';
import { childStats, forkReady, freePort, spawnListening, type Child } from './processes.js';
import { writePhiwallConfig, type InspectionSettings } from './phiwall-config.js';

export type SutName = 'direct' | 'naive' | 'phiwall';
export const SUT_NAMES: readonly SutName[] = ['direct', 'naive', 'phiwall'];

export interface SutContext {
  sinkPort: number;
  tls?: CertFiles;
  tmpDir: string;
  clientBinds: number;
  /** The checkout whose dist/src/cli/main.js is phiwall. */
  phiwallDir: string;
  redisUrl: string;
  auditDurability: 'fdatasync' | 'write';
  inspection?: InspectionSettings;
  nodeArgs?: string[];
}

export interface Sut {
  name: SutName;
  port: number;
  /** The process to measure; none for direct. */
  child?: Child;
  stats(): Promise<unknown>;
  stop(): Promise<void>;
}

/** dist/bench/run/ → the repository root. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export function phiwallEntry(dir: string): string {
  return join(dir, 'dist', 'src', 'cli', 'main.js');
}

export async function startSut(name: SutName, ctx: SutContext): Promise<Sut> {
  switch (name) {
    case 'direct':
      return { name, port: ctx.sinkPort, stats: async () => undefined, stop: async () => {} };
    case 'naive': {
      const args = ['--upstream-port', String(ctx.sinkPort), '--binds', '4'];
      if (ctx.tls) args.push('--tls-cert', ctx.tls.serverCert, '--tls-key', ctx.tls.serverKey, '--upstream-ca', ctx.tls.caCert);
      const child = await forkReady('naive', fileURLToPath(new URL('../baseline/smpp-passthrough.js', import.meta.url)), args);
      return { name, port: child.port, child, stats: () => childStats(child), stop: () => child.stop() };
    }
    case 'phiwall': {
      const entry = phiwallEntry(ctx.phiwallDir);
      if (!existsSync(entry)) throw new Error(`phiwall is not built: ${entry} is missing (run npx tsc -p . there)`);
      const port = await freePort();
      const config = writePhiwallConfig({
        dir: ctx.tmpDir,
        listenPort: port,
        sinkPort: ctx.sinkPort,
        clientBinds: ctx.clientBinds,
        redisUrl: ctx.redisUrl,
        auditDurability: ctx.auditDurability,
        ...(ctx.inspection ? { inspection: ctx.inspection } : {}),
        ...(ctx.tls ? { tls: ctx.tls } : {}),
      });
      const child = await spawnListening('phiwall', process.execPath, [...(ctx.nodeArgs ?? []), entry, 'start', '--config', config], '127.0.0.1', port, {
        cwd: ctx.phiwallDir,
      });
      return { name, port, child, stats: async () => undefined, stop: () => child.stop() };
    }
  }
}
