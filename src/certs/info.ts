import { X509Certificate } from 'node:crypto';

const DAY_MS = 86_400_000;
const PEM_CERT = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

export interface CertificateInfo {
  /** `CN=localhost, O=phiwall` */
  subject: string;
  issuer: string;
  commonName: string | undefined;
  /** `DNS:localhost`, `IP:127.0.0.1`, `URI:phiwall:client:emr`, `email:ops@example.org` */
  subjectAltNames: string[];
  serialNumber: string;
  notBefore: Date;
  notAfter: Date;
  /** Whole days until notAfter, rounded down; negative once expired. */
  daysToExpiry: number;
  /** Colon-separated upper-case hex, as `openssl x509 -fingerprint -sha256` prints it. */
  fingerprintSha256: string;
  isCa: boolean;
}

/**
 * Facts about the first certificate in `pem`. Uses node:crypto (OpenSSL) rather than forge so that
 * production certificates with EC keys parse too. Throws when `pem` holds no parseable certificate.
 */
export function certificateInfo(pem: string | Buffer, now: Date = new Date()): CertificateInfo {
  const first = splitCertificates(String(pem))[0];
  if (first === undefined) throw new Error('no PEM certificate found');
  return describe(new X509Certificate(first), now);
}

/** Every certificate in a PEM bundle (leaf first, as servers send chains). */
export function certificatesInfo(pem: string | Buffer, now: Date = new Date()): CertificateInfo[] {
  return splitCertificates(String(pem)).map((block) => describe(new X509Certificate(block), now));
}

export function splitCertificates(pem: string): string[] {
  return pem.match(PEM_CERT) ?? [];
}

function describe(x509: X509Certificate, now: Date): CertificateInfo {
  const notAfter = new Date(x509.validTo);
  const subjectParts = x509.subject.split('\n');
  const cn = subjectParts.find((p) => p.startsWith('CN='));
  return {
    subject: subjectParts.join(', '),
    issuer: x509.issuer.split('\n').join(', '),
    commonName: cn?.slice(3),
    subjectAltNames: parseSubjectAltNames(x509.subjectAltName ?? '').map((n) =>
      n.startsWith('IP Address:') ? 'IP:' + n.slice('IP Address:'.length) : n,
    ),
    serialNumber: x509.serialNumber,
    notBefore: new Date(x509.validFrom),
    notAfter,
    daysToExpiry: Math.floor((notAfter.getTime() - now.getTime()) / DAY_MS),
    fingerprintSha256: x509.fingerprint256,
    isCa: x509.ca,
  };
}

/**
 * Splits OpenSSL's `DNS:a, IP Address:1.2.3.4, URI:x` form. Node quotes a value that holds a comma or
 * other special characters as a JSON string (`DNS:"a,b"`), so quoted values are decoded, not split.
 */
export function parseSubjectAltNames(text: string): string[] {
  const names: string[] = [];
  let i = 0;
  while (i < text.length) {
    const colon = text.indexOf(':', i);
    if (colon < 0) break;
    const type = text.slice(i, colon);
    let value: string;
    let end: number;
    if (text[colon + 1] === '"') {
      end = closingQuote(text, colon + 2);
      try {
        value = JSON.parse(text.slice(colon + 1, end + 1)) as string;
      } catch {
        value = text.slice(colon + 2, end);
      }
      end += 1;
    } else {
      end = text.indexOf(', ', colon + 1);
      if (end < 0) end = text.length;
      value = text.slice(colon + 1, end);
    }
    names.push(`${type}:${value}`);
    i = text.startsWith(', ', end) ? end + 2 : end + 1;
  }
  return names;
}

function closingQuote(text: string, from: number): number {
  for (let j = from; j < text.length; j++) {
    if (text[j] === '\\') j++;
    else if (text[j] === '"') return j;
  }
  return text.length;
}
