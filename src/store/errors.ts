// One catalog of store failures. Messages are fixed strings: a Redis client error carries the command's
// arguments (keys, values), so backends never pass the underlying error (or its message) on.

export type StoreErrorCode =
  | 'STORE_UNAVAILABLE' // not connected: callers fail closed
  | 'STORE_TIMEOUT' // connected, but no reply in time
  | 'STORE_FAILED' // the server answered with an error
  | 'STORE_CLOSED' // used after close()
  | 'STORE_INVALID_ARGUMENT'; // a programming error: empty key, TTL not > 0

const messages: Record<StoreErrorCode, string> = {
  STORE_UNAVAILABLE: 'store unavailable',
  STORE_TIMEOUT: 'store operation timed out',
  STORE_FAILED: 'store operation failed',
  STORE_CLOSED: 'store is closed',
  STORE_INVALID_ARGUMENT: 'invalid store argument',
};

export class StoreError extends Error {
  readonly code: StoreErrorCode;
  readonly backend: 'memory' | 'redis';
  readonly op: string;

  constructor(code: StoreErrorCode, backend: 'memory' | 'redis', op: string, detail?: string) {
    super(`${messages[code]} (${backend} ${op}${detail ? `: ${detail}` : ''})`);
    this.name = 'StoreError';
    this.code = code;
    this.backend = backend;
    this.op = op;
  }
}
