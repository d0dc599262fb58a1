// The record line, one JSON object per line, built so verify can recompute the mac from the line bytes alone:
//
//   {"seq":42,"time":"2025-11-27T18:07:00.123Z","type":"submit",...caller fields...,"mac":"<64 hex>"}\n
//
// `body` is the line up to (not including) `,"mac":"`; mac = HMAC-SHA256(chain key, prevMac || body) where
// prevMac is the previous record's 32 raw mac bytes (32 zero bytes before the first record). The mac suffix
// has a fixed length, so body = line minus its last 74 bytes: no canonicalization, no re-serialization.
// JSON.stringify never emits a raw newline, so one record is always exactly one line.
import { createHmac, type KeyObject } from 'node:crypto';
import { AuditError } from './errors.js';

export const GENESIS_MAC: Buffer = Buffer.alloc(32);
const MAC_OPEN = ',"mac":"';
const MAC_OPEN_BYTES = Buffer.from(MAC_OPEN, 'latin1');
/** `,"mac":"` + 64 hex + `"}` */
export const MAC_SUFFIX_LEN = MAC_OPEN.length + 64 + 2;
const SEQ_OPEN = Buffer.from('{"seq":', 'latin1');
const TIME_OPEN = Buffer.from(',"time":"', 'latin1');
const HEX64 = /^[0-9a-f]{64}$/;

/** What the caller passes; the writer adds `seq`, `time` and `mac`. */
export interface AuditRecordInput {
  type: 'submit' | 'outcome' | 'receipt' | 'mo' | 'admin' | (string & {});
  [field: string]: unknown;
}

export function computeMac(chainKey: KeyObject, prevMac: Buffer, body: Buffer | string): Buffer {
  const h = createHmac('sha256', chainKey).update(prevMac);
  return (typeof body === 'string' ? h.update(body, 'utf8') : h.update(body)).digest();
}

/** Builds the full line (with trailing newline) and its mac. Throws AuditError for an unusable record. */
export function formatRecord(
  chainKey: KeyObject,
  prevMac: Buffer,
  seq: number,
  time: string,
  rec: AuditRecordInput,
): { line: string; mac: Buffer } {
  if (rec === null || typeof rec !== 'object' || typeof rec.type !== 'string') {
    throw new AuditError('PHIWALL_AUDIT_RECORD', 'audit record must be an object with a string type');
  }
  if (Object.hasOwn(rec, 'seq') || Object.hasOwn(rec, 'time') || Object.hasOwn(rec, 'mac')) {
    throw new AuditError('PHIWALL_AUDIT_RECORD', 'audit record must not set seq, time or mac (the writer does)');
  }
  let json: string | undefined;
  try {
    json = JSON.stringify(rec);
  } catch (err) {
    throw new AuditError('PHIWALL_AUDIT_RECORD', 'audit record is not serializable', { cause: err });
  }
  if (typeof json !== 'string' || json.charCodeAt(0) !== 0x7b /* { */) {
    throw new AuditError('PHIWALL_AUDIT_RECORD', 'audit record must serialize to a JSON object');
  }
  // `{"type":...}` -> `,"type":...`; `{}` cannot happen (type is required).
  const body = '{"seq":' + seq + ',"time":"' + time + '",' + json.slice(1, -1);
  const mac = computeMac(chainKey, prevMac, body);
  return { line: body + MAC_OPEN + mac.toString('hex') + '"}\n', mac };
}

export interface ParsedLine {
  seq: number;
  mac: Buffer;
  /** The bytes the mac covers. */
  body: Buffer;
}

/** Splits a line (without its newline) into seq, mac and body, or returns why it is not a record line. */
export function parseLine(line: Buffer): ParsedLine | string {
  const n = line.length;
  if (n < SEQ_OPEN.length + 2 + TIME_OPEN.length + MAC_SUFFIX_LEN) return 'malformed line (too short to be a record)';
  const macAt = n - MAC_SUFFIX_LEN;
  if (
    !line.subarray(macAt, macAt + MAC_OPEN_BYTES.length).equals(MAC_OPEN_BYTES) ||
    line[n - 2] !== 0x22 /* " */ ||
    line[n - 1] !== 0x7d /* } */
  ) {
    return 'malformed line (no mac at the end)';
  }
  const hex = line.toString('latin1', macAt + MAC_OPEN_BYTES.length, n - 2);
  if (!HEX64.test(hex)) return 'malformed line (mac is not 64 hex digits)';
  if (!line.subarray(0, SEQ_OPEN.length).equals(SEQ_OPEN)) return 'malformed line (does not start with seq)';
  let seq = 0;
  let i = SEQ_OPEN.length;
  for (; i < macAt && i < SEQ_OPEN.length + 16; i++) {
    const c = line[i]!;
    if (c < 0x30 || c > 0x39) break;
    seq = seq * 10 + (c - 0x30);
  }
  if (i === SEQ_OPEN.length || seq < 1 || !line.subarray(i, i + TIME_OPEN.length).equals(TIME_OPEN)) {
    return 'malformed line (seq is not a positive integer followed by time)';
  }
  return { seq, mac: Buffer.from(hex, 'hex'), body: line.subarray(0, macAt) };
}

/** The record's `time` in epoch ms (from the fixed prefix), or NaN. */
export function lineTimeMs(line: Buffer): number {
  const at = line.indexOf(TIME_OPEN);
  if (at < 0) return NaN;
  const start = at + TIME_OPEN.length;
  const end = line.indexOf(0x22, start);
  return end < 0 ? NaN : Date.parse(line.toString('latin1', start, end));
}
