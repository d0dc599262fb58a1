import { parseSubjectAltNames } from './info.js';

/** Client certificates name their SMPP system_id twice: as the CN and as this URI SAN (the SAN is authoritative). */
export const CLIENT_URI_PREFIX = 'phiwall:client:';

// SMPP 3.4 §5.2.1: system_id is a C-Octet String of at most 16 octets, NUL included.
const SYSTEM_ID = /^[\x21-\x7e]{1,15}$/;

export function isValidSystemId(systemId: string): boolean {
  return SYSTEM_ID.test(systemId);
}

export function clientUri(systemId: string): string {
  return CLIENT_URI_PREFIX + encodeURIComponent(systemId);
}

/** The subset of node:tls PeerCertificate this reads. */
export interface PeerCertificateLike {
  subject?: { CN?: string | string[] } | null;
  subjectaltname?: string;
}

/**
 * The system_id a client certificate was issued for: its `phiwall:client:` URI SAN, else its CN.
 * Returns undefined for a certificate that names none (the listener then refuses the bind).
 */
export function systemIdFromPeerCertificate(cert: PeerCertificateLike | undefined | null): string | undefined {
  if (!cert) return undefined;
  for (const name of parseSubjectAltNames(cert.subjectaltname ?? '')) {
    if (name.startsWith('URI:' + CLIENT_URI_PREFIX)) {
      try {
        const id = decodeURIComponent(name.slice(4 + CLIENT_URI_PREFIX.length));
        if (isValidSystemId(id)) return id;
      } catch {
        // a malformed escape is not an identity; fall through to the CN
      }
    }
  }
  const cn = cert.subject?.CN;
  const first = Array.isArray(cn) ? cn[0] : cn;
  return first !== undefined && isValidSystemId(first) ? first : undefined;
}
