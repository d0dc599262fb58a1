// `POST /detokenize` (privacy role): the original value behind a token. Every call — found or not — is
// written to the audit trail, durably, BEFORE any value is returned: who asked, why, and the token's category
// and client. Never the value and never the token, there or in a log line. No trail, no disclosure.
import { z } from 'zod';
import { DEFAULT_TEMPLATE } from '../inspection/vault/vault.js';
import { VaultError } from '../inspection/vault/errors.js';
import { HttpError, parseBody } from './http.js';
import type { Principal } from './types.js';
import type { AdminGateway } from './views.js';

export const detokenizeBody = z.strictObject({
  /** The token as issued (`7KQ2M`) or as it appears in the message (`[PHI:7KQ2M]`). */
  token: z.string().min(1).max(200),
  /** Why the value is needed; recorded in the audit trail with the caller's name. */
  reason: z.string().trim().min(1, 'a reason is required').max(500),
});

/** The audit record (an `admin` record, see audit/records.ts): no token, no value. */
interface DetokenizeRecord {
  type: 'admin';
  event: 'detokenize';
  actor: string;
  via: string;
  remote: string;
  reason: string;
  outcome?: 'ok' | 'not_found' | 'error';
  error?: string;
  category?: string;
  client?: string;
  [field: string]: unknown;
}

export interface DetokenizeReply {
  value: string;
  category: string;
  client: string;
  created_at: string;
}

export async function detokenize(gw: AdminGateway, who: Principal, body: unknown, remote: string): Promise<DetokenizeReply> {
  const { token, reason } = parseBody(detokenizeBody, body);
  const base: DetokenizeRecord = { type: 'admin', event: 'detokenize', actor: who.name, via: who.via, remote, reason };
  const vault = gw.inspector.vault;
  if (!vault) {
    await audited(gw, { ...base, outcome: 'error', error: 'no_vault' });
    throw new HttpError(409, 'no policy tokenizes: there is no token vault');
  }
  let found;
  try {
    found = await vault.detokenize(unwrap(token, gw.config.tokenize?.template ?? DEFAULT_TEMPLATE));
  } catch (err) {
    const code = err instanceof VaultError ? err.code : 'VAULT_ERROR';
    await audited(gw, { ...base, outcome: 'error', error: code });
    throw new HttpError(500, 'the token record cannot be opened', { code });
  }
  if (!found) {
    await audited(gw, { ...base, outcome: 'not_found' });
    throw new HttpError(404, 'unknown or expired token');
  }
  await audited(gw, { ...base, outcome: 'ok', category: found.category, client: found.client });
  return { value: found.value, category: found.category, client: found.client, created_at: found.createdAt };
}

async function audited(gw: AdminGateway, rec: DetokenizeRecord): Promise<void> {
  try {
    await gw.auditSink.record(rec);
  } catch {
    gw.metrics.auditErrors.inc();
    throw new HttpError(503, 'the audit trail cannot be written; nothing is disclosed without it');
  }
}

/** `[PHI:7KQ2M]` → `7KQ2M` for the configured template; anything else is passed on as typed. */
export function unwrap(input: string, template: string): string {
  const t = input.trim();
  const [before = '', after = ''] = template.split('{token}');
  if (t.length > before.length + after.length && t.startsWith(before) && t.endsWith(after)) {
    return t.slice(before.length, t.length - after.length);
  }
  return t;
}
