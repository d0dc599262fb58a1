// Hand-built SMPP 3.4 PDUs for the bench tools: only what a load generator and a carrier sink need,
// written straight into Buffers. The bench does not use phiwall's codec so it measures phiwall, not itself.
import { HEADER_LENGTH } from './framer.js';

/** SMPP 3.4 §3.2 header: command_length, command_id, command_status, sequence_number. */
export function writeHeader(buf: Buffer, off: number, length: number, commandId: number, status: number, seq: number): void {
  buf.writeUInt32BE(length, off);
  buf.writeUInt32BE(commandId >>> 0, off + 4);
  buf.writeUInt32BE(status >>> 0, off + 8);
  buf.writeUInt32BE(seq >>> 0, off + 12);
}

/** A C-Octet String (SMPP 3.4 §3.1): the bytes, then NUL. Returns the offset after it. */
export function writeCString(buf: Buffer, off: number, value: string): number {
  const n = buf.write(value, off, 'latin1');
  buf[off + n] = 0;
  return off + n + 1;
}

export function cstringLength(value: string): number {
  return Buffer.byteLength(value, 'latin1') + 1;
}

/** A PDU with no body: enquire_link, unbind, their responses, generic_nack. */
export function headerOnly(commandId: number, status: number, seq: number): Buffer {
  const buf = Buffer.allocUnsafe(HEADER_LENGTH);
  writeHeader(buf, 0, HEADER_LENGTH, commandId, status, seq);
  return buf;
}

/** A response whose body is one C-Octet String: bind_*_resp (system_id), submit_sm_resp / data_sm_resp /
 * deliver_sm_resp (message_id). SMPP 3.4 §4.1.2, §4.4.2, §4.6.2, §4.7.2. */
export function stringResponse(commandId: number, status: number, seq: number, value: string): Buffer {
  const length = HEADER_LENGTH + cstringLength(value);
  const buf = Buffer.allocUnsafe(length);
  writeHeader(buf, 0, length, commandId, status, seq);
  writeCString(buf, HEADER_LENGTH, value);
  return buf;
}

export interface BindFields {
  system_id: string;
  password: string;
  system_type?: string;
  interface_version?: number;
  addr_ton?: number;
  addr_npi?: number;
  address_range?: string;
}

/** bind_transmitter / bind_receiver / bind_transceiver (SMPP 3.4 §4.1.1). */
export function bindPdu(commandId: number, seq: number, f: BindFields): Buffer {
  const systemType = f.system_type ?? '';
  const range = f.address_range ?? '';
  const length =
    HEADER_LENGTH + cstringLength(f.system_id) + cstringLength(f.password) + cstringLength(systemType) + 3 + cstringLength(range);
  const buf = Buffer.allocUnsafe(length);
  writeHeader(buf, 0, length, commandId, 0, seq);
  let off = writeCString(buf, HEADER_LENGTH, f.system_id);
  off = writeCString(buf, off, f.password);
  off = writeCString(buf, off, systemType);
  buf[off++] = f.interface_version ?? 0x34;
  buf[off++] = f.addr_ton ?? 0;
  buf[off++] = f.addr_npi ?? 0;
  writeCString(buf, off, range);
  return buf;
}

export interface TlvField {
  tag: number;
  value: Buffer;
}

/** The shared body of submit_sm and deliver_sm (SMPP 3.4 §4.4.1, §4.6.1). */
export interface ShortMessageFields {
  service_type?: string;
  source_addr_ton: number;
  source_addr_npi: number;
  source_addr: string;
  dest_addr_ton: number;
  dest_addr_npi: number;
  destination_addr: string;
  esm_class: number;
  registered_delivery: number;
  data_coding: number;
  short_message: Buffer;
  tlvs?: TlvField[];
}

export interface EncodedShortMessage {
  pdu: Buffer;
  /** Where destination_addr starts, so a caller can patch digits in place. */
  destinationOffset: number;
  /** Where short_message starts (after sm_length). */
  shortMessageOffset: number;
}

/** submit_sm or deliver_sm with empty schedule/validity and default flags. */
export function shortMessagePdu(commandId: number, seq: number, f: ShortMessageFields): EncodedShortMessage {
  if (f.short_message.length > 254) throw new RangeError('short_message longer than 254 octets');
  const serviceType = f.service_type ?? '';
  let tlvBytes = 0;
  for (const t of f.tlvs ?? []) tlvBytes += 4 + t.value.length;
  const length =
    HEADER_LENGTH +
    cstringLength(serviceType) +
    2 + cstringLength(f.source_addr) +
    2 + cstringLength(f.destination_addr) +
    3 + 1 + 1 + // esm_class, protocol_id, priority_flag; schedule_delivery_time and validity_period empty
    4 + 1 + // registered_delivery, replace_if_present_flag, data_coding, sm_default_msg_id; sm_length
    f.short_message.length +
    tlvBytes;
  const buf = Buffer.alloc(length);
  writeHeader(buf, 0, length, commandId, 0, seq);
  let off = writeCString(buf, HEADER_LENGTH, serviceType);
  buf[off++] = f.source_addr_ton;
  buf[off++] = f.source_addr_npi;
  off = writeCString(buf, off, f.source_addr);
  buf[off++] = f.dest_addr_ton;
  buf[off++] = f.dest_addr_npi;
  const destinationOffset = off;
  off = writeCString(buf, off, f.destination_addr);
  buf[off++] = f.esm_class;
  buf[off++] = 0; // protocol_id
  buf[off++] = 0; // priority_flag
  buf[off++] = 0; // schedule_delivery_time: NULL
  buf[off++] = 0; // validity_period: NULL
  buf[off++] = f.registered_delivery;
  buf[off++] = 0; // replace_if_present_flag
  buf[off++] = f.data_coding;
  buf[off++] = 0; // sm_default_msg_id
  buf[off++] = f.short_message.length;
  const shortMessageOffset = off;
  off += f.short_message.copy(buf, off);
  for (const t of f.tlvs ?? []) {
    buf.writeUInt16BE(t.tag, off);
    buf.writeUInt16BE(t.value.length, off + 2);
    off += 4 + t.value.copy(buf, off + 4);
  }
  return { pdu: buf, destinationOffset, shortMessageOffset };
}
