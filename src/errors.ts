// One catalog of errors, each with a stable `code` and the SMPP command_status it maps to on the wire.
// Messages describe what went wrong, never with content, numbers or credentials in them.
import { Status } from './codec/status.js';

export class PhiwallError extends Error {
  readonly code: string;
  readonly commandStatus: number;
  constructor(code: string, message: string, commandStatus: number = Status.ESME_RSYSERR) {
    super(message);
    this.name = 'PhiwallError';
    this.code = code;
    this.commandStatus = commandStatus;
  }
}

const make =
  (code: string, message: string, commandStatus: number) =>
  (detail?: string): PhiwallError =>
    new PhiwallError(code, detail ? `${message}: ${detail}` : message, commandStatus);

export const Errors = {
  upstreamDown: make('PHIWALL_UPSTREAM_DOWN', 'upstream is not bound', Status.ESME_RTHROTTLED),
  upstreamTimeout: make('PHIWALL_UPSTREAM_TIMEOUT', 'upstream did not respond in time', Status.ESME_RSYSERR),
  upstreamClosed: make('PHIWALL_UPSTREAM_CLOSED', 'upstream connection closed with the request in flight', Status.ESME_RSYSERR),
  windowFull: make('PHIWALL_WINDOW_FULL', 'upstream window and queue are full', Status.ESME_RTHROTTLED),
  sessionClosed: make('PHIWALL_SESSION_CLOSED', 'session closed', Status.ESME_RSYSERR),
  responseTimeout: make('PHIWALL_RESPONSE_TIMEOUT', 'peer did not respond in time', Status.ESME_RSYSERR),
  auditUnavailable: make('PHIWALL_AUDIT_UNAVAILABLE', 'audit trail cannot be written', Status.ESME_RSYSERR),
  inspectionFailed: make('PHIWALL_INSPECTION_FAILED', 'inspection failed', Status.ESME_RSUBMITFAIL),
  storeUnavailable: make('PHIWALL_STORE_UNAVAILABLE', 'store unavailable', Status.ESME_RSYSERR),
  unknownMessageId: make('PHIWALL_UNKNOWN_MESSAGE_ID', 'unknown message_id', Status.ESME_RINVMSGID),
  config: make('PHIWALL_CONFIG', 'invalid configuration', Status.ESME_RSYSERR),
} as const;

export function isPhiwallError(e: unknown): e is PhiwallError {
  return e instanceof PhiwallError;
}
