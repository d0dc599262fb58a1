import forge from 'node-forge';
import { toForgeAltNames, type AltName } from './alt-names.js';
import { generateRsaKeyPair } from './keys.js';

export interface CsrOptions {
  commonName: string;
  altNames: readonly AltName[];
  organization?: string;
  /** ISO 3166 two-letter code. */
  country?: string;
}

export interface CsrAndKey {
  csrPem: string;
  /** Stays with the operator; only the CSR goes to the CA. */
  keyPem: string;
}

/** A PKCS#10 request (SHA-256, RSA 2048) asking a production CA for a server certificate with these SANs. */
export async function createCertificateRequest(opts: CsrOptions): Promise<CsrAndKey> {
  if (opts.commonName.trim() === '') throw new RangeError('a CSR needs a common name');
  if (opts.country !== undefined && !/^[A-Z]{2}$/.test(opts.country)) throw new RangeError('country must be two capital letters');
  const keys = await generateRsaKeyPair();
  const csr = forge.pki.createCertificationRequest();
  csr.publicKey = keys.publicKey;
  const subject: forge.pki.CertificateField[] = [];
  if (opts.country) subject.push({ shortName: 'C', value: opts.country });
  if (opts.organization) subject.push({ shortName: 'O', value: opts.organization });
  subject.push({ shortName: 'CN', value: opts.commonName });
  csr.setSubject(subject);
  if (opts.altNames.length > 0) {
    csr.setAttributes([
      { name: 'extensionRequest', extensions: [{ name: 'subjectAltName', altNames: toForgeAltNames(opts.altNames) }] },
    ]);
  }
  csr.sign(keys.privateKey, forge.md.sha256.create());
  return { csrPem: forge.pki.certificationRequestToPem(csr), keyPem: keys.privateKeyPem };
}

export interface CsrInfo {
  subject: string;
  subjectAltNames: string[];
  /** The request's self-signature checks out against its own public key. */
  signatureValid: boolean;
}

/** What a CSR asks for. Throws when `pem` is not a PEM RSA certification request. */
export function certificateRequestInfo(pem: string): CsrInfo {
  const csr = forge.pki.certificationRequestFromPem(pem);
  const subject = csr.subject.attributes.map((a) => `${a.shortName ?? a.name}=${String(a.value)}`).join(', ');
  const extReq = csr.getAttribute({ name: 'extensionRequest' }) as
    | { extensions?: Array<{ name?: string; altNames?: Array<{ type: number; value?: string; ip?: string }> }> }
    | null;
  const san = extReq?.extensions?.find((e) => e.name === 'subjectAltName');
  const subjectAltNames = (san?.altNames ?? []).map((n) => {
    switch (n.type) {
      case 1:
        return `email:${n.value ?? ''}`;
      case 2:
        return `DNS:${n.value ?? ''}`;
      case 6:
        return `URI:${n.value ?? ''}`;
      case 7:
        return `IP:${n.ip ?? ''}`;
      default:
        return `type${n.type}:${n.value ?? ''}`;
    }
  });
  return { subject, subjectAltNames, signatureValid: csr.verify() };
}
