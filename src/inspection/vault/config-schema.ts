// The `tokenize:` config section. Parsed output matches VaultOptions, so the composition root can do
// createVault({ ...config.tokenize, store, log }). Issue messages never echo a key.
import { z } from 'zod';
import { parseDuration } from './duration.js';
import { KEY_ID_PATTERN, parseKey } from './keyring.js';
import { MAX_TOKEN_LENGTH, MIN_TOKEN_LENGTH } from './token.js';
import { checkTemplate, DEFAULT_TEMPLATE, DEFAULT_TOKEN_LENGTH } from './vault.js';

const keyIdSchema = z.string().regex(KEY_ID_PATTERN, 'must be 1-32 characters: letters, digits, _ . -');

export const durationSchema = z.union([z.string(), z.number()]).transform((v, ctx) => {
  const ms = parseDuration(v);
  if (ms === undefined) {
    ctx.addIssue({ code: 'custom', message: 'must be a positive duration such as 30d, 12h, 90s or milliseconds' });
    return z.NEVER;
  }
  return ms;
});

const vaultKeySchema = z
  .object({
    id: keyIdSchema,
    key: z.string().transform((s, ctx) => {
      const key = parseKey(s);
      if (!key) {
        ctx.addIssue({ code: 'custom', message: 'must be a 32-byte key, base64 or 64 hex digits' });
        return z.NEVER;
      }
      return key;
    }),
  })
  .strict();

export const tokenizeConfigSchema = z
  .object({
    template: z
      .string()
      .refine(checkTemplate, 'must contain {token} exactly once (at most 100 characters)')
      .default(DEFAULT_TEMPLATE),
    length: z.number().int().min(MIN_TOKEN_LENGTH).max(MAX_TOKEN_LENGTH).default(DEFAULT_TOKEN_LENGTH),
    ttl: durationSchema.prefault('30d'),
    keys: z.array(vaultKeySchema).default([]),
    current: keyIdSchema.optional(),
  })
  .strict()
  .superRefine((cfg, ctx) => {
    const seen = new Set<string>();
    cfg.keys.forEach((k, i) => {
      if (seen.has(k.id)) ctx.addIssue({ code: 'custom', path: ['keys', i, 'id'], message: 'duplicate key id' });
      seen.add(k.id);
    });
    if (cfg.current !== undefined && !seen.has(cfg.current)) {
      ctx.addIssue({ code: 'custom', path: ['current'], message: 'must name one of the keys' });
    }
    if (cfg.current === undefined && cfg.keys.length > 1) {
      ctx.addIssue({ code: 'custom', path: ['current'], message: 'required when several keys are configured' });
    }
  })
  .transform((cfg) => ({
    template: cfg.template,
    tokenLength: cfg.length,
    ttlMs: cfg.ttl,
    keys: cfg.keys,
    current: cfg.current ?? cfg.keys[0]?.id,
  }));

export type TokenizeConfigInput = z.input<typeof tokenizeConfigSchema>;
export type TokenizeConfig = z.output<typeof tokenizeConfigSchema>;
