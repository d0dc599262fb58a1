import { randomBytes } from 'node:crypto';
import forge from 'node-forge';
import { toForgeAltNames, type AltName } from './alt-names.js';

const DAY_MS = 86_400_000;
// Certificates start slightly in the past so a peer whose clock lags a little still accepts them.
const BACKDATE_MS = 5 * 60_000;

/** A certificate and its private key, both PEM. */
export interface CertificateAndKey {
  certPem: string;
  keyPem: string;
}

/** A parsed CA, ready to sign. */
export interface Issuer {
  cert: forge.pki.Certificate;
  key: forge.pki.rsa.PrivateKey;
  certPem: string;
}

export interface CertificateSpec {
  subject: forge.pki.CertificateField[];
  publicKey: forge.pki.rsa.PublicKey;
  days: number;
  /** Omitted for a self-signed CA. */
  issuer?: Issuer;
  /** Signs the certificate when there is no issuer. */
  selfSignKey?: forge.pki.rsa.PrivateKey;
  isCa: boolean;
  altNames?: readonly AltName[];
  extKeyUsage?: 'serverAuth' | 'clientAuth';
  now?: Date;
}

/** Parses a CA pair; throws a message that names the problem, never the key. */
export function loadIssuer(ca: CertificateAndKey): Issuer {
  let cert: forge.pki.Certificate;
  let key: forge.pki.rsa.PrivateKey;
  try {
    cert = forge.pki.certificateFromPem(ca.certPem);
  } catch {
    throw new Error('CA certificate is not a PEM RSA certificate');
  }
  try {
    key = forge.pki.privateKeyFromPem(ca.keyPem) as forge.pki.rsa.PrivateKey;
  } catch {
    throw new Error('CA key is not an unencrypted PEM RSA private key');
  }
  const constraints = cert.getExtension('basicConstraints') as { cA?: boolean } | undefined;
  if (!constraints?.cA) throw new Error('CA certificate is not a CA (basicConstraints cA is not set)');
  const pub = cert.publicKey as forge.pki.rsa.PublicKey;
  if (!pub.n || pub.n.compareTo(key.n) !== 0) throw new Error('CA key does not match the CA certificate');
  return { cert, key, certPem: ca.certPem };
}

export function assertDays(days: number): void {
  if (!Number.isInteger(days) || days < 1 || days > 36_500) throw new RangeError('days must be an integer from 1 to 36500');
}

export function signCertificate(spec: CertificateSpec): string {
  assertDays(spec.days);
  const now = spec.now?.getTime() ?? Date.now();
  const cert = forge.pki.createCertificate();
  cert.publicKey = spec.publicKey;
  cert.serialNumber = randomSerial();
  cert.validity.notBefore = new Date(now - BACKDATE_MS);
  cert.validity.notAfter = new Date(now + spec.days * DAY_MS);
  cert.setSubject(spec.subject);
  cert.setIssuer(spec.issuer ? spec.issuer.cert.subject.attributes : spec.subject);

  const extensions: object[] = spec.isCa
    ? [
        { name: 'basicConstraints', cA: true, critical: true },
        { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
      ]
    : [
        { name: 'basicConstraints', cA: false },
        { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
      ];
  if (spec.extKeyUsage) extensions.push({ name: 'extKeyUsage', [spec.extKeyUsage]: true });
  if (spec.altNames?.length) extensions.push({ name: 'subjectAltName', altNames: toForgeAltNames(spec.altNames) });
  extensions.push({ name: 'subjectKeyIdentifier' });
  if (spec.issuer) extensions.push({ name: 'authorityKeyIdentifier', keyIdentifier: issuerKeyId(spec.issuer.cert) });
  cert.setExtensions(extensions);

  const signer = spec.issuer?.key ?? spec.selfSignKey;
  if (!signer) throw new Error('a certificate needs an issuer or a self-signing key');
  cert.sign(signer, forge.md.sha256.create());
  return forge.pki.certificateToPem(cert);
}

/** The issuer's own subjectKeyIdentifier when it has one (CAs made elsewhere may derive it differently). */
function issuerKeyId(caCert: forge.pki.Certificate): string {
  const ext = caCert.getExtension('subjectKeyIdentifier') as { subjectKeyIdentifier?: string } | undefined;
  return ext?.subjectKeyIdentifier
    ? forge.util.hexToBytes(ext.subjectKeyIdentifier)
    : caCert.generateSubjectKeyIdentifier().getBytes();
}

/** 128 random bits, positive and minimally encoded as a DER INTEGER (RFC 5280 §4.1.2.2). */
function randomSerial(): string {
  const bytes = randomBytes(16);
  bytes[0] = (bytes[0]! & 0x7f) | 0x40;
  return bytes.toString('hex');
}
