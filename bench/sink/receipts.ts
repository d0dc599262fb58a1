// Delivery receipts as carriers send them: deliver_sm with esm_class 0x04, the SMPP 3.4 Appendix B text, and
// the receipted_message_id / message_state TLVs (§5.3.2.12, §5.3.2.35).
import { Cmd } from '../../src/codec/commands.js';
import { Tag } from '../../src/codec/tags.js';
import type { MessageHead } from '../wire/read.js';
import { shortMessagePdu } from '../wire/write.js';

const DELIVERED = 2; // message_state DELIVERED (SMPP 3.4 §5.2.28)

export function receiptPdu(seq: number, messageId: string, submitted: MessageHead, when: Date): Buffer {
  const stamp = yymmddhhmm(when);
  const text = `id:${messageId} sub:001 dlvr:001 submit date:${stamp} done date:${stamp} stat:DELIVRD err:000 text:`;
  return shortMessagePdu(Cmd.deliver_sm, seq, {
    source_addr_ton: 1,
    source_addr_npi: 1,
    source_addr: submitted.destination_addr,
    dest_addr_ton: 1,
    dest_addr_npi: 1,
    destination_addr: submitted.source_addr,
    esm_class: 0x04,
    registered_delivery: 0,
    data_coding: 0,
    short_message: Buffer.from(text, 'latin1'),
    tlvs: [
      { tag: Tag.receipted_message_id, value: Buffer.from(messageId + '\0', 'latin1') },
      { tag: Tag.message_state, value: Buffer.from([DELIVERED]) },
    ],
  }).pdu;
}

function yymmddhhmm(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return p(d.getUTCFullYear() % 100) + p(d.getUTCMonth() + 1) + p(d.getUTCDate()) + p(d.getUTCHours()) + p(d.getUTCMinutes());
}
