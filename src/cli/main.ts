#!/usr/bin/env node
// phiwall's command line. One module per subcommand, loaded on demand so `phiwall scan` does not pay for the
// gateway and `phiwall start` does not pay for the cert tooling.
import { loadConfig, ConfigError } from '../config/load.js';

const USAGE = `phiwall — SMPP gateway proxy with a PHI firewall

Usage:
  phiwall start --config FILE          run the gateway
  phiwall check --config FILE          validate a config file and exit
  phiwall scan [--config FILE] [--policy NAME] [--json] "text" | --file FILE
                                       what the detectors find and what the carrier would receive
  phiwall audit verify --config FILE   check the audit trail's hash chain and checkpoints
  phiwall certs <ca|server|client|csr|show|dev> ...
                                       certificates for TLS and mTLS (node-forge)
  phiwall sim [--port 2776] ...        a carrier simulator (an SMSC that answers and sends receipts)
  phiwall hash-password [PASSWORD]     an scrypt hash for clients[].password (reads stdin without PASSWORD)

Run a subcommand with --help for its options.`;

export async function run(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case 'start':
      return (await import('./start.js')).runStart(rest);
    case 'check':
      return (await import('./check.js')).runCheck(rest);
    case 'scan':
      return (await import('./scan.js')).runScan(rest);
    case 'audit':
      return (await import('./audit.js')).runAudit(rest, { loadConfig: (f: string) => loadConfig(f, { checkFiles: false }) });
    case 'certs':
      return (await import('./certs.js')).runCerts(rest);
    case 'sim':
      return (await import('./sim.js')).runSim(rest);
    case 'hash-password':
      return (await import('./hash-password.js')).runHashPassword(rest);
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      console.log(USAGE);
      return cmd === undefined ? 2 : 0;
    case '--version':
    case '-v': {
      const { createRequire } = await import('node:module');
      console.log((createRequire(import.meta.url)('../../../package.json') as { version: string }).version);
      return 0;
    }
    default:
      console.error(`phiwall: unknown command "${cmd}"\n\n${USAGE}`);
      return 2;
  }
}

run(process.argv.slice(2)).then(
  (code) => {
    // `start` and `sim` keep running until a signal; they resolve only when they are done.
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof ConfigError) console.error(err.message);
    else console.error(`phiwall: ${(err as Error)?.message ?? String(err)}`);
    process.exitCode = 1;
  },
);
