// encodePdu: the exact inverse of decodePdu. Writes into a module-level scratch buffer (grown on demand)
// and returns an exact-size copy. Bad input objects are programming errors and throw a TypeError that names
// the field, never its content.
import { Cmd } from './commands.js';
import { HEADER_LENGTH } from './header.js';
import type {
  AlertNotificationFields,
  BindFields,
  BindRespFields,
  CancelSmFields,
  DataSmFields,
  MessageIdRespFields,
  OutbindFields,
  Pdu,
  QuerySmFields,
  QuerySmRespFields,
  ReplaceSmFields,
  SubmitMultiFields,
  SubmitMultiRespFields,
  SubmitSmFields,
} from './pdu.js';

let out = Buffer.allocUnsafe(4096);
let w = 0;

function ensure(n: number): void {
  if (w + n <= out.length) return;
  let size = out.length;
  while (size < w + n) size *= 2;
  const next = Buffer.allocUnsafe(size);
  out.copy(next, 0, 0, w);
  out = next;
}

function cstr(s: string, field: string): void {
  if (typeof s !== 'string') throw new TypeError(`${field}: expected a string`);
  const n = s.length;
  ensure(n + 1);
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    // A NUL would end the field early and a code unit above 0xFF has no single byte: refuse both.
    if (c === 0 || c > 0xff) throw new TypeError(`${field}: C-Octet String must hold latin1 code units 0x01-0xFF`);
    out[w++] = c;
  }
  out[w++] = 0;
}

function u8(v: number, field: string): void {
  if (!(v >= 0 && v <= 0xff && (v | 0) === v)) throw new TypeError(`${field}: expected an integer 0-255`);
  ensure(1);
  out[w++] = v;
}

function u16(v: number, field: string): void {
  if (!(v >= 0 && v <= 0xffff && (v | 0) === v)) throw new TypeError(`${field}: expected an integer 0-65535`);
  ensure(2);
  out[w++] = v >>> 8;
  out[w++] = v & 0xff;
}

function u32(v: number, field: string): void {
  if (!(v >= 0 && v <= 0xffffffff && Math.floor(v) === v)) throw new TypeError(`${field}: expected a uint32`);
  ensure(4);
  out.writeUInt32BE(v, w);
  w += 4;
}

function octets(b: Buffer, field: string): void {
  if (!Buffer.isBuffer(b)) throw new TypeError(`${field}: expected a Buffer`);
  ensure(b.length);
  b.copy(out, w);
  w += b.length;
}

function shortMessage(b: Buffer): void {
  // SMPP 3.4 §5.2.21: sm_length is one octet; longer text belongs in message_payload.
  if (Buffer.isBuffer(b) && b.length > 0xff) throw new TypeError('short_message: longer than 255 octets');
  u8(Buffer.isBuffer(b) ? b.length : -1, 'short_message');
  octets(b, 'short_message');
}

function bind(f: BindFields): void {
  cstr(f.system_id, 'system_id');
  cstr(f.password, 'password');
  cstr(f.system_type, 'system_type');
  u8(f.interface_version, 'interface_version');
  u8(f.addr_ton, 'addr_ton');
  u8(f.addr_npi, 'addr_npi');
  cstr(f.address_range, 'address_range');
}

function bindResp(f: BindRespFields): void {
  if (f.system_id !== undefined) cstr(f.system_id, 'system_id');
}

function messageIdResp(f: MessageIdRespFields): void {
  if (f.message_id !== undefined) cstr(f.message_id, 'message_id');
}

function outbind(f: OutbindFields): void {
  cstr(f.system_id, 'system_id');
  cstr(f.password, 'password');
}

// Field groups that several commands share, in the same order (SMPP 3.4 §4.4.1, §4.5.1, §4.7.1, §4.8.1,
// §4.9.1, §4.10.1, §4.12.1).
type SourceAddress = Pick<SubmitSmFields, 'source_addr_ton' | 'source_addr_npi' | 'source_addr'>;
type DestinationAddress = Pick<SubmitSmFields, 'dest_addr_ton' | 'dest_addr_npi' | 'destination_addr'>;

