// Decoded PDUs: typed mandatory fields with the spec's names, plus every TLV as raw bytes in wire order.
// decodePdu/encodePdu are exact inverses: for any frame decodePdu accepts, encodePdu(decoded) is the same bytes.
// Derived wire fields (command_length, sm_length, number_of_dests, no_unsuccess, TLV lengths) are not stored:
// the encoder computes them, so an edited short_message can never disagree with its length.
import { Cmd } from './commands.js';

export interface Tlv {
  tag: number;
  value: Buffer;
}

export interface Pdu<F = PduFields> {
  command_id: number;
  command_status: number;
  sequence_number: number;
  fields: F;
  tlvs: Tlv[];
}

// C-Octet strings are JS strings of latin1 code units (one per byte, lossless); Octet strings are Buffers
// (views into the frame, not copies); integers are numbers. Time fields stay strings, never reinterpreted.

/** SMPP 3.4 §4.1.1, §4.1.3, §4.1.5: bind_transmitter, bind_receiver, bind_transceiver. */
export interface BindFields {
  system_id: string;
  password: string;
  system_type: string;
  interface_version: number;
  addr_ton: number;
  addr_npi: number;
  address_range: string;
}

/** SMPP 3.4 §4.1.2, §4.1.4, §4.1.6: bind_*_resp. An error response may omit system_id. */
export interface BindRespFields {
  system_id?: string;
}

/** SMPP 3.4 §4.1.7.1 outbind. */
export interface OutbindFields {
  system_id: string;
  password: string;
}

/** SMPP 3.4 §4.4.1 submit_sm and §4.6.1 deliver_sm (same layout). */
export interface SubmitSmFields {
  service_type: string;
  source_addr_ton: number;
  source_addr_npi: number;
  source_addr: string;
  dest_addr_ton: number;
  dest_addr_npi: number;
  destination_addr: string;
  esm_class: number;
  protocol_id: number;
  priority_flag: number;
  schedule_delivery_time: string;
  validity_period: string;
  registered_delivery: number;
  replace_if_present_flag: number;
  data_coding: number;
  sm_default_msg_id: number;
  /** sm_length is its length. */
  short_message: Buffer;
}

/** SMPP 3.4 §4.7.1 data_sm (the text, if any, is in the message_payload TLV). */
export interface DataSmFields {
  service_type: string;
  source_addr_ton: number;
  source_addr_npi: number;
  source_addr: string;
  dest_addr_ton: number;
  dest_addr_npi: number;
  destination_addr: string;
  esm_class: number;
  registered_delivery: number;
  data_coding: number;
}

/** SMPP 3.4 §4.5.1.1 dest_address: an SME address (dest_flag 1) or a distribution list name (dest_flag 2). */
export type DestAddress = { dest_flag: 1; ton: number; npi: number; address: string } | { dest_flag: 2; dl_name: string };

/** SMPP 3.4 §4.5.1 submit_multi. number_of_dests is dest_addresses.length. */
export interface SubmitMultiFields {
  service_type: string;
  source_addr_ton: number;
  source_addr_npi: number;
  source_addr: string;
  dest_addresses: DestAddress[];
  esm_class: number;
  protocol_id: number;
  priority_flag: number;
  schedule_delivery_time: string;
  validity_period: string;
  registered_delivery: number;
  replace_if_present_flag: number;
  data_coding: number;
  sm_default_msg_id: number;
  short_message: Buffer;
}

/** SMPP 3.4 §4.5.2.1 unsuccess_sme. */
export interface UnsuccessSme {
  dest_addr_ton: number;
  dest_addr_npi: number;
  destination_addr: string;
  error_status_code: number;
}

/** SMPP 3.4 §4.5.2 submit_multi_resp. no_unsuccess is unsuccess_smes.length; both may be missing on error. */
export interface SubmitMultiRespFields {
  message_id?: string;
  unsuccess_smes?: UnsuccessSme[];
}

/** SMPP 3.4 §4.8.1 query_sm. */
export interface QuerySmFields {
  message_id: string;
  source_addr_ton: number;
  source_addr_npi: number;
  source_addr: string;
}

