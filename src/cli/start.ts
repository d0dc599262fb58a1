// `phiwall start --config FILE`: the gateway as a process. SIGTERM/SIGINT drain and exit 0; SIGHUP reloads.
import { parseArgs } from 'node:util';
import { loadConfig, ConfigError, resolvePath } from '../config/load.js';
import type { Config } from '../config/schema.js';
import { createLogger, type Logger } from '../observability/logger.js';
import { Gateway } from '../gateway.js';
import { ensureDevCertificates } from '../certs/dev.js';
import { startCarrierSimulator } from '../sim/carrier-simulator.js';
import { AdminServer } from '../admin/server.js';
import type { Actor, ReloadResult } from '../admin/types.js';

export async function runStart(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { config: { type: 'string', short: 'c' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log('Usage: phiwall start --config FILE\nRuns the gateway. SIGTERM/SIGINT stop it cleanly; SIGHUP reloads the config.');
    return 0;
  }
  const file = values.config ?? 'config/default.yaml';
  const cfg = await loadConfig(file);
  const log = createLogger({ level: cfg.log.level });

  if (cfg.dev_certs) await ensureDevCertificates(resolvePath(cfg.dev_certs.dir), log);
  const sim = cfg.simulator
    ? await startCarrierSimulator({
        host: cfg.simulator.host,
        port: cfg.simulator.port,
        ...(cfg.simulator.system_id ? { systemId: cfg.simulator.system_id } : {}),
        ...(cfg.simulator.password ? { password: cfg.simulator.password } : {}),
        receiptDelayMs: cfg.simulator.receipt_delay,
        log: log.child({ component: 'sim' }),
      })
    : undefined;

  let gateway: Gateway;
  try {
    gateway = await Gateway.start(cfg, { log });
  } catch (err) {
    await sim?.close();
    throw err;
  }
  // SIGHUP and POST /reload run the same reload, one at a time.
  let admin: AdminServer | undefined;
  let reloading: Promise<unknown> = Promise.resolve();
  const reloadNow = (actor: Actor): Promise<ReloadResult> => {
    const next = reloading.then(async () => {
      const r = await reload(file, gateway, log, actor);
      if (r.ok) admin?.refresh();
      return r;
    });
    reloading = next.catch(() => undefined);
    return next;
  };
  if (cfg.admin) {
    try {
      admin = await AdminServer.start(gateway, { log, reload: reloadNow });
    } catch (err) {
      await gateway.stop();
      await sim?.close();
      throw err;
    }
  }
  printWhereToConnect(cfg, gateway, admin);

  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      log.info({ signal }, 'stopping');
      Promise.resolve(admin?.close())
        .then(() => gateway.stop())
        .then(() => sim?.close())
        .then(
          () => resolve(0),
          (err: unknown) => {
            log.error({ err }, 'error while stopping');
            resolve(1);
          },
        );
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
    process.on('SIGHUP', () => void reloadNow({ name: 'SIGHUP', via: 'signal' }));
  });
}

/** Re-reads `file` and applies it; an invalid file leaves the running config in place. Audited either way. */
export async function reload(file: string, gateway: Gateway, log: Logger, actor: Actor = { name: 'SIGHUP', via: 'signal' }): Promise<ReloadResult> {
  let result: ReloadResult;
  try {
    const next = await loadConfig(file);
    await gateway.reload(next);
    result = { ok: true };
  } catch (err) {
    // The running config stays; the errors say what to fix.
    if (err instanceof ConfigError) {
      const issues = err.issues;
      log.error({ issues }, 'reload refused: invalid configuration');
      result = { ok: false, invalid: true, errors: issues };
    } else {
      log.error({ err }, 'reload failed');
      result = { ok: false, invalid: false, errors: ['reload failed; see the gateway log'] };
    }
  }
  const outcome = result.ok ? 'ok' : result.invalid ? 'refused' : 'error';
  await gateway.auditSink
    .record({ type: 'admin', event: 'reload', actor: actor.name, via: actor.via, outcome, ...(result.ok ? {} : { errors: result.errors.length }) })
    .catch((err: unknown) => log.error({ err }, 'could not audit the reload'));
  return result;
}

function printWhereToConnect(cfg: Readonly<Config>, gw: Gateway, admin: AdminServer | undefined): void {
  const ports = gw.ports();
  const demo = Boolean(cfg.simulator || cfg.dev_certs);
  const lines = ['', 'phiwall is running. Point your ESME at:'];
  for (const l of cfg.listeners) {
    const tls = l.tls ? ` (TLS; CA certificate: ${cfg.dev_certs ? `${cfg.dev_certs.dir}/ca.crt` : (l.tls.ca ?? 'your CA')})` : ' (plain SMPP)';
    lines.push(`  smpp://${l.host}:${ports[l.name]}${tls}`);
  }
  lines.push('Clients:');
  for (const c of cfg.clients) {
    // Only the embedded demo prints a password, and only a plain-text one.
    const pw = demo && !c.password.startsWith('scrypt$') ? ` password "${c.password}"` : '';
    lines.push(`  system_id "${c.system_id}"${pw}, policy ${c.policy}, upstream ${c.upstream}`);
  }
  lines.push(`Audit trail: ${cfg.audit.path}  (verify: npx phiwall audit verify --config <file>)`);
  if (admin) {
    lines.push(`Admin API and dashboard: ${admin.url}/`);
    // The embedded demo's own token, like its demo password; a real deployment's tokens are never printed.
    const demoToken = demo ? cfg.admin?.tokens.find((t) => !t.token.startsWith('sha256:') && !t.token.startsWith('scrypt$')) : undefined;
    if (demoToken) lines.push(`  demo token (${demoToken.role}): ${demoToken.token}`);
  }
  lines.push('');
  process.stdout.write(lines.join('\n') + '\n');
}