function sourceAddress(f: SourceAddress): void {
  u8(f.source_addr_ton, 'source_addr_ton');
  u8(f.source_addr_npi, 'source_addr_npi');
  cstr(f.source_addr, 'source_addr');
}

function destinationAddress(f: DestinationAddress): void {
  u8(f.dest_addr_ton, 'dest_addr_ton');
  u8(f.dest_addr_npi, 'dest_addr_npi');
  cstr(f.destination_addr, 'destination_addr');
}

/** esm_class through short_message: identical in submit_sm/deliver_sm and submit_multi. */
function messageTail(f: SubmitSmFields | SubmitMultiFields): void {
  u8(f.esm_class, 'esm_class');
  u8(f.protocol_id, 'protocol_id');
  u8(f.priority_flag, 'priority_flag');
  cstr(f.schedule_delivery_time, 'schedule_delivery_time');
  cstr(f.validity_period, 'validity_period');
  u8(f.registered_delivery, 'registered_delivery');
  u8(f.replace_if_present_flag, 'replace_if_present_flag');
  u8(f.data_coding, 'data_coding');
  u8(f.sm_default_msg_id, 'sm_default_msg_id');
  shortMessage(f.short_message);
}

function submitSm(f: SubmitSmFields): void {
  cstr(f.service_type, 'service_type');
  sourceAddress(f);
  destinationAddress(f);
  messageTail(f);
}

function dataSm(f: DataSmFields): void {
  cstr(f.service_type, 'service_type');
  sourceAddress(f);
  destinationAddress(f);
  u8(f.esm_class, 'esm_class');
  u8(f.registered_delivery, 'registered_delivery');
  u8(f.data_coding, 'data_coding');
}

function submitMulti(f: SubmitMultiFields): void {
  cstr(f.service_type, 'service_type');
  sourceAddress(f);
  if (!Array.isArray(f.dest_addresses)) throw new TypeError('dest_addresses: expected an array');
  u8(f.dest_addresses.length, 'number_of_dests');
  for (const d of f.dest_addresses) {
    if (d.dest_flag === 1) {
      u8(1, 'dest_flag');
      u8(d.ton, 'dest_addr_ton');
      u8(d.npi, 'dest_addr_npi');
      cstr(d.address, 'destination_addr');
    } else if (d.dest_flag === 2) {
      u8(2, 'dest_flag');
      cstr(d.dl_name, 'dl_name');
    } else {
      throw new TypeError('dest_flag: expected 1 or 2');
    }
  }
  messageTail(f);
}

function submitMultiResp(f: SubmitMultiRespFields): void {
  if (f.message_id === undefined) {
    if (f.unsuccess_smes !== undefined) throw new TypeError('unsuccess_smes: present without message_id');
    return;
  }
  cstr(f.message_id, 'message_id');
  if (f.unsuccess_smes === undefined) return;
  u8(f.unsuccess_smes.length, 'no_unsuccess');
  for (const s of f.unsuccess_smes) {
    u8(s.dest_addr_ton, 'dest_addr_ton');
    u8(s.dest_addr_npi, 'dest_addr_npi');
    cstr(s.destination_addr, 'destination_addr');
    u32(s.error_status_code, 'error_status_code');
  }
}

function querySm(f: QuerySmFields): void {
  cstr(f.message_id, 'message_id');
  sourceAddress(f);
}

// An error response may stop after any field (see the decoder); a field after an absent one cannot be written.
function querySmResp(f: QuerySmRespFields): void {
  const values = [f.message_id, f.final_date, f.message_state, f.error_code];
  const count = values.findIndex((v) => v === undefined);
  const present = count === -1 ? values.length : count;
  if (values.slice(present).some((v) => v !== undefined)) throw new TypeError('query_sm_resp: a field follows an absent one');
  if (present > 0) cstr(f.message_id!, 'message_id');
  if (present > 1) cstr(f.final_date!, 'final_date');
  if (present > 2) u8(f.message_state!, 'message_state');
  if (present > 3) u8(f.error_code!, 'error_code');
}

