// `phiwall audit verify --config FILE`: exit 0 when the audit trail is intact, 1 when it is not (printing the
// first bad record), 2 for a usage, config or key problem. Never creates a key: verify with a new random key
// would only report everything as tampered.
import { basename } from 'node:path';
import { auditConfigSchema, type AuditConfig } from '../audit/config.js';
import { resolveAuditKey } from '../audit/keys.js';
import { verifyAudit } from '../audit/verify.js';

export interface AuditCliDeps {
  loadConfig(file: string): Promise<{ audit: AuditConfig }>;
  env?: NodeJS.ProcessEnv;
  out?: (line: string) => void;
  err?: (line: string) => void;
}

const USAGE = 'usage: phiwall audit verify --config FILE';

function parseArgs(argv: string[]): { config: string } | { help: true } | { error: string } {
  const [command, ...rest] = argv;
  if (command === '-h' || command === '--help' || command === 'help') return { help: true };
  if (command !== 'verify') return { error: command === undefined ? 'missing command' : `unknown command: ${command}` };
  let config: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === '-h' || a === '--help') return { help: true };
    if (a === '--config' || a === '-c') config = rest[++i];
    else if (a.startsWith('--config=')) config = a.slice('--config='.length);
    else return { error: `unknown argument: ${a}` };
  }
  return config ? { config } : { error: '--config FILE is required' };
}

export async function runAudit(argv: string[], deps: AuditCliDeps): Promise<number> {
  const out = deps.out ?? ((l: string) => process.stdout.write(l + '\n'));
  const err = deps.err ?? ((l: string) => process.stderr.write(l + '\n'));
  const args = parseArgs(argv);
  if ('help' in args) {
    out(USAGE);
    return 0;
  }
  if ('error' in args) {
    err(`${args.error}\n${USAGE}`);
    return 2;
  }

  let cfg: AuditConfig;
  try {
    const parsed = auditConfigSchema.safeParse((await deps.loadConfig(args.config)).audit);
    if (!parsed.success) {
      err(`invalid audit config in ${args.config}: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'audit'}: ${i.message}`).join('; ')}`);
      return 2;
    }
    cfg = parsed.data;
  } catch (e) {
    err(`cannot load ${args.config}: ${(e as Error).message}`);
    return 2;
  }

  try {
    const keys = await resolveAuditKey(cfg, deps.env ?? process.env, undefined, { create: false });
    const result = await verifyAudit(cfg, keys);
    if (!result.ok) {
      const b = result.firstBad;
      out(`audit trail NOT intact: ${result.records} records verified before the first bad one`);
      out(`first bad: ${b.file} line ${b.line}${b.seq !== undefined ? ` seq ${b.seq}` : ''}: ${b.reason}`);
      return 1;
    }
    out(
      `audit trail intact: ${result.records} records in ${result.files.length} file(s)` +
        (result.checkpointSeq !== undefined ? `, checkpoint at seq ${result.checkpointSeq}` : ''),
    );
    if (result.recoveries > 0) out(`${result.recoveries} recovery record(s) (crash repair or write outage) in the chain`);
    if (result.tornTail) {
      out(
        `note: ${basename(result.tornTail.file)} ends with a partial line at line ${result.tornTail.line} ` +
          '(a crash during a write; never acknowledged; cut on the next start)',
      );
    }
    return 0;
  } catch (e) {
    err(`cannot verify: ${(e as Error).message}`);
    return 2;
  }
}
