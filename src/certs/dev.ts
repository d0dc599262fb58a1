import { X509Certificate, createPrivateKey } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { parseAltNames, type AltName } from './alt-names.js';
import { createCertificateAuthority } from './authority.js';
import { readOptional, tightenKeyMode, writePem } from './files.js';
import { certificateInfo } from './info.js';
import { issueServerCertificate } from './issue.js';
import type { CertificateAndKey } from './sign.js';

export interface DevCertificates {
  caCert: string;
  serverCert: string;
  serverKey: string;
  /** True when anything was generated on this call. */
  created: boolean;
}

export interface DevCertOptions {
  now?: Date;
  /** Regenerate the server certificate when it expires within this many days. Default 7. */
  renewWithinDays?: number;
}

const DEV_SANS = ['localhost', '127.0.0.1', '::1'];
const CA_RENEW_WITHIN_DAYS = 30;

/**
 * Development TLS material in `dir`: a local CA (ca.crt, ca.key; ~10 years) and a server certificate for
 * localhost, 127.0.0.1 and ::1 (server.crt, server.key; ~1 year). Existing files are reused while they are
 * valid, match each other and are not close to expiry; whatever is missing or stale is regenerated.
 * Not for production: the CA key sits next to the server key.
 */
export async function ensureDevCertificates(dir: string, log: Logger, opts: DevCertOptions = {}): Promise<DevCertificates> {
  const now = opts.now ?? new Date();
  const renewWithinDays = opts.renewWithinDays ?? 7;
  const paths = {
    caCert: join(dir, 'ca.crt'),
    caKey: join(dir, 'ca.key'),
    serverCert: join(dir, 'server.crt'),
    serverKey: join(dir, 'server.key'),
  };
  await mkdir(dir, { recursive: true, mode: 0o700 });

  let ca = await readPair(paths.caCert, paths.caKey);
  const caProblem = ca ? checkCa(ca, now) : 'missing';
  let created = false;
  if (caProblem !== undefined || !ca) {
    ca = await createCertificateAuthority({ commonName: 'phiwall development CA', now });
    await writePem(paths.caKey, ca.keyPem, 'private');
    await writePem(paths.caCert, ca.certPem, 'public');
    created = true;
    log.info({ dir, reason: caProblem, notAfter: certificateInfo(ca.certPem, now).notAfter }, 'generated development CA');
  } else {
    await warnIfLoose(paths.caKey, log);
  }

  // A new CA invalidates every certificate the old one issued.
  let server = created ? undefined : await readPair(paths.serverCert, paths.serverKey);
  const serverProblem = created ? 'new CA' : server ? checkServer(server, ca.certPem, now, renewWithinDays) : 'missing';
  if (serverProblem !== undefined || !server) {
    server = await issueServerCertificate(ca, { altNames: devAltNames(), commonName: 'localhost', now });
    await writePem(paths.serverKey, server.keyPem, 'private');
    await writePem(paths.serverCert, server.certPem, 'public');
    created = true;
    const info = certificateInfo(server.certPem, now);
    log.info(
      { dir, reason: serverProblem, notAfter: info.notAfter, sans: info.subjectAltNames },
      'generated development server certificate',
    );
  } else {
    await warnIfLoose(paths.serverKey, log);
  }

  return { caCert: ca.certPem, serverCert: server.certPem, serverKey: server.keyPem, created };
}

function devAltNames(): AltName[] {
  const parsed = parseAltNames(DEV_SANS);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.altNames;
}

async function readPair(certPath: string, keyPath: string): Promise<CertificateAndKey | undefined> {
  const [certPem, keyPem] = await Promise.all([readOptional(certPath), readOptional(keyPath)]);
  return certPem !== undefined && keyPem !== undefined ? { certPem, keyPem } : undefined;
}

/** Why the CA cannot be reused, or undefined when it can. */
function checkCa(ca: CertificateAndKey, now: Date): string | undefined {
  try {
    const x509 = new X509Certificate(ca.certPem);
    if (!x509.ca) return 'not a CA certificate';
    if (!x509.checkPrivateKey(createPrivateKey(ca.keyPem))) return 'key does not match certificate';
    if (certificateInfo(ca.certPem, now).daysToExpiry < CA_RENEW_WITHIN_DAYS) return 'expiring';
    return undefined;
  } catch {
    return 'unreadable';
  }
}

function checkServer(server: CertificateAndKey, caPem: string, now: Date, renewWithinDays: number): string | undefined {
  try {
    const x509 = new X509Certificate(server.certPem);
    const ca = new X509Certificate(caPem);
    if (!x509.checkIssued(ca) || !x509.verify(ca.publicKey)) return 'not issued by the CA';
    if (!x509.checkPrivateKey(createPrivateKey(server.keyPem))) return 'key does not match certificate';
    const info = certificateInfo(server.certPem, now);
    if (info.notBefore.getTime() > now.getTime()) return 'not yet valid';
    if (info.notAfter.getTime() - now.getTime() <= renewWithinDays * 86_400_000) return 'expiring';
    if (!x509.checkHost('localhost') || !x509.checkIP('127.0.0.1')) return 'missing development SANs';
    return undefined;
  } catch {
    return 'unreadable';
  }
}

async function warnIfLoose(keyPath: string, log: Logger): Promise<void> {
  if (await tightenKeyMode(keyPath)) log.warn({ path: keyPath }, 'private key was readable by others; set mode 0600');
}
