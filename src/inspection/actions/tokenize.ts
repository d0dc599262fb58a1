import type { Vault } from '../vault/types.js';
import { splice } from './splice.js';
import type { RewriteSpan } from './types.js';

/**
 * The rendered token for each span, in order. Tokens are requested concurrently (the Redis store pipelines
 * them); the same value and category twice in one message share one token.
 */
export async function tokenReplacements(text: string, spans: readonly Pick<RewriteSpan, 'start' | 'end' | 'category'>[], vault: Vault, client: string): Promise<string[]> {
  const byValue = new Map<string, Promise<string>>();
  return Promise.all(
    spans.map((s) => {
      const value = text.slice(s.start, s.end);
      const key = `${s.category}\u0000${value}`;
      let token = byValue.get(key);
      if (!token) {
        token = vault.tokenize(value, { client, category: s.category });
        byValue.set(key, token);
      }
      return token.then((t) => vault.render(t));
    }),
  );
}

/** Replaces each span (sorted, non-overlapping) with a vault token. Rejects if the vault does. */
export async function tokenize(text: string, spans: readonly Pick<RewriteSpan, 'start' | 'end' | 'category'>[], vault: Vault, client: string): Promise<string> {
  return splice(text, spans, await tokenReplacements(text, spans, vault, client));
}
