// decodePdu: one hand-written reader per command over a module-level cursor (no closures, no per-field
// objects). It never throws: every read is bounds-checked, and the first structural fault is recorded and
// turned into a {ok:false} verdict with the SMPP status that fits it best.
//
// Leniency: C-Octet strings may exceed the spec's maximum lengths (legacy ESMEs send longer ones; we relay
// what we get). Strictness: every C-Octet string must be NUL-terminated inside the PDU, short_message must
// fit, and whatever follows the mandatory fields must be a whole sequence of TLVs.
import { Cmd } from './commands.js';
import { Status } from './status.js';
import type {
  AlertNotificationFields,
  BindFields,
  BindRespFields,
  CancelSmFields,
  DataSmFields,
  DecodeResult,
  DestAddress,
  EmptyFields,
  MessageIdRespFields,
  OutbindFields,
  PduFields,
  QuerySmFields,
  QuerySmRespFields,
  ReplaceSmFields,
  SubmitMultiFields,
  SubmitMultiRespFields,
  SubmitSmFields,
  Tlv,
  UnsuccessSme,
} from './pdu.js';

const EMPTY = Buffer.alloc(0);

// Buffer#latin1Slice is what toString('latin1', a, b) calls after argument checks; calling it directly saves
// ~15% of a submit_sm decode. It is undocumented, so fall back to toString if a Node release drops it.
interface Latin1Sliceable {
  latin1Slice(start: number, end: number): string;
}
const latin1: (b: Buffer, start: number, end: number) => string =
  typeof (Buffer.prototype as unknown as Partial<Latin1Sliceable>).latin1Slice === 'function'
    ? (b, start, end) => (b as unknown as Latin1Sliceable).latin1Slice(start, end)
    : (b, start, end) => b.toString('latin1', start, end);

let buf: Buffer = EMPTY;
let pos = 0;
let end = 0;
let failStatus = 0; // 0: no fault so far
let failReason = '';

function fail(status: number, reason: string): void {
  if (failStatus === 0) {
    failStatus = status;
    failReason = reason;
  }
  pos = end;
}

// Reasons name the field, never its content (message text and numbers must not reach logs).
function cstr(field: string): string {
  const start = pos;
  let i = start;
  while (i < end && buf[i] !== 0) i++;
  if (i >= end) {
    fail(Status.ESME_RINVCMDLEN, `${field}: C-Octet String not terminated inside the PDU`);
    return '';
  }
  pos = i + 1;
  return i === start ? '' : latin1(buf, start, i);
}

function u8(field: string): number {
  if (pos >= end) {
    fail(Status.ESME_RINVCMDLEN, `${field}: missing, the PDU body ends first`);
    return 0;
  }
  return buf[pos++]!;
}

function u32(field: string): number {
  if (end - pos < 4) {
    fail(Status.ESME_RINVCMDLEN, `${field}: missing, the PDU body ends first`);
    return 0;
  }
  const v = buf.readUInt32BE(pos);
  pos += 4;
  return v;
}

/** sm_length then short_message (SMPP 3.4 §5.2.21, §5.2.22). A view into the frame, not a copy. */
function shortMessage(): Buffer {
  const sm_length = u8('sm_length');
  if (sm_length > end - pos) {
    fail(Status.ESME_RINVMSGLEN, 'sm_length runs beyond the PDU body');
    return EMPTY;
  }
  const start = pos;
  pos += sm_length;
  return buf.subarray(start, pos);
}

// SMPP 3.4 §3.2.4 / §5.3: TLVs follow the mandatory fields; kept in wire order, unknown and vendor tags included.
function tlvs(): Tlv[] {
  const list: Tlv[] = [];
  while (pos < end) {
    if (end - pos < 4) {
      fail(Status.ESME_RINVOPTPARSTREAM, 'trailing bytes are not a whole TLV header');
      break;
    }
    const tag = (buf[pos]! << 8) | buf[pos + 1]!;
    const length = (buf[pos + 2]! << 8) | buf[pos + 3]!;
    pos += 4;
    if (length > end - pos) {
      fail(Status.ESME_RINVPARLEN, `TLV 0x${tag.toString(16).padStart(4, '0')}: length runs beyond the PDU`);
      break;
    }
    list.push({ tag, value: buf.subarray(pos, pos + length) });
    pos += length;
  }
  return list;
}

function bind(): BindFields {
  const system_id = cstr('system_id');
  const password = cstr('password');
  const system_type = cstr('system_type');
  const interface_version = u8('interface_version');
  const addr_ton = u8('addr_ton');
  const addr_npi = u8('addr_npi');
  const address_range = cstr('address_range');
  return { system_id, password, system_type, interface_version, addr_ton, addr_npi, address_range };
}

// Responses: an error response may stop at any field boundary; the missing fields are left out.
function bindResp(): BindRespFields {
  return pos === end ? {} : { system_id: cstr('system_id') };
}

function messageIdResp(): MessageIdRespFields {
  return pos === end ? {} : { message_id: cstr('message_id') };
}

