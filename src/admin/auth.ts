// Who is calling: a bearer token (compared in constant time against every configured token) or, on a TLS
// listener with requestClientCert, a verified client certificate whose CN or SAN is listed under `mtls`.
// An Authorization header, when present, is the credential: a wrong token never falls back to the certificate.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { verifyPassword } from '../session/credentials.js';
import { certificateIdentities } from '../listener/tls-context.js';
import { BindThrottle } from '../listener/bind-throttle.js';
import { SHA256_PREFIX, tokenForm, type AdminConfig } from './config-schema.js';
import type { Role } from './roles.js';
import type { Principal } from './types.js';

/** Longer than any sensible token: refused without hashing. */
const MAX_TOKEN_CHARS = 1024;
/** Wrong tokens per source address per minute before its calls are refused without checking. */
const FAILURES_PER_MINUTE = 20;
/** Verified scrypt tokens remembered (by sha256) so the dashboard's polling does not pay scrypt each time. */
const MAX_CACHED = 256;

interface Entry {
  name: string;
  role: Role;
  /** sha256 of the token (plain and sha256 forms). */
  digest?: Buffer;
  /** scrypt form. */
  scrypt?: string;
}

export type AuthOutcome = { ok: true; principal: Principal } | { ok: false };

export class Authenticator {
  private readonly entries: Entry[];
  private readonly mtls: ReadonlyMap<string, Role>;
  private readonly verified = new Map<string, Principal>();
  private readonly throttle = new BindThrottle(FAILURES_PER_MINUTE);

  constructor(cfg: Pick<AdminConfig, 'tokens' | 'mtls'>) {
    this.entries = cfg.tokens.map((t) => {
      const form = tokenForm(t.token);
      if (form === 'scrypt') return { name: t.name, role: t.role, scrypt: t.token };
      const digest = form === 'sha256' ? Buffer.from(t.token.slice(SHA256_PREFIX.length), 'hex') : sha256(t.token);
      return { name: t.name, role: t.role, digest };
    });
    this.mtls = new Map(cfg.mtls.map((m) => [m.identity, m.role]));
  }

  /** Names of tokens stored in plain text (for the start-up warning). */
  static plainTokenNames(cfg: Pick<AdminConfig, 'tokens'>): string[] {
    return cfg.tokens.filter((t) => tokenForm(t.token) === 'plain').map((t) => t.name);
  }

  /** undefined: no credential at all (neither header nor a mapped certificate). */
  async authenticate(req: IncomingMessage): Promise<AuthOutcome | undefined> {
    const header = req.headers.authorization;
    if (header !== undefined) return this.bearer(header, req.socket.remoteAddress ?? '');
    const identity = this.certificate(req.socket as TLSSocket);
    return identity ?? undefined;
  }

  private async bearer(header: string, address: string): Promise<AuthOutcome> {
    const m = /^Bearer[ ]+([^\s]+)\s*$/i.exec(header);
    const token = m?.[1];
    if (!token || token.length > MAX_TOKEN_CHARS || this.throttle.blocked(address)) return this.fail(address);
    const digest = sha256(token);
    const cached = this.verified.get(digest.toString('hex'));
    if (cached) return { ok: true, principal: cached };
    // Every entry is compared, matched or not, so the time taken does not say which one matched.
    let match: Entry | undefined;
    for (const e of this.entries) {
      if (e.digest && timingSafeEqual(e.digest, digest) && !match) match = e;
    }
    if (!match) {
      for (const e of this.entries) {
        if (e.scrypt && (await verifyPassword(e.scrypt, token)) && !match) match = e;
      }
      if (match) this.remember(digest.toString('hex'), principalOf(match));
    }
    if (!match) return this.fail(address);
    this.throttle.succeed(address);
    return { ok: true, principal: principalOf(match) };
  }

  private certificate(socket: TLSSocket): AuthOutcome | undefined {
    if (!this.mtls.size || typeof socket.getPeerCertificate !== 'function' || !socket.authorized) return undefined;
    for (const id of certificateIdentities(socket.getPeerCertificate())) {
      const role = this.mtls.get(id);
      if (role) return { ok: true, principal: { name: id, role, via: 'mtls' } };
    }
    return undefined;
  }

  private fail(address: string): AuthOutcome {
    this.throttle.fail(address);
    return { ok: false };
  }

  private remember(key: string, p: Principal): void {
    if (this.verified.size >= MAX_CACHED) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(key, p);
  }
}

function principalOf(e: Entry): Principal {
  return { name: e.name, role: e.role, via: 'token' };
}

function sha256(s: string): Buffer {
  return createHash('sha256').update(s, 'utf8').digest();
}
