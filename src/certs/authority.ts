import { generateRsaKeyPair } from './keys.js';
import { signCertificate, type CertificateAndKey } from './sign.js';

export interface CaOptions {
  commonName?: string;
  organization?: string;
  /** Default 3650 (~10 years). */
  days?: number;
  now?: Date;
}

/** A self-signed local CA for development and private deployments (keyCertSign only, no path length use). */
export async function createCertificateAuthority(opts: CaOptions = {}): Promise<CertificateAndKey> {
  const keys = await generateRsaKeyPair();
  const subject = [
    { shortName: 'CN', value: opts.commonName ?? 'phiwall local CA' },
    { shortName: 'O', value: opts.organization ?? 'phiwall' },
  ];
  const certPem = signCertificate({
    subject,
    publicKey: keys.publicKey,
    selfSignKey: keys.privateKey,
    days: opts.days ?? 3650,
    isCa: true,
    now: opts.now,
  });
  return { certPem, keyPem: keys.privateKeyPem };
}