function outbind(): OutbindFields {
  const system_id = cstr('system_id');
  const password = cstr('password');
  return { system_id, password };
}

function submitSm(): SubmitSmFields {
  const service_type = cstr('service_type');
  const source_addr_ton = u8('source_addr_ton');
  const source_addr_npi = u8('source_addr_npi');
  const source_addr = cstr('source_addr');
  const dest_addr_ton = u8('dest_addr_ton');
  const dest_addr_npi = u8('dest_addr_npi');
  const destination_addr = cstr('destination_addr');
  const esm_class = u8('esm_class');
  const protocol_id = u8('protocol_id');
  const priority_flag = u8('priority_flag');
  const schedule_delivery_time = cstr('schedule_delivery_time');
  const validity_period = cstr('validity_period');
  const registered_delivery = u8('registered_delivery');
  const replace_if_present_flag = u8('replace_if_present_flag');
  const data_coding = u8('data_coding');
  const sm_default_msg_id = u8('sm_default_msg_id');
  const short_message = shortMessage();
  return {
    service_type,
    source_addr_ton,
    source_addr_npi,
    source_addr,
    dest_addr_ton,
    dest_addr_npi,
    destination_addr,
    esm_class,
    protocol_id,
    priority_flag,
    schedule_delivery_time,
    validity_period,
    registered_delivery,
    replace_if_present_flag,
    data_coding,
    sm_default_msg_id,
    short_message,
  };
}

function dataSm(): DataSmFields {
  const service_type = cstr('service_type');
  const source_addr_ton = u8('source_addr_ton');
  const source_addr_npi = u8('source_addr_npi');
  const source_addr = cstr('source_addr');
  const dest_addr_ton = u8('dest_addr_ton');
  const dest_addr_npi = u8('dest_addr_npi');
  const destination_addr = cstr('destination_addr');
  const esm_class = u8('esm_class');
  const registered_delivery = u8('registered_delivery');
  const data_coding = u8('data_coding');
  return {
    service_type,
    source_addr_ton,
    source_addr_npi,
    source_addr,
    dest_addr_ton,
    dest_addr_npi,
    destination_addr,
    esm_class,
    registered_delivery,
    data_coding,
  };
}

function submitMulti(): SubmitMultiFields {
  const service_type = cstr('service_type');
  const source_addr_ton = u8('source_addr_ton');
  const source_addr_npi = u8('source_addr_npi');
  const source_addr = cstr('source_addr');
  const number_of_dests = u8('number_of_dests');
  const dest_addresses: DestAddress[] = [];
  for (let i = 0; i < number_of_dests && failStatus === 0; i++) {
    const dest_flag = u8('dest_flag');
    if (dest_flag === 1) {
      const ton = u8('dest_addr_ton');
      const npi = u8('dest_addr_npi');
      const address = cstr('destination_addr');
      dest_addresses.push({ dest_flag, ton, npi, address });
    } else if (dest_flag === 2) {
      dest_addresses.push({ dest_flag, dl_name: cstr('dl_name') });
    } else if (failStatus === 0) {
      fail(Status.ESME_RINVDESTFLAG, 'dest_flag is neither 1 (SME address) nor 2 (distribution list)');
    }
  }
  const esm_class = u8('esm_class');
  const protocol_id = u8('protocol_id');
  const priority_flag = u8('priority_flag');
  const schedule_delivery_time = cstr('schedule_delivery_time');
  const validity_period = cstr('validity_period');
  const registered_delivery = u8('registered_delivery');
  const replace_if_present_flag = u8('replace_if_present_flag');
  const data_coding = u8('data_coding');
  const sm_default_msg_id = u8('sm_default_msg_id');
  const short_message = shortMessage();
  return {
    service_type,
    source_addr_ton,
    source_addr_npi,
    source_addr,
    dest_addresses,
    esm_class,
    protocol_id,
    priority_flag,
    schedule_delivery_time,
    validity_period,
    registered_delivery,
    replace_if_present_flag,
    data_coding,
    sm_default_msg_id,
    short_message,
  };
}

function submitMultiResp(): SubmitMultiRespFields {
  if (pos === end) return {};
  const message_id = cstr('message_id');
  if (pos === end) return { message_id };
  const no_unsuccess = u8('no_unsuccess');
  const unsuccess_smes: UnsuccessSme[] = [];
  for (let i = 0; i < no_unsuccess && failStatus === 0; i++) {
    const dest_addr_ton = u8('dest_addr_ton');
    const dest_addr_npi = u8('dest_addr_npi');
    const destination_addr = cstr('destination_addr');
    const error_status_code = u32('error_status_code');
    unsuccess_smes.push({ dest_addr_ton, dest_addr_npi, destination_addr, error_status_code });
  }
  return { message_id, unsuccess_smes };
}

function querySm(): QuerySmFields {
  const message_id = cstr('message_id');
  const source_addr_ton = u8('source_addr_ton');
  const source_addr_npi = u8('source_addr_npi');
  const source_addr = cstr('source_addr');
  return { message_id, source_addr_ton, source_addr_npi, source_addr };
}

