// TLV list helpers (SMPP 3.4 §5.3). The list keeps wire order, so edits change only what they touch.
import type { Tlv } from './pdu.js';

export function getTlv(tlvs: readonly Tlv[], tag: number): Buffer | undefined {
  for (let i = 0; i < tlvs.length; i++) if (tlvs[i]!.tag === tag) return tlvs[i]!.value;
  return undefined;
}

/** Replaces the value of the first TLV with this tag, or appends one. */
export function setTlv(tlvs: Tlv[], tag: number, value: Buffer): void {
  for (let i = 0; i < tlvs.length; i++) {
    if (tlvs[i]!.tag === tag) {
      tlvs[i] = { tag, value };
      return;
    }
  }
  tlvs.push({ tag, value });
}

/** Removes every TLV with this tag (a duplicate left behind would still reach the carrier). */
export function removeTlv(tlvs: Tlv[], tag: number): void {
  let w = 0;
  for (let r = 0; r < tlvs.length; r++) if (tlvs[r]!.tag !== tag) tlvs[w++] = tlvs[r]!;
  tlvs.length = w;
}

// Value helpers. Readers return undefined when the value has the wrong size, so a malformed TLV is never
// read as a plausible number.

export function readTlvUint8(value: Buffer | undefined): number | undefined {
  return value !== undefined && value.length === 1 ? value[0] : undefined;
}

export function readTlvUint16(value: Buffer | undefined): number | undefined {
  return value !== undefined && value.length === 2 ? value.readUInt16BE(0) : undefined;
}

export function readTlvUint32(value: Buffer | undefined): number | undefined {
  return value !== undefined && value.length === 4 ? value.readUInt32BE(0) : undefined;
}

/**
 * A C-Octet String value (e.g. receipted_message_id), as latin1. Lenient like the PDU decoder: a missing
 * terminating NUL is tolerated (common in the field); the value stops at the first NUL.
 */
export function readTlvCString(value: Buffer | undefined): string | undefined {
  if (value === undefined) return undefined;
  const nul = value.indexOf(0);
  return value.toString('latin1', 0, nul === -1 ? value.length : nul);
}

export function tlvUint8(v: number): Buffer {
  const b = Buffer.allocUnsafe(1);
  b.writeUInt8(v, 0);
  return b;
}

export function tlvUint16(v: number): Buffer {
  const b = Buffer.allocUnsafe(2);
  b.writeUInt16BE(v, 0);
  return b;
}

export function tlvUint32(v: number): Buffer {
  const b = Buffer.allocUnsafe(4);
  b.writeUInt32BE(v, 0);
  return b;
}

/** A NUL-terminated latin1 value. Throws TypeError for a NUL or a code unit above 0xFF (a programming error). */
export function tlvCString(s: string): Buffer {
  if (/[^\x01-\xff]/.test(s)) throw new TypeError('C-Octet String must hold latin1 code units 0x01-0xFF');
  const b = Buffer.allocUnsafe(s.length + 1);
  b.write(s, 0, 'latin1');
  b[s.length] = 0;
  return b;
}
