import type { AltName } from './alt-names.js';
import { clientUri, isValidSystemId } from './client-identity.js';
import { generateRsaKeyPair } from './keys.js';
import { loadIssuer, signCertificate, type CertificateAndKey } from './sign.js';

export interface ServerCertOptions {
  altNames: readonly AltName[];
  /** Default: the first DNS name, else the first SAN. Clients check SANs, not the CN (RFC 6125). */
  commonName?: string;
  /** Default 365. */
  days?: number;
  now?: Date;
}

/** A TLS server certificate (serverAuth) signed by `ca`. */
export async function issueServerCertificate(ca: CertificateAndKey, opts: ServerCertOptions): Promise<CertificateAndKey> {
  if (opts.altNames.length === 0) throw new RangeError('a server certificate needs at least one subjectAltName');
  const issuer = loadIssuer(ca);
  const keys = await generateRsaKeyPair();
  const commonName = opts.commonName ?? (opts.altNames.find((a) => a.type === 'dns') ?? opts.altNames[0]!).value;
  const certPem = signCertificate({
    subject: [{ shortName: 'CN', value: commonName }],
    publicKey: keys.publicKey,
    issuer,
    days: opts.days ?? 365,
    isCa: false,
    altNames: opts.altNames,
    extKeyUsage: 'serverAuth',
    now: opts.now,
  });
  return { certPem, keyPem: keys.privateKeyPem };
}

export interface ClientCertOptions {
  /** The SMPP system_id this certificate authenticates. */
  systemId: string;
  /** Default 365. */
  days?: number;
  now?: Date;
}

/** An mTLS client certificate (clientAuth): CN = system_id and SAN URI `phiwall:client:<system_id>`. */
export async function issueClientCertificate(ca: CertificateAndKey, opts: ClientCertOptions): Promise<CertificateAndKey> {
  if (!isValidSystemId(opts.systemId)) throw new RangeError('system_id must be 1-15 printable ASCII characters');
  const issuer = loadIssuer(ca);
  const keys = await generateRsaKeyPair();
  const certPem = signCertificate({
    subject: [
      { shortName: 'CN', value: opts.systemId },
      { shortName: 'OU', value: 'phiwall clients' },
    ],
    publicKey: keys.publicKey,
    issuer,
    days: opts.days ?? 365,
    isCa: false,
    altNames: [{ type: 'uri', value: clientUri(opts.systemId) }],
    extKeyUsage: 'clientAuth',
    now: opts.now,
  });
  return { certPem, keyPem: keys.privateKeyPem };
}
