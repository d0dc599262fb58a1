// Defensive readers for the few PDU bodies the bench tools look into. They never throw on malformed input:
// a field that runs past the PDU comes back as undefined.
import { HEADER_LENGTH } from './framer.js';

export function commandId(buf: Buffer, start: number): number {
  return buf.readUInt32BE(start + 4);
}

export function commandStatus(buf: Buffer, start: number): number {
  return buf.readUInt32BE(start + 8);
}

export function sequenceNumber(buf: Buffer, start: number): number {
  return buf.readUInt32BE(start + 12);
}

/** Reads a C-Octet String at `off` (before `end`): [value, offset after the NUL], or undefined when unterminated. */
export function readCString(buf: Buffer, off: number, end: number): [string, number] | undefined {
  const nul = buf.indexOf(0, off);
  if (nul < 0 || nul >= end) return undefined;
  return [buf.toString('latin1', off, nul), nul + 1];
}

/** The first C-Octet String of a body: system_id of a bind (§4.1.1), message_id of a submit_sm_resp (§4.4.2). */
export function firstCString(buf: Buffer, start: number, length: number): string | undefined {
  return readCString(buf, start + HEADER_LENGTH, start + length)?.[0];
}

/** What the sink and the tests need from submit_sm / deliver_sm (SMPP 3.4 §4.4.1) or data_sm (§4.7.1). */
export interface MessageHead {
  source_addr: string;
  destination_addr: string;
  esm_class: number;
  registered_delivery: number;
  data_coding: number;
  /** submit_sm / deliver_sm only (data_sm carries its text in message_payload). */
  short_message?: Buffer;
}

export function readMessageHead(buf: Buffer, start: number, length: number, isDataSm: boolean): MessageHead | undefined {
  const end = start + length;
  const service = readCString(buf, start + HEADER_LENGTH, end);
  if (!service) return undefined;
  let off = service[1] + 2;
  const source = readCString(buf, off, end);
  if (!source) return undefined;
  off = source[1] + 2;
  const dest = readCString(buf, off, end);
  if (!dest) return undefined;
  off = dest[1];
  if (isDataSm) {
    if (off + 3 > end) return undefined;
    return { source_addr: source[0], destination_addr: dest[0], esm_class: buf[off]!, registered_delivery: buf[off + 1]!, data_coding: buf[off + 2]! };
  }
  const esmClass = buf[off];
  off += 3; // esm_class, protocol_id, priority_flag
  const schedule = readCString(buf, off, end);
  if (esmClass === undefined || !schedule) return undefined;
  const validity = readCString(buf, schedule[1], end);
  if (!validity) return undefined;
  off = validity[1];
  if (off + 5 > end) return undefined;
  const registered = buf[off]!;
  const dataCoding = buf[off + 2]!;
  const smLength = buf[off + 4]!;
  off += 5;
  if (off + smLength > end) return undefined;
  return {
    source_addr: source[0],
    destination_addr: dest[0],
    esm_class: esmClass,
    registered_delivery: registered,
    data_coding: dataCoding,
    short_message: Buffer.from(buf.subarray(off, off + smLength)),
  };
}
