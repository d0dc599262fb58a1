import { Cmd, responseOf } from '../codec/commands.js';
import { Status } from '../codec/status.js';
import { userData } from './message-text.js';
import { encodePdu, headerOnly, type SimPdu } from './pdu.js';
import type { SimSession } from './sim-session.js';
import type { ReceivedMessage } from './types.js';

/** A receipt the carrier owes for one accepted destination. */
export interface OwedReceipt {
  systemId: string;
  messageId: string;
  submitted: Date;
  /** The original destination; the receipt comes from it. */
  from: Address;
  /** The original source; the receipt goes to it. */
  to: Address;
  text: string | undefined;
  /** registered_delivery bits 1..0 = 2: a receipt on failure only. SMPP 3.4 §5.2.17. */
  failureOnly: boolean;
}

export interface Address {
  ton: number;
  npi: number;
  addr: string;
}

export interface MessageDesk {
  failDestinations: RegExp | undefined;
  failStatus: number;
  nextMessageId(): string;
  record(message: ReceivedMessage): void;
  owe(session: SimSession, receipts: OwedReceipt[]): void;
}

/** Answers submit_sm, data_sm and submit_multi; records them and books their receipts. */
export function handleMessage(desk: MessageDesk, session: SimSession, pdu: SimPdu, raw: Buffer): Buffer {
  const respId = responseOf(pdu.command_id);
  const seq = pdu.sequence_number;
  const source: Address = { ton: num(pdu.source_addr_ton), npi: num(pdu.source_addr_npi), addr: str(pdu.source_addr) };
  const multi = pdu.command_id === Cmd.submit_multi;
  const { smes, lists } = destinationsOf(pdu);
  const destinations = smes.map((d) => ({ ...d, refused: desk.failDestinations?.test(d.addr) === true }));
  const accepted = destinations.filter((d) => !d.refused);

  const status =
    accepted.length > 0 || lists > 0 ? Status.ESME_ROK : destinations.length === 0 ? Status.ESME_RINVDSTADR : desk.failStatus;
  const messageId = status === Status.ESME_ROK ? desk.nextMessageId() : undefined;

  const esmClass = num(pdu.esm_class);
  const dataCoding = num(pdu.data_coding);
  const shortMessage = Buffer.isBuffer(pdu.short_message) ? pdu.short_message : Buffer.alloc(0);
  const payload = Buffer.isBuffer(pdu.message_payload) ? pdu.message_payload : undefined;
  const { udh, text } = userData(payload ?? shortMessage, esmClass, dataCoding);
  const registeredDelivery = num(pdu.registered_delivery);

  desk.record({
    command: pdu.command as ReceivedMessage['command'],
    sessionId: session.id,
    system_id: session.systemId,
    message_id: messageId,
    command_status: status,
    source_addr: source.addr,
    destinations: destinations.map((d) => d.addr),
    esm_class: esmClass,
    registered_delivery: registeredDelivery,
    data_coding: dataCoding,
    short_message: Buffer.from(shortMessage),
    message_payload: payload && Buffer.from(payload),
    udh: udh && Buffer.from(udh),
    text,
    raw: Buffer.from(raw),
  });
  if (messageId === undefined) return headerOnly(respId, status, seq);

  const wantsReceipt = registeredDelivery & 0x03;
  if (wantsReceipt === 1 || wantsReceipt === 2) {
    const submitted = new Date();
    desk.owe(
      session,
      accepted.map((d) => ({ systemId: session.systemId, messageId, submitted, from: d, to: source, text, failureOnly: wantsReceipt === 2 })),
    );
  }

  const fields: Record<string, unknown> = { sequence_number: seq, message_id: messageId };
  if (multi) {
    fields.unsuccess_sme = destinations
      .filter((d) => d.refused)
      .map((d) => ({ dest_addr_ton: d.ton, dest_addr_npi: d.npi, destination_addr: d.addr, error_status_code: desk.failStatus }));
  }
  return encodePdu(multi ? 'submit_multi_resp' : pdu.command + '_resp', fields) ?? headerOnly(respId, Status.ESME_RSYSERR, seq);
}

/** SME destinations, and how many submit_multi distribution lists (accepted, but nobody to receipt). */
function destinationsOf(pdu: SimPdu): { smes: Address[]; lists: number } {
  if (pdu.command_id !== Cmd.submit_multi) {
    const addr = str(pdu.destination_addr);
    return { smes: addr === '' ? [] : [{ ton: num(pdu.dest_addr_ton), npi: num(pdu.dest_addr_npi), addr }], lists: 0 };
  }
  const entries = Array.isArray(pdu.dest_address) ? (pdu.dest_address as Array<Record<string, unknown>>) : [];
  const smes = entries
    .filter((d) => typeof d.destination_addr === 'string' && d.destination_addr !== '')
    .map((d) => ({ ton: num(d.dest_addr_ton), npi: num(d.dest_addr_npi), addr: str(d.destination_addr) }));
  return { smes, lists: entries.filter((d) => typeof d.dl_name === 'string').length };
}

function num(v: unknown): number {
  return typeof v === 'number' ? v : 0;
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}