function querySmResp(): QuerySmRespFields {
  const f: QuerySmRespFields = {};
  if (pos === end) return f;
  f.message_id = cstr('message_id');
  if (pos === end) return f;
  f.final_date = cstr('final_date');
  if (pos === end) return f;
  f.message_state = u8('message_state');
  if (pos === end) return f;
  f.error_code = u8('error_code');
  return f;
}

function cancelSm(): CancelSmFields {
  const service_type = cstr('service_type');
  const message_id = cstr('message_id');
  const source_addr_ton = u8('source_addr_ton');
  const source_addr_npi = u8('source_addr_npi');
  const source_addr = cstr('source_addr');
  const dest_addr_ton = u8('dest_addr_ton');
  const dest_addr_npi = u8('dest_addr_npi');
  const destination_addr = cstr('destination_addr');
  return {
    service_type,
    message_id,
    source_addr_ton,
    source_addr_npi,
    source_addr,
    dest_addr_ton,
    dest_addr_npi,
    destination_addr,
  };
}

function replaceSm(): ReplaceSmFields {
  const message_id = cstr('message_id');
  const source_addr_ton = u8('source_addr_ton');
  const source_addr_npi = u8('source_addr_npi');
  const source_addr = cstr('source_addr');
  const schedule_delivery_time = cstr('schedule_delivery_time');
  const validity_period = cstr('validity_period');
  const registered_delivery = u8('registered_delivery');
  const sm_default_msg_id = u8('sm_default_msg_id');
  const short_message = shortMessage();
  return {
    message_id,
    source_addr_ton,
    source_addr_npi,
    source_addr,
    schedule_delivery_time,
    validity_period,
    registered_delivery,
    sm_default_msg_id,
    short_message,
  };
}

function alertNotification(): AlertNotificationFields {
  const source_addr_ton = u8('source_addr_ton');
  const source_addr_npi = u8('source_addr_npi');
  const source_addr = cstr('source_addr');
  const esme_addr_ton = u8('esme_addr_ton');
  const esme_addr_npi = u8('esme_addr_npi');
  const esme_addr = cstr('esme_addr');
  return { source_addr_ton, source_addr_npi, source_addr, esme_addr_ton, esme_addr_npi, esme_addr };
}

function body(command_id: number): PduFields | undefined {
  switch (command_id) {
    case Cmd.submit_sm:
    case Cmd.deliver_sm:
      return submitSm();
    case Cmd.submit_sm_resp:
    case Cmd.deliver_sm_resp:
    case Cmd.data_sm_resp:
      return messageIdResp();
    case Cmd.data_sm:
      return dataSm();
    case Cmd.enquire_link:
    case Cmd.enquire_link_resp:
    case Cmd.unbind:
    case Cmd.unbind_resp:
    case Cmd.generic_nack:
    case Cmd.replace_sm_resp:
    case Cmd.cancel_sm_resp:
      return {} as EmptyFields;
    case Cmd.bind_transmitter:
    case Cmd.bind_receiver:
    case Cmd.bind_transceiver:
      return bind();
    case Cmd.bind_transmitter_resp:
    case Cmd.bind_receiver_resp:
    case Cmd.bind_transceiver_resp:
      return bindResp();
    case Cmd.submit_multi:
      return submitMulti();
    case Cmd.submit_multi_resp:
      return submitMultiResp();
    case Cmd.query_sm:
      return querySm();
    case Cmd.query_sm_resp:
      return querySmResp();
    case Cmd.cancel_sm:
      return cancelSm();
    case Cmd.replace_sm:
      return replaceSm();
    case Cmd.outbind:
      return outbind();
    case Cmd.alert_notification:
      return alertNotification();
    default:
      return undefined;
  }
}

/** Decodes one whole frame (as cut by the Framer). Never throws, whatever the bytes. */
export function decodePdu(frame: Buffer): DecodeResult {
  if (frame.length < 16) {
    return { ok: false, command_status: Status.ESME_RINVCMDLEN, reason: 'shorter than a PDU header' };
  }
  if (frame.readUInt32BE(0) !== frame.length) {
    return { ok: false, command_status: Status.ESME_RINVCMDLEN, reason: 'command_length differs from the frame length' };
  }
  const command_id = frame.readUInt32BE(4);
  const command_status = frame.readUInt32BE(8);
  const sequence_number = frame.readUInt32BE(12);
  buf = frame;
  pos = 16;
  end = frame.length;
  failStatus = 0;
  failReason = '';
  const fields = body(command_id);
  if (fields === undefined) {
    buf = EMPTY;
    return { ok: false, command_status: Status.ESME_RINVCMDID, reason: 'unknown command_id' };
  }
  const list = tlvs();
  buf = EMPTY; // do not keep the last frame alive through module state
  if (failStatus !== 0) return { ok: false, command_status: failStatus, reason: failReason };
  return { ok: true, pdu: { command_id, command_status, sequence_number, fields, tlvs: list } };
}
