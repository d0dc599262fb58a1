// The `audit:` section of the configuration, as a zod fragment the config schema imports. Durations are
// milliseconds or strings like `30s`, `1h`, `1d`; the parsed value is always milliseconds.
import { z } from 'zod';

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

const intervalMs = z.union([z.number(), z.string()]).transform((v, ctx) => {
  const m = typeof v === 'number' ? null : /^\s*(\d+)\s*(ms|s|m|h|d)\s*$/.exec(v);
  const ms = typeof v === 'number' ? v : m ? Number(m[1]) * UNITS[m[2]!]! : NaN;
  if (!Number.isSafeInteger(ms) || ms < 1000) {
    ctx.addIssue({ code: 'custom', message: 'not an interval: use milliseconds (>= 1000) or 1h, 1d, 15m' });
    return z.NEVER;
  }
  return ms;
});

export const auditConfigSchema = z.strictObject({
  /** The current log file; rotated files sit next to it as `<path>.<first seq, 12 digits>`. */
  path: z.string().min(1),
  /** The chain key (already `${VAR}`-expanded). At least 32 characters, e.g. `openssl rand -base64 32`. */
  key: z.string().min(1).optional(),
  /** Where to read (or, when missing, create) the key; default `<dir of path>/audit.key`. */
  key_file: z.string().min(1).optional(),
  /** Group commit: the longest an idle writer waits to gather a batch before write + fdatasync. */
  fsync_max_delay_ms: z.number().int().min(0).max(1000).default(0),
  /** Group commit: the most records written by one write + fdatasync. */
  fsync_max_batch: z.number().int().min(1).max(65_536).default(512),
  /**
   * When a record counts as written, and so when the message it decides may go out. `fdatasync`: on disk
   * (survives a power loss). `write`: handed to the kernel (survives a crash of phiwall, not of the machine),
   * with an fdatasync every sync_interval_ms; checkpoints only ever name fdatasynced records.
   */
  durability: z.enum(['fdatasync', 'write']).default('fdatasync'),
  sync_interval_ms: z.number().int().min(1).max(10_000).default(100),
  rotate: z
    .strictObject({
      max_bytes: z.number().int().min(4096).optional(),
      /** Rotate when the current file's first record is in an earlier interval (UTC-aligned, e.g. at midnight). */
      interval: intervalMs.optional(),
    })
    .optional(),
  /** A signed checkpoint (last seq and mac) after this many records ... */
  checkpoint_every: z.number().int().min(1).default(1000),
  /** ... or after this long with new records, and always on close. */
  checkpoint_interval_ms: z.number().int().min(10).default(5000),
  /** `refuse` fails closed: the gateway refuses traffic while the audit trail cannot be written. */
  on_failure: z.enum(['refuse', 'continue']).default('refuse'),
  /** How often an unhealthy writer tries to reopen the log. */
  retry_interval_ms: z.number().int().min(10).default(1000),
});

export type AuditConfig = z.infer<typeof auditConfigSchema>;
export type AuditConfigInput = z.input<typeof auditConfigSchema>;
