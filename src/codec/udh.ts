// User Data Header at the start of short_message when esm_class has UDHI (0x40): 3GPP TS 23.040 §9.2.3.24.
// Parsing is strict: a UDH that does not fit, an element that overruns, or a concatenation/port/shift element
// that contradicts the spec is refused, because reassembly and text decoding depend on it.

export interface UdhElement {
  iei: number;
  data: Buffer;
}

export interface Udh {
  /** Octets taken by the UDH, UDHL included. */
  length: number;
  /** Every information element in order, unknown ones included. */
  elements: UdhElement[];
  /** IEI 0x00 (8-bit reference) or 0x08 (16-bit reference). */
  concat?: { ref: number; total: number; seq: number; refBits: 8 | 16 };
  /** IEI 0x04 (8-bit ports) or 0x05 (16-bit ports). */
  ports?: { source: number; destination: number; bits: 8 | 16 };
  /** IEI 0x24 national language locking shift (23.038 §6.2.1.2.3). */
  lockingShift?: number;
  /** IEI 0x25 national language single shift (23.038 §6.2.1.2.2). */
  singleShift?: number;
}

export type UdhResult = { ok: true; udh: Udh; payload: Buffer } | { ok: false; reason: string };

export const Iei = {
  concat8: 0x00,
  ports8: 0x04,
  ports16: 0x05,
  concat16: 0x08,
  lockingShift: 0x24,
  singleShift: 0x25,
} as const;

function bad(reason: string): UdhResult {
  return { ok: false, reason };
}

/** Splits short_message into its UDH and the payload after it (views, not copies). */
export function parseUdh(short_message: Buffer): UdhResult {
  if (short_message.length === 0) return bad('UDHI set but short_message is empty');
  const length = short_message[0]! + 1;
  if (length > short_message.length) return bad('UDHL runs beyond short_message');
  const udh: Udh = { length, elements: [] };
  let p = 1;
  while (p < length) {
    if (length - p < 2) return bad('UDH element header runs beyond the UDH');
    const iei = short_message[p]!;
    const iedl = short_message[p + 1]!;
    p += 2;
    if (iedl > length - p) return bad('UDH element runs beyond the UDH');
    const data = short_message.subarray(p, p + iedl);
    p += iedl;
    udh.elements.push({ iei, data });
    const problem = interpret(udh, iei, data);
    if (problem !== undefined) return bad(problem);
  }
  return { ok: true, udh, payload: short_message.subarray(length) };
}

function interpret(udh: Udh, iei: number, d: Buffer): string | undefined {
  switch (iei) {
    case Iei.concat8:
    case Iei.concat16: {
      const refBits = iei === Iei.concat8 ? 8 : 16;
      if (d.length !== (refBits === 8 ? 3 : 4)) return 'concatenation element with a wrong length';
      if (udh.concat !== undefined) return 'more than one concatenation element';
      const ref = refBits === 8 ? d[0]! : d.readUInt16BE(0);
      const total = d[d.length - 2]!;
      const seq = d[d.length - 1]!;
      // 23.040 §9.2.3.24.1 tells a receiver to ignore such an element; a firewall refuses instead, so that a
      // part can't dodge reassembly.
      if (total === 0 || seq === 0 || seq > total) return 'concatenation element with an impossible sequence';
      udh.concat = { ref, total, seq, refBits };
      return undefined;
    }
    case Iei.ports8:
    case Iei.ports16: {
      const bits = iei === Iei.ports8 ? 8 : 16;
      if (d.length !== (bits === 8 ? 2 : 4)) return 'port element with a wrong length';
      if (udh.ports !== undefined) return 'more than one port element';
      udh.ports =
        bits === 8
          ? { destination: d[0]!, source: d[1]!, bits }
          : { destination: d.readUInt16BE(0), source: d.readUInt16BE(2), bits };
      return undefined;
    }
    case Iei.lockingShift:
    case Iei.singleShift: {
      if (d.length !== 1) return 'national language shift element with a wrong length';
      if (iei === Iei.lockingShift) {
        if (udh.lockingShift !== undefined) return 'more than one locking shift element';
        udh.lockingShift = d[0]!;
      } else {
        if (udh.singleShift !== undefined) return 'more than one single shift element';
        udh.singleShift = d[0]!;
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

/** The UDH octets (UDHL first) for these elements, in order. */
export function buildUdh(elements: readonly UdhElement[]): Buffer {
  let length = 1;
  for (const e of elements) length += 2 + e.data.length;
  if (length > 0x100) throw new RangeError('UDH longer than 255 octets');
  const out = Buffer.allocUnsafe(length);
  out[0] = length - 1;
  let p = 1;
  for (const e of elements) {
    out[p++] = e.iei;
    out[p++] = e.data.length;
    e.data.copy(out, p);
    p += e.data.length;
  }
  return out;
}

/** The concatenation element (IEI 0x00 with an 8-bit reference, 0x08 with a 16-bit one). */
export function concatElement(ref: number, total: number, seq: number, refBits: 8 | 16 = 8): UdhElement {
  if (refBits === 8) return { iei: Iei.concat8, data: Buffer.from([ref & 0xff, total, seq]) };
  return { iei: Iei.concat16, data: Buffer.from([(ref >>> 8) & 0xff, ref & 0xff, total, seq]) };
}

/** A UDH with a concatenation element followed by any other elements to keep (e.g. ports). */
export function buildConcatUdh(
  ref: number,
  total: number,
  seq: number,
  refBits: 8 | 16 = 8,
  extra: readonly UdhElement[] = [],
): Buffer {
  return buildUdh([concatElement(ref, total, seq, refBits), ...extra]);
}
