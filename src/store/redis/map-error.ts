import { StoreError } from '../errors.js';

// ioredis errors carry the command's arguments (`err.command.args`), so they are translated into a
// StoreError by kind and dropped. A server error keeps only its leading code word (WRONGTYPE, OOM, ...).

export function mapRedisError(err: unknown, op: string): StoreError {
  const e = err as { name?: unknown; message?: unknown };
  const name = typeof e?.name === 'string' ? e.name : '';
  const message = typeof e?.message === 'string' ? e.message : '';
  if (name === 'MaxRetriesPerRequestError' || name === 'AbortError' || /Stream isn't writeable|Connection is closed/.test(message)) {
    return new StoreError('STORE_UNAVAILABLE', 'redis', op);
  }
  if (/Command timed out/.test(message)) return new StoreError('STORE_TIMEOUT', 'redis', op);
  if (name === 'ReplyError') {
    const code = /^([A-Z][A-Z_]{1,31})\b/.exec(message)?.[1];
    return new StoreError('STORE_FAILED', 'redis', op, code);
  }
  return new StoreError('STORE_FAILED', 'redis', op);
}
