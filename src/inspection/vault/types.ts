import type { Category } from '../categories.js';

export interface TokenMeta {
  /** The ESME's system_id. */
  client: string;
  category: Category;
}

export interface Detokenized {
  value: string;
  client: string;
  category: Category;
  /** ISO 8601. */
  createdAt: string;
}

export interface Vault {
  /** Stores `value` encrypted under a fresh random token and returns the token (e.g. `7KQ2M`). */
  tokenize(value: string, meta: TokenMeta): Promise<string>;
  /**
   * The original for a token (case-insensitive, Crockford aliases accepted), or undefined when there is no
   * such token (never issued, or expired). Throws VaultError for a record that cannot be opened.
   */
  detokenize(token: string): Promise<Detokenized | undefined>;
  /** The token as it appears in the message: the template with `{token}` filled in. */
  render(token: string): string;
}
