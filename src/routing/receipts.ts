// Delivery receipts phiwall writes itself: failure receipts for concatenated parts it accepted (answered
// promptly) and later refused or could not deliver. SMPP 3.4 Appendix B text plus the v3.4 TLVs.
import { Cmd } from '../codec/commands.js';
import { Tag } from '../codec/tags.js';
import type { Pdu, SubmitSmFields } from '../codec/pdu.js';
import { tlvCString as cstring } from '../codec/tlv.js';

/** SMPP 3.4 §5.2.28 message_state. */
export const MessageState = { ENROUTE: 1, DELIVERED: 2, EXPIRED: 3, DELETED: 4, UNDELIVERABLE: 5, ACCEPTED: 6, UNKNOWN: 7, REJECTED: 8 } as const;

export const ESM_DELIVERY_RECEIPT = 0x04;

/** registered_delivery bits 0-1: 1 = receipt on success or failure, 2 = on failure only. */
export function wantsFailureReceipt(registered_delivery: number): boolean {
  const r = registered_delivery & 0x03;
  return r === 1 || r === 2;
}

function stamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCFullYear() % 100)}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}`;
}

/**
 * A failure receipt for a message the client submitted as `original`, known to the client as `clientId`.
 * The text echo is left empty: the refused text must not travel back either.
 */
export function failureReceipt(original: Pdu, clientId: string, stat: 'REJECTD' | 'UNDELIV' | 'EXPIRED', err: number, submitted: Date, sequence_number = 0): Pdu<SubmitSmFields> {
  const f = original.fields as SubmitSmFields;
  const text = `id:${clientId} sub:001 dlvrd:000 submit date:${stamp(submitted)} done date:${stamp(new Date())} stat:${stat} err:${String(err).padStart(3, '0').slice(-3)} text:`;
  const state = stat === 'REJECTD' ? MessageState.REJECTED : stat === 'EXPIRED' ? MessageState.EXPIRED : MessageState.UNDELIVERABLE;
  return {
    command_id: Cmd.deliver_sm,
    command_status: 0,
    sequence_number,
    fields: {
      ...f,
      service_type: '',
      // The receipt comes from the recipient back to the sender.
      source_addr_ton: f.dest_addr_ton,
      source_addr_npi: f.dest_addr_npi,
      source_addr: f.destination_addr,
      dest_addr_ton: f.source_addr_ton,
      dest_addr_npi: f.source_addr_npi,
      destination_addr: f.source_addr,
      esm_class: ESM_DELIVERY_RECEIPT,
      protocol_id: 0,
      priority_flag: 0,
      schedule_delivery_time: '',
      validity_period: '',
      registered_delivery: 0,
      replace_if_present_flag: 0,
      data_coding: 0,
      sm_default_msg_id: 0,
      short_message: Buffer.from(text, 'latin1'),
    },
    tlvs: [
      { tag: Tag.receipted_message_id, value: cstring(clientId) },
      { tag: Tag.message_state, value: Buffer.from([state]) },
    ],
  };
}
