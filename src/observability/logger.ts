// pino, with serializers that cannot print message content. Everything logged about a PDU goes through
// `pduSummary`, which copies only header fields and the command name: there is no code path from a PDU body
// (short_message, message_payload, addresses, passwords) to a log line.
import { pino, type Logger, type LoggerOptions } from 'pino';
import { commandName } from '../codec/commands.js';
import { statusName } from '../codec/status.js';

export type { Logger };

// Keys that must never be printed even if a caller passes them by mistake.
const CENSORED = [
  'password',
  '*.password',
  'short_message',
  '*.short_message',
  'message_payload',
  '*.message_payload',
  'text',
  '*.text',
  'destination_addr',
  '*.destination_addr',
  'source_addr',
  '*.source_addr',
  'token',
  '*.token',
  'key',
  '*.key',
];

export interface PduLike {
  command_id: number;
  command_status?: number;
  sequence_number?: number;
}

/** The only shape in which a PDU may enter a log line. */
export function pduSummary(pdu: PduLike): { command: string; status?: string; seq?: number } {
  const out: { command: string; status?: string; seq?: number } = {
    command: commandName(pdu.command_id) ?? `0x${(pdu.command_id >>> 0).toString(16)}`,
  };
  if (pdu.command_status !== undefined && pdu.command_status !== 0) out.status = statusName(pdu.command_status);
  if (pdu.sequence_number !== undefined) out.seq = pdu.sequence_number;
  return out;
}

/** Errors carry codes, not content; only name, code and message are printed (no custom fields). */
function errSerializer(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { message: String(err) };
  const e = err as Error & { code?: unknown };
  return { type: e.name, code: e.code, message: e.message };
}

export function createLogger(opts: { level?: string; name?: string; destination?: NodeJS.WritableStream } = {}): Logger {
  const options: LoggerOptions = {
    level: opts.level ?? process.env.PHIWALL_LOG_LEVEL ?? 'info',
    base: { name: opts.name ?? 'phiwall' },
    redact: { paths: CENSORED, censor: '[censored]' },
    serializers: { err: errSerializer, error: errSerializer, pdu: pduSummary },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  return opts.destination ? pino(options, opts.destination as pino.DestinationStream) : pino(options);
}

export const silentLogger: Logger = pino({ level: 'silent' });
