// 7-bit packing of GSM septets into octets (3GPP TS 23.038 §6.1.2.1.1), least significant bit first, with
// fill bits so that septets after a UDH start on a septet boundary (3GPP TS 23.040 §9.2.3.24).
const CR = 0x0d;

/** Fill bits between a UDH of udhLength octets (UDHL included) and the first septet. */
export function fillBitsFor(udhLength: number): number {
  return (7 - ((udhLength * 8) % 7)) % 7;
}

/**
 * Packs septets after fillBits zero bits. §6.1.2.3.1: when the last octet would have 7 spare bits, a CR is
 * packed into them so a receiver cannot read the zero padding as '@'.
 */
export function packSeptets(septets: Uint8Array, fillBits = 0): Buffer {
  let count = septets.length;
  const padCr = (fillBits + count * 7) % 8 === 1;
  if (padCr) count++;
  const out = Buffer.alloc(Math.ceil((fillBits + count * 7) / 8));
  let bit = fillBits;
  for (let i = 0; i < count; i++) {
    const s = (i < septets.length ? septets[i]! : CR) & 0x7f;
    const at = bit >>> 3;
    const shift = bit & 7;
    out[at] |= (s << shift) & 0xff;
    if (shift > 1) out[at + 1] |= s >>> (8 - shift);
    bit += 7;
  }
  return out;
}

/**
 * Unpacks septets from octets after fillBits bits. Without an explicit count, the count is what fits; when the
 * septets fill the octets exactly and the last one is CR or 0, it is taken as padding (§6.1.2.3.1) and dropped.
 */
export function unpackSeptets(octets: Uint8Array, fillBits = 0, septets?: number): Uint8Array {
  const bits = octets.length * 8 - fillBits;
  let count = bits > 0 ? Math.floor(bits / 7) : 0;
  if (septets !== undefined) count = Math.max(0, Math.min(count, septets));
  const out = new Uint8Array(count);
  let bit = fillBits;
  for (let i = 0; i < count; i++) {
    const at = bit >>> 3;
    const shift = bit & 7;
    let s = octets[at]! >>> shift;
    if (shift > 1) s |= octets[at + 1]! << (8 - shift);
    out[i] = s & 0x7f;
    bit += 7;
  }
  if (septets === undefined && count > 0 && bits % 7 === 0 && (out[count - 1] === CR || out[count - 1] === 0)) {
    return out.subarray(0, count - 1);
  }
  return out;
}