function cancelSm(f: CancelSmFields): void {
  cstr(f.service_type, 'service_type');
  cstr(f.message_id, 'message_id');
  sourceAddress(f);
  destinationAddress(f);
}

function replaceSm(f: ReplaceSmFields): void {
  cstr(f.message_id, 'message_id');
  sourceAddress(f);
  cstr(f.schedule_delivery_time, 'schedule_delivery_time');
  cstr(f.validity_period, 'validity_period');
  u8(f.registered_delivery, 'registered_delivery');
  u8(f.sm_default_msg_id, 'sm_default_msg_id');
  shortMessage(f.short_message);
}

function alertNotification(f: AlertNotificationFields): void {
  sourceAddress(f);
  u8(f.esme_addr_ton, 'esme_addr_ton');
  u8(f.esme_addr_npi, 'esme_addr_npi');
  cstr(f.esme_addr, 'esme_addr');
}

function body(pdu: Pdu): void {
  const f = pdu.fields;
  switch (pdu.command_id) {
    case Cmd.submit_sm:
    case Cmd.deliver_sm:
      return submitSm(f as SubmitSmFields);
    case Cmd.submit_sm_resp:
    case Cmd.deliver_sm_resp:
    case Cmd.data_sm_resp:
      return messageIdResp(f as MessageIdRespFields);
    case Cmd.data_sm:
      return dataSm(f as DataSmFields);
    case Cmd.enquire_link:
    case Cmd.enquire_link_resp:
    case Cmd.unbind:
    case Cmd.unbind_resp:
    case Cmd.generic_nack:
    case Cmd.replace_sm_resp:
    case Cmd.cancel_sm_resp:
      return;
    case Cmd.bind_transmitter:
    case Cmd.bind_receiver:
    case Cmd.bind_transceiver:
      return bind(f as BindFields);
    case Cmd.bind_transmitter_resp:
    case Cmd.bind_receiver_resp:
    case Cmd.bind_transceiver_resp:
      return bindResp(f as BindRespFields);
    case Cmd.submit_multi:
      return submitMulti(f as SubmitMultiFields);
    case Cmd.submit_multi_resp:
      return submitMultiResp(f as SubmitMultiRespFields);
    case Cmd.query_sm:
      return querySm(f as QuerySmFields);
    case Cmd.query_sm_resp:
      return querySmResp(f as QuerySmRespFields);
    case Cmd.cancel_sm:
      return cancelSm(f as CancelSmFields);
    case Cmd.replace_sm:
      return replaceSm(f as ReplaceSmFields);
    case Cmd.outbind:
      return outbind(f as OutbindFields);
    case Cmd.alert_notification:
      return alertNotification(f as AlertNotificationFields);
    default:
      throw new TypeError(`command_id 0x${(pdu.command_id >>> 0).toString(16)}: unknown, cannot encode`);
  }
}

export function encodePdu(pdu: Pdu): Buffer {
  w = HEADER_LENGTH;
  body(pdu);
  for (const tlv of pdu.tlvs) {
    u16(tlv.tag, 'TLV tag');
    if (!Buffer.isBuffer(tlv.value) || tlv.value.length > 0xffff) throw new TypeError('TLV value: expected a Buffer of at most 65535 octets');
    u16(tlv.value.length, 'TLV length');
    octets(tlv.value, 'TLV value');
  }
  out.writeUInt32BE(w, 0);
  u32At(pdu.command_id, 4, 'command_id');
  u32At(pdu.command_status, 8, 'command_status');
  u32At(pdu.sequence_number, 12, 'sequence_number');
  const result = Buffer.allocUnsafe(w);
  out.copy(result, 0, 0, w);
  return result;
}

function u32At(v: number, at: number, field: string): void {
  if (!(v >= 0 && v <= 0xffffffff && Math.floor(v) === v)) throw new TypeError(`${field}: expected a uint32`);
  out.writeUInt32BE(v, at);
}
