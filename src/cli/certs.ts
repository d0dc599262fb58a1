import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import pino from 'pino';
import { parseAltNames, type AltName } from '../certs/alt-names.js';
import { createCertificateAuthority } from '../certs/authority.js';
import { isValidSystemId } from '../certs/client-identity.js';
import { certificateRequestInfo, createCertificateRequest } from '../certs/csr.js';
import { ensureDevCertificates } from '../certs/dev.js';
import { exists, writePem } from '../certs/files.js';
import { certificatesInfo, type CertificateInfo } from '../certs/info.js';
import { issueClientCertificate, issueServerCertificate } from '../certs/issue.js';
import type { CertificateAndKey } from '../certs/sign.js';

/** Where a CLI command prints; tests pass their own. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

const stdio: CliIo = {
  out: (text) => process.stdout.write(text + '\n'),
  err: (text) => process.stderr.write(text + '\n'),
};

class UsageError extends Error {}

const HELP = `Usage: phiwall certs <command> [options]

Commands:
  ca      --out DIR [--cn NAME] [--days N]              create a local CA (ca.crt, ca.key)
  server  --ca DIR --out DIR --san LIST [--cn NAME] [--days N] [--name BASE]
                                                        issue a TLS server certificate (BASE.crt/.key, default server)
  client  --ca DIR --system-id ID --out DIR [--days N]  issue an mTLS client certificate (ID.crt/.key)
  csr     --cn NAME [--san LIST] --out DIR [--org O] [--country CC] [--name BASE]
                                                        create a key and a CSR for a production CA
  show    FILE...                                       print subject, SANs, validity, days to expiry, SHA-256
  dev     [--dir certs]                                 create or refresh the development CA and server certificate

LIST is comma-separated: DNS names, IP addresses, uri:..., email:... (e.g. localhost,127.0.0.1,gw.example.org).
Existing files are not overwritten without --force. Private keys are written with mode 0600.
Exit codes: 0 ok, 1 failure, 2 usage error.`;

type Options = NonNullable<ParseArgsConfig['options']>;
const common: Options = { help: { type: 'boolean', short: 'h' } };
const out: Options = { out: { type: 'string' }, force: { type: 'boolean' } };
const days: Options = { days: { type: 'string' } };

export async function runCerts(argv: string[], io: CliIo = stdio): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'ca':
        return await caCommand(rest, io);
      case 'server':
        return await serverCommand(rest, io);
      case 'client':
        return await clientCommand(rest, io);
      case 'csr':
        return await csrCommand(rest, io);
      case 'show':
        return await showCommand(rest, io);
      case 'dev':
        return await devCommand(rest, io);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.out(HELP);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command ${JSON.stringify(command)}`);
    }
  } catch (err) {
    if (err instanceof UsageError || isParseArgsError(err)) {
      io.err(`phiwall certs: ${(err as Error).message}\nRun "phiwall certs --help" for usage.`);
      return 2;
    }
    io.err(`phiwall certs: ${(err as Error).message}`);
    return 1;
  }
}

function parse(args: string[], options: Options, allowPositionals = false) {
  return parseArgs({ args, options: { ...common, ...options }, allowPositionals, strict: true });
}

async function caCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parse(args, { ...out, ...days, cn: { type: 'string' } });
  if (values.help) return help(io);
  const dir = required(values.out, '--out');
  const validDays = parseDays(values.days, 3650);
  const files = await prepareOutput(dir, ['ca.crt', 'ca.key'], values.force === true);
  const ca = await createCertificateAuthority({ commonName: optionalString(values.cn), days: validDays });
  await writePair(ca, files[0]!, files[1]!);
  report(io, files[0]!, ca.certPem, files[1]!);
  return 0;
}

async function serverCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parse(args, { ...out, ...days, ca: { type: 'string' }, san: { type: 'string' }, cn: { type: 'string' }, name: { type: 'string' } });
  if (values.help) return help(io);
  const ca = await readCa(required(values.ca, '--ca'));
  const altNames = parseSans(required(values.san, '--san'));
  const validDays = parseDays(values.days, 365);
  const base = fileBase(optionalString(values.name) ?? 'server');
  const files = await prepareOutput(required(values.out, '--out'), [`${base}.crt`, `${base}.key`], values.force === true);
  const cert = await issueServerCertificate(ca, { altNames, commonName: optionalString(values.cn), days: validDays });
  await writePair(cert, files[0]!, files[1]!);
  report(io, files[0]!, cert.certPem, files[1]!);
  return 0;
}

async function clientCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parse(args, { ...out, ...days, ca: { type: 'string' }, 'system-id': { type: 'string' } });
  if (values.help) return help(io);
  const systemId = required(values['system-id'], '--system-id');
  if (!isValidSystemId(systemId)) throw new UsageError('--system-id must be 1-15 printable ASCII characters (SMPP 3.4 §5.2.1)');
  const validDays = parseDays(values.days, 365);
  const ca = await readCa(required(values.ca, '--ca'));
  const base = fileBase(systemId);
  const files = await prepareOutput(required(values.out, '--out'), [`${base}.crt`, `${base}.key`], values.force === true);
  const cert = await issueClientCertificate(ca, { systemId, days: validDays });
  await writePair(cert, files[0]!, files[1]!);
  report(io, files[0]!, cert.certPem, files[1]!);
  return 0;
}

async function csrCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parse(args, {
    ...out,
    cn: { type: 'string' },
    san: { type: 'string' },
    org: { type: 'string' },
    country: { type: 'string' },
    name: { type: 'string' },
  });
  if (values.help) return help(io);
  const commonName = required(values.cn, '--cn');
  const altNames = parseSans(optionalString(values.san) ?? commonName);
  const country = optionalString(values.country);
  if (country !== undefined && !/^[A-Z]{2}$/.test(country)) throw new UsageError('--country must be two capital letters, e.g. US');
  const base = fileBase(optionalString(values.name) ?? commonName);
  const [csrPath, keyPath] = await prepareOutput(required(values.out, '--out'), [`${base}.csr`, `${base}.key`], values.force === true);
  const csr = await createCertificateRequest({ commonName, altNames, organization: optionalString(values.org), country });
  await writePem(keyPath!, csr.keyPem, 'private');
  await writePem(csrPath!, csr.csrPem, 'public');
  const info = certificateRequestInfo(csr.csrPem);
  io.out(`wrote ${csrPath} (send this to the CA)\nwrote ${keyPath} (keep it here; mode 0600)`);
  io.out(`  subject: ${info.subject}\n  SANs:    ${info.subjectAltNames.join(', ')}`);
  return 0;
}

async function showCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' } }, true);
  if (values.help) return help(io);
  if (positionals.length === 0) throw new UsageError('show needs at least one FILE');
  let failed = false;
  const json: Record<string, unknown> = {};
  for (const file of positionals) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (err) {
      io.err(`${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
      failed = true;
      continue;
    }
    try {
      if (text.includes('-----BEGIN CERTIFICATE REQUEST-----')) {
        const info = certificateRequestInfo(text);
        if (values.json) json[file] = info;
        else io.out(`${file} (certificate request)\n  subject:   ${info.subject}\n  SANs:      ${info.subjectAltNames.join(', ') || '-'}\n  signature: ${info.signatureValid ? 'valid' : 'INVALID'}`);
        continue;
      }
      const infos = certificatesInfo(text);
      if (infos.length === 0) throw new Error('no PEM certificate in file');
      if (values.json) json[file] = infos;
      else infos.forEach((info, i) => io.out(describe(infos.length > 1 ? `${file} [${i}]` : file, info)));
    } catch (err) {
      io.err(`${file}: ${(err as Error).message}`);
      failed = true;
    }
  }
  if (values.json) io.out(JSON.stringify(json, null, 2));
  return failed ? 1 : 0;
}

async function devCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parse(args, { dir: { type: 'string' } });
  if (values.help) return help(io);
  const dir = optionalString(values.dir) ?? 'certs';
  const log = pino({ level: 'info' }, { write: (line: string) => io.err(line.trimEnd()) });
  const result = await ensureDevCertificates(dir, log);
  io.out(result.created ? `development certificates written to ${dir}` : `development certificates in ${dir} are current`);
  io.out(describe(join(dir, 'server.crt'), certificatesInfo(result.serverCert)[0]!));
  io.out(`clients trust ${join(dir, 'ca.crt')}`);
  return 0;
}

function describe(label: string, info: CertificateInfo): string {
  const expiry = info.daysToExpiry < 0 ? `EXPIRED ${-info.daysToExpiry} days ago` : `${info.daysToExpiry} days to expiry`;
  return [
    label,
    `  subject:    ${info.subject}`,
    `  issuer:     ${info.issuer}`,
    `  SANs:       ${info.subjectAltNames.join(', ') || '-'}`,
    `  not before: ${info.notBefore.toISOString()}`,
    `  not after:  ${info.notAfter.toISOString()} (${expiry})`,
    `  SHA-256:    ${info.fingerprintSha256}`,
    `  CA:         ${info.isCa ? 'yes' : 'no'}`,
  ].join('\n');
}

function report(io: CliIo, certPath: string, certPem: string, keyPath: string): void {
  io.out(describe(`wrote ${certPath}`, certificatesInfo(certPem)[0]!));
  io.out(`wrote ${keyPath} (mode 0600)`);
}

function help(io: CliIo): number {
  io.out(HELP);
  return 0;
}

function required(value: unknown, flag: string): string {
  if (typeof value !== 'string' || value === '') throw new UsageError(`${flag} is required`);
  return value;
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function parseDays(value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  const n = typeof value === 'string' && /^\d{1,5}$/.test(value) ? Number(value) : NaN;
  if (!(n >= 1 && n <= 36_500)) throw new UsageError('--days must be a whole number from 1 to 36500');
  return n;
}

function parseSans(list: string): AltName[] {
  const parsed = parseAltNames(list);
  if (!parsed.ok) throw new UsageError(`--san: ${parsed.error}`);
  if (parsed.altNames.length === 0) throw new UsageError('--san needs at least one name');
  return parsed.altNames;
}

/** A file name derived from user input that cannot climb out of the output directory. */
function fileBase(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_');
}

async function readCa(dir: string): Promise<CertificateAndKey> {
  const certPath = join(dir, 'ca.crt');
  const keyPath = join(dir, 'ca.key');
  try {
    return { certPem: await readFile(certPath, 'utf8'), keyPem: await readFile(keyPath, 'utf8') };
  } catch (err) {
    throw new Error(`cannot read ${certPath} and ${keyPath} (${(err as NodeJS.ErrnoException).code ?? 'error'}); create a CA with "phiwall certs ca --out ${dir}"`);
  }
}

async function prepareOutput(dir: string, names: string[], force: boolean): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const paths = names.map((n) => join(dir, n));
  if (!force) {
    for (const p of paths) if (await exists(p)) throw new Error(`${p} exists; use --force to replace it`);
  }
  return paths;
}

async function writePair(pair: CertificateAndKey, certPath: string, keyPath: string): Promise<void> {
  await writePem(keyPath, pair.keyPem, 'private');
  await writePem(certPath, pair.certPem, 'public');
}

function isParseArgsError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}
