// Audit errors carry a stable code and a message without content, numbers or keys. The codes follow the
// project catalog's `PHIWALL_*` names so the gateway can map them to a command_status in one place.
export type AuditErrorCode =
  | 'PHIWALL_AUDIT_UNAVAILABLE' // the sink cannot write (open or write failed); the writer retries by itself
  | 'PHIWALL_AUDIT_CLOSED' // append after close()
  | 'PHIWALL_AUDIT_RECORD' // the record itself is unusable (reserved field, not serializable)
  | 'PHIWALL_AUDIT_KEY' // no usable audit key
  | 'PHIWALL_AUDIT_LOG'; // the existing log cannot be continued (unreadable last record)

export class AuditError extends Error {
  readonly code: AuditErrorCode;
  constructor(code: AuditErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AuditError';
    this.code = code;
  }
}

/** The errno code of a Node system error (`ENOSPC`, `EIO`, ...), for messages that must not carry more. */
export function errnoCode(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'UNKNOWN';
}
