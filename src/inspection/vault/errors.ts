// Vault failures by stable code. Messages never carry a value, a token or key material.

export type VaultErrorCode =
  | 'VAULT_NO_KEY' // Redis-backed vault without a configured key
  | 'VAULT_BAD_CONFIG' // key, key id, template or length invalid
  | 'VAULT_EXHAUSTED' // no free token after several random draws: the token space is too full
  | 'VAULT_CORRUPT' // a stored record that is not a vault record
  | 'VAULT_UNKNOWN_KEY' // the record's key id is not configured (rotated out, or another deployment's)
  | 'VAULT_INTEGRITY'; // authentication failed: ciphertext, token, client or category altered, or wrong key

const messages: Record<VaultErrorCode, string> = {
  VAULT_NO_KEY: 'a vault key must be configured when the vault is stored in Redis',
  VAULT_BAD_CONFIG: 'invalid vault configuration',
  VAULT_EXHAUSTED: 'no free token found; increase the token length',
  VAULT_CORRUPT: 'vault record is malformed',
  VAULT_UNKNOWN_KEY: 'vault record was sealed with a key id that is not configured',
  VAULT_INTEGRITY: 'vault record failed authentication',
};

export class VaultError extends Error {
  readonly code: VaultErrorCode;

  constructor(code: VaultErrorCode, detail?: string) {
    super(detail ? `${messages[code]}: ${detail}` : messages[code]);
    this.name = 'VaultError';
    this.code = code;
  }
}
