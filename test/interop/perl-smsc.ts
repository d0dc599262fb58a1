// netsmpp-smsc.pl (Perl Net::SMPP) as phiwall's upstream carrier, on a port above 20000, logging every PDU
// it receives to a file in `dir`.
import { join } from 'node:path';
import { pickPort } from './ports.js';
import { startChild, type Child } from './processes.js';
import { peerScript } from './tools.js';
import { readSmscLog, type SmscRecord } from './smsc-log.js';
import { waitFor } from '../helpers/net.js';

export interface PerlSmsc {
  port: number;
  pid: number;
  logPath: string;
  child: Child;
  records(): SmscRecord[];
  /** Waits (bounded) until `pred` holds for the log. */
  waitLog<T>(pred: (r: SmscRecord[]) => T | undefined | false, timeoutMs?: number): Promise<T>;
  stop(): Promise<void>;
}

export interface PerlSmscOptions {
  dir: string;
  tls?: { cert: string; key: string };
  dlr?: 'requested' | 'always' | 'never';
  extraArgs?: string[];
}

// A safety net: the SMSC ends by itself even if the test process dies without stopping it.
const RUN_SECONDS = 180;

export async function startPerlSmsc(o: PerlSmscOptions): Promise<PerlSmsc> {
  const logPath = join(o.dir, 'smsc.log');
  let lastError: unknown;
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = await pickPort();
    const args = ['--host', '127.0.0.1', '--port', String(port), '--log', logPath, '--dlr', o.dlr ?? 'requested', '--dlr-delay', '0.1', '--run-seconds', String(RUN_SECONDS)];
    if (o.tls) args.push('--tls-cert', o.tls.cert, '--tls-key', o.tls.key);
    args.push(...(o.extraArgs ?? []));
    const child = startChild(peerScript('netsmpp-smsc.pl'), args);
    try {
      await child.waitOutput(/listening on /, 10_000);
    } catch (err) {
      lastError = new Error(`netsmpp-smsc.pl did not start: ${(err as Error).message}\n${child.stdout()}${child.stderr()}`);
      await child.stop('SIGKILL');
      continue; // most likely lost the port to someone else: try another
    }
    return {
      port,
      pid: child.pid,
      logPath,
      child,
      records: () => readSmscLog(logPath),
      waitLog: (pred, timeoutMs = 5000) => waitFor(() => pred(readSmscLog(logPath)), timeoutMs, 25),
      stop: () => child.stop('SIGTERM', 3000),
    };
  }
  throw lastError;
}
