// The `admin:` section: where the admin HTTP API listens and who may call it. Tokens are stored as
// `sha256:<64 hex>` (`printf %s "$TOKEN" | sha256sum`), an scrypt hash (`phiwall hash-password`), or plain
// text (accepted with a warning at start-up). Issue messages never echo a token.
import { z } from 'zod';
import { checkStoredPassword } from '../session/credentials.js';
import { ROLES } from './roles.js';

export const SHA256_PREFIX = 'sha256:';
const SHA256_HEX = /^sha256:[0-9a-f]{64}$/i;
/** A guessable plain token is worse than none: ask for at least this much. */
export const MIN_PLAIN_TOKEN = 16;

export type TokenForm = 'sha256' | 'scrypt' | 'plain';

export function tokenForm(stored: string): TokenForm {
  if (stored.startsWith(SHA256_PREFIX)) return 'sha256';
  if (stored.startsWith('scrypt$')) return 'scrypt';
  return 'plain';
}

const storedToken = z.string().superRefine((v, ctx) => {
  const form = tokenForm(v);
  const problem =
    form === 'sha256'
      ? SHA256_HEX.test(v)
        ? undefined
        : 'malformed sha256 token hash: expected sha256:<64 hex digits>'
      : form === 'scrypt'
        ? checkStoredPassword(v)
        : v.length < MIN_PLAIN_TOKEN
          ? `a plain token must be at least ${MIN_PLAIN_TOKEN} characters (e.g. openssl rand -hex 32)`
          : undefined;
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

const role = z.enum(ROLES);

export const adminConfigSchema = z
  .strictObject({
    host: z.string().min(1).default('127.0.0.1'),
    port: z.number().int().min(0).max(65535).default(9090),
    tls: z
      .strictObject({
        cert: z.string().min(1),
        key: z.string().min(1),
        ca: z.string().min(1).optional(),
        /** Ask for a client certificate; a verified one maps to a role through `mtls`. */
        requestClientCert: z.boolean().default(false),
        /** Refuse connections without a verified client certificate (tokens alone are then not enough). */
        requireClientCert: z.boolean().optional(),
        minVersion: z.enum(['TLSv1.2', 'TLSv1.3']).default('TLSv1.2'),
      })
      .optional(),
    tokens: z
      .array(
        z.strictObject({
          token: storedToken,
          role,
          /** Who this token is, in logs and in the audit trail. */
          name: z.string().regex(/^[A-Za-z0-9_.@-]{1,64}$/, 'use 1-64 letters, digits, _ . @ -'),
        }),
      )
      .default([]),
    /** Client certificate identities (CN or a SAN value) and their roles. */
    mtls: z.array(z.strictObject({ identity: z.string().min(1).max(256), role })).default([]),
    /** Largest request body accepted, in bytes. */
    max_body: z.number().int().min(1024).max(1024 * 1024).default(64 * 1024),
  })
  .superRefine((cfg, ctx) => {
    const names = new Set<string>();
    cfg.tokens.forEach((t, i) => {
      if (names.has(t.name)) ctx.addIssue({ code: 'custom', path: ['tokens', i, 'name'], message: `duplicate token name "${t.name}"` });
      names.add(t.name);
    });
    if (cfg.mtls.length && !cfg.tls?.requestClientCert) {
      ctx.addIssue({ code: 'custom', path: ['mtls'], message: 'needs tls with requestClientCert: true' });
    }
    if (cfg.tls?.requestClientCert && !cfg.tls.ca) {
      ctx.addIssue({ code: 'custom', path: ['tls', 'ca'], message: 'required with requestClientCert' });
    }
  });

export type AdminConfig = z.output<typeof adminConfigSchema>;
export type AdminConfigInput = z.input<typeof adminConfigSchema>;
