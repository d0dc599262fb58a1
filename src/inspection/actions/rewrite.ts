import type { Vault } from '../vault/types.js';
import { splice } from './splice.js';
import { tokenReplacements } from './tokenize.js';
import type { RewriteSpan } from './types.js';

/**
 * Applies a mixed list of redact and tokenize spans (sorted, non-overlapping) in one pass. Needs the vault
 * only if a span is tokenized; rejects if the vault does (the caller blocks).
 */
export async function rewrite(text: string, spans: readonly RewriteSpan[], opts: { redactText: string; vault?: Vault; client: string }): Promise<string> {
  const toTokenize = spans.filter((s) => s.action === 'tokenize');
  let tokens: string[] = [];
  if (toTokenize.length > 0) {
    if (!opts.vault) throw new Error('tokenize needs a vault');
    tokens = await tokenReplacements(text, toTokenize, opts.vault, opts.client);
  }
  let t = 0;
  return splice(text, spans, spans.map((s) => (s.action === 'redact' ? opts.redactText : tokens[t++]!)));
}
