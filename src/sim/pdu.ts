import smpp from 'smpp';
import { Cmd } from '../codec/commands.js';

export type SimPdu = smpp.PDU;

const noFilter = (): void => undefined;

/**
 * Decodes one framed PDU with node-smpp, skipping its field filters: the package would otherwise turn
 * short_message into text (mislabelling data_coding 1 as GSM and dropping bytes it cannot map) and parse
 * times in ways that throw on odd input. The carrier records bytes as they came. Undefined if it throws.
 */
export function decodePdu(buffer: Buffer): SimPdu | undefined {
  try {
    const pdu = Object.create(smpp.PDU.prototype) as SimPdu;
    pdu._filter = noFilter;
    pdu.fromBuffer(buffer);
    delete pdu._filter;
    return pdu;
  } catch {
    return undefined;
  }
}

/** Encodes a PDU; undefined when node-smpp cannot (it throws on some field combinations). */
export function encodePdu(command: string, fields: Record<string, unknown>): Buffer | undefined {
  try {
    return new smpp.PDU(command, fields).toBuffer();
  } catch {
    return undefined;
  }
}

/** A header-only PDU: every error response, generic_nack, enquire_link_resp, unbind_resp. SMPP 3.4 §3.2. */
export function headerOnly(commandId: number, commandStatus: number, sequenceNumber: number): Buffer {
  const b = Buffer.allocUnsafe(16);
  b.writeUInt32BE(16, 0);
  b.writeUInt32BE(commandId >>> 0, 4);
  b.writeUInt32BE(commandStatus >>> 0, 8);
  b.writeUInt32BE(sequenceNumber >>> 0, 12);
  return b;
}

export function genericNack(commandStatus: number, sequenceNumber: number): Buffer {
  return headerOnly(Cmd.generic_nack, commandStatus, sequenceNumber);
}