/** SMPP 3.4 §4.8.2 query_sm_resp. An error response may stop after any field. */
export interface QuerySmRespFields {
  message_id?: string;
  final_date?: string;
  message_state?: number;
  error_code?: number;
}

/** SMPP 3.4 §4.9.1 cancel_sm. */
export interface CancelSmFields {
  service_type: string;
  message_id: string;
  source_addr_ton: number;
  source_addr_npi: number;
  source_addr: string;
  dest_addr_ton: number;
  dest_addr_npi: number;
  destination_addr: string;
}

/** SMPP 3.4 §4.10.1 replace_sm. */
export interface ReplaceSmFields {
  message_id: string;
  source_addr_ton: number;
  source_addr_npi: number;
  source_addr: string;
  schedule_delivery_time: string;
  validity_period: string;
  registered_delivery: number;
  sm_default_msg_id: number;
  short_message: Buffer;
}

/** SMPP 3.4 §4.4.2 submit_sm_resp, §4.6.2 deliver_sm_resp, §4.7.2 data_sm_resp. Absent in a bodiless error response. */
export interface MessageIdRespFields {
  message_id?: string;
}

/** SMPP 3.4 §4.12.1 alert_notification. */
export interface AlertNotificationFields {
  source_addr_ton: number;
  source_addr_npi: number;
  source_addr: string;
  esme_addr_ton: number;
  esme_addr_npi: number;
  esme_addr: string;
}

/** enquire_link, unbind, generic_nack and the responses without a body (§4.11, §4.2, §4.3). */
export type EmptyFields = Record<string, never>;

export type PduFields =
  | BindFields
  | BindRespFields
  | OutbindFields
  | SubmitSmFields
  | DataSmFields
  | SubmitMultiFields
  | SubmitMultiRespFields
  | QuerySmFields
  | QuerySmRespFields
  | CancelSmFields
  | ReplaceSmFields
  | MessageIdRespFields
  | AlertNotificationFields
  | EmptyFields;

/** The fields type of each command, for narrowing a decoded Pdu with isCommand. */
export interface FieldsByCommand {
  [Cmd.generic_nack]: EmptyFields;
  [Cmd.bind_receiver]: BindFields;
  [Cmd.bind_receiver_resp]: BindRespFields;
  [Cmd.bind_transmitter]: BindFields;
  [Cmd.bind_transmitter_resp]: BindRespFields;
  [Cmd.query_sm]: QuerySmFields;
  [Cmd.query_sm_resp]: QuerySmRespFields;
  [Cmd.submit_sm]: SubmitSmFields;
  [Cmd.submit_sm_resp]: MessageIdRespFields;
  [Cmd.deliver_sm]: SubmitSmFields;
  [Cmd.deliver_sm_resp]: MessageIdRespFields;
  [Cmd.unbind]: EmptyFields;
  [Cmd.unbind_resp]: EmptyFields;
  [Cmd.replace_sm]: ReplaceSmFields;
  [Cmd.replace_sm_resp]: EmptyFields;
  [Cmd.cancel_sm]: CancelSmFields;
  [Cmd.cancel_sm_resp]: EmptyFields;
  [Cmd.bind_transceiver]: BindFields;
  [Cmd.bind_transceiver_resp]: BindRespFields;
  [Cmd.outbind]: OutbindFields;
  [Cmd.enquire_link]: EmptyFields;
  [Cmd.enquire_link_resp]: EmptyFields;
  [Cmd.submit_multi]: SubmitMultiFields;
  [Cmd.submit_multi_resp]: SubmitMultiRespFields;
  [Cmd.alert_notification]: AlertNotificationFields;
  [Cmd.data_sm]: DataSmFields;
  [Cmd.data_sm_resp]: MessageIdRespFields;
}

/** Narrows a decoded PDU: `if (isCommand(pdu, Cmd.submit_sm)) pdu.fields.short_message`. */
export function isCommand<C extends keyof FieldsByCommand>(pdu: Pdu, command_id: C): pdu is Pdu<FieldsByCommand[C]> {
  return pdu.command_id === command_id;
}

export type DecodeResult = { ok: true; pdu: Pdu } | { ok: false; command_status: number; reason: string };

export { decodePdu } from './pdu-decode.js';
export { encodePdu } from './pdu-encode.js';
