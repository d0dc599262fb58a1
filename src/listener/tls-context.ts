// TLS material read from files, re-read on reload so new handshakes use new certificates without a restart
// (the smtp-server `updateSecureContext` idea: existing connections keep theirs).
import { readFileSync } from 'node:fs';
import type tls from 'node:tls';
import type { X509Certificate } from 'node:crypto';
import { resolvePath } from '../config/load.js';

export interface ListenerTlsFiles {
  cert: string;
  key: string;
  ca?: string | undefined;
  requestClientCert: boolean;
  requireClientCert?: boolean | undefined;
  minVersion: 'TLSv1.2' | 'TLSv1.3';
}

export function listenerTlsOptions(files: ListenerTlsFiles): tls.TlsOptions {
  return {
    cert: readFileSync(resolvePath(files.cert)),
    key: readFileSync(resolvePath(files.key)),
    ...(files.ca ? { ca: readFileSync(resolvePath(files.ca)) } : {}),
    requestCert: files.requestClientCert,
    // Without requireClientCert the handshake succeeds and the bind decides (per-client require_client_cert).
    rejectUnauthorized: files.requestClientCert ? (files.requireClientCert ?? false) : false,
    minVersion: files.minVersion,
  };
}

export interface UpstreamTlsFiles {
  ca?: string | undefined;
  servername?: string | undefined;
  cert?: string | undefined;
  key?: string | undefined;
  rejectUnauthorized: boolean;
}

export function upstreamTlsOptions(files: UpstreamTlsFiles): tls.ConnectionOptions {
  return {
    ...(files.ca ? { ca: readFileSync(resolvePath(files.ca)) } : {}),
    ...(files.servername ? { servername: files.servername } : {}),
    ...(files.cert ? { cert: readFileSync(resolvePath(files.cert)) } : {}),
    ...(files.key ? { key: readFileSync(resolvePath(files.key)) } : {}),
    rejectUnauthorized: files.rejectUnauthorized,
  };
}

/** CN and subjectAltName values of a verified peer certificate, for matching a client's identity. */
export function certificateIdentities(cert: tls.PeerCertificate | X509Certificate | undefined): string[] {
  if (!cert) return [];
  const out: string[] = [];
  const subject = (cert as tls.PeerCertificate).subject;
  const cn = subject && typeof subject === 'object' ? subject.CN : undefined;
  if (typeof cn === 'string') out.push(cn);
  else if (Array.isArray(cn)) out.push(...(cn as string[]));
  const san = (cert as tls.PeerCertificate).subjectaltname;
  if (san) {
    for (const part of san.split(/,\s*/)) {
      const i = part.indexOf(':');
      if (i > 0) out.push(part.slice(i + 1));
    }
  }
  return out;
}

/** A client certificate matches a client when its CN or a SAN is the expected identity. */
export function identityMatches(identities: readonly string[], expected: string): boolean {
  return identities.some((id) => id === expected || id === `phiwall:client:${expected}`);
}
