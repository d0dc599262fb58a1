import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { parseStatus } from '../codec/status.js';
import { startCarrierSimulator } from '../sim/carrier-simulator.js';
import { MessageState, type CarrierSimulatorOptions, type ReceiptStatus } from '../sim/types.js';
import type { CliIo } from './certs.js';

const HELP = `Usage: phiwall sim [options]

Runs the built-in carrier simulator (an SMSC) until SIGTERM or SIGINT.

  --port N                 listen port (default 2776; 0 picks a free one)
  --host ADDR              listen address (default 127.0.0.1)
  --tls-cert FILE --tls-key FILE
                           speak SMPP over TLS with this PEM certificate and key
  --system-id ID           accept binds only with this system_id
  --password PW            accept binds only with this password (or set PHIWALL_SIM_PASSWORD)
  --receipt-delay MS       delay before delivery receipts (default 0)
  --receipt-status STAT    DELIVRD (default), UNDELIV, REJECTD, EXPIRED, DELETED, ACCEPTD, UNKNOWN, ENROUTE
  --fail-destinations RE   refuse submits to destinations matching this regular expression
  --fail-status STATUS     command_status for those (default ESME_RSUBMITFAIL; name, 0x45 or 69)
  --id-format FMT          decimal (default) or hex message ids
  --mo-after-bind TEXT     send this MO text to each receiver or transceiver that binds
  --log-level LEVEL        pino level (default info)

Exit codes: 0 ok, 1 failure, 2 usage error.`;

class UsageError extends Error {}

export interface RunSimOptions {
  io?: CliIo;
  /** Stops the simulator like SIGTERM does (for tests and embedding). */
  signal?: AbortSignal;
}

export async function runSim(argv: string[], runOpts: RunSimOptions = {}): Promise<number> {
  const io = runOpts.io ?? { out: (t: string) => process.stdout.write(t + '\n'), err: (t: string) => process.stderr.write(t + '\n') };
  let options: CarrierSimulatorOptions;
  try {
    const parsed = await parseSimArgs(argv, io);
    if (parsed === 'help') {
      io.out(HELP);
      return 0;
    }
    options = parsed;
  } catch (err) {
    const usage = err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS_');
    io.err(`phiwall sim: ${(err as Error).message}${usage ? '\nRun "phiwall sim --help" for usage.' : ''}`);
    return usage ? 2 : 1;
  }

  let sim;
  try {
    sim = await startCarrierSimulator(options);
  } catch (err) {
    io.err(`phiwall sim: cannot listen on ${options.host}:${options.port} (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
    return 1;
  }
  io.out(`carrier simulator listening on ${options.host}:${sim.port} (${options.tls ? 'TLS' : 'plain'})`);

  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      resolve();
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
    runOpts.signal?.addEventListener('abort', stop, { once: true });
    if (runOpts.signal?.aborted) stop();
  });
  await sim.close();
  return 0;
}

async function parseSimArgs(argv: string[], io: CliIo): Promise<CarrierSimulatorOptions | 'help'> {
  const { values: v } = parseArgs({
    args: argv,
    strict: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      port: { type: 'string' },
      host: { type: 'string' },
      'tls-cert': { type: 'string' },
      'tls-key': { type: 'string' },
      'system-id': { type: 'string' },
      password: { type: 'string' },
      'receipt-delay': { type: 'string' },
      'receipt-status': { type: 'string' },
      'fail-destinations': { type: 'string' },
      'fail-status': { type: 'string' },
      'id-format': { type: 'string' },
      'mo-after-bind': { type: 'string' },
      'log-level': { type: 'string' },
    },
  });
  if (v.help) return 'help';

  const port = v.port === undefined ? 2776 : integer(v.port, '--port', 0, 65535);
  const receiptDelayMs = v['receipt-delay'] === undefined ? 0 : integer(v['receipt-delay'], '--receipt-delay', 0, 86_400_000);
  const receiptStatus = v['receipt-status'] ?? 'DELIVRD';
  if (!(receiptStatus in MessageState)) throw new UsageError(`--receipt-status must be one of ${Object.keys(MessageState).join(', ')}`);
  const idFormat = v['id-format'] ?? 'decimal';
  if (idFormat !== 'decimal' && idFormat !== 'hex') throw new UsageError('--id-format must be decimal or hex');
  let failDestinations: RegExp | undefined;
  if (v['fail-destinations'] !== undefined) {
    try {
      failDestinations = new RegExp(v['fail-destinations']);
    } catch {
      throw new UsageError('--fail-destinations is not a valid regular expression');
    }
  }
  const failStatus = v['fail-status'] === undefined ? undefined : parseStatus(v['fail-status']);
  if (v['fail-status'] !== undefined && failStatus === undefined) throw new UsageError('--fail-status must be a status name, 0x.. or a number');
  if ((v['tls-cert'] === undefined) !== (v['tls-key'] === undefined)) throw new UsageError('--tls-cert and --tls-key go together');
  const levels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
  const level = v['log-level'] ?? 'info';
  if (!levels.includes(level)) throw new UsageError(`--log-level must be one of ${levels.join(', ')}`);

  let tls: CarrierSimulatorOptions['tls'];
  if (v['tls-cert'] !== undefined && v['tls-key'] !== undefined) {
    try {
      tls = { cert: await readFile(v['tls-cert'], 'utf8'), key: await readFile(v['tls-key'], 'utf8') };
    } catch (err) {
      throw new Error(`cannot read the TLS certificate or key (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  }
  return {
    host: v.host ?? '127.0.0.1',
    port,
    tls,
    systemId: v['system-id'],
    password: v.password ?? process.env.PHIWALL_SIM_PASSWORD,
    receiptDelayMs,
    receiptStatus: receiptStatus as ReceiptStatus,
    failDestinations,
    failStatus,
    idFormat,
    moAfterBind: v['mo-after-bind'],
    log: pino({ level }, { write: (line: string) => io.out(line.trimEnd()) }),
  };
}

function integer(text: string, flag: string, min: number, max: number): number {
  const n = /^\d{1,9}$/.test(text) ? Number(text) : NaN;
  if (!(n >= min && n <= max)) throw new UsageError(`${flag} must be a whole number from ${min} to ${max}`);
  return n;
}
