// Message ids. phiwall gives clients its own ids (it must, for held concatenated parts, and so that ids from
// different carriers never collide) and maps them to the carrier's. Carriers are inconsistent about id format:
// the submit_sm_resp may say `0A1B2C` while the receipt says `660268` (decimal) or `0a1b2c` or `000A1B2C`, so
// carrier ids are normalized and also stored under their other base.
import { randomBytes } from 'node:crypto';

/** 16 lower-case hex digits: a random 24-bit instance prefix and a 40-bit counter starting at a random point. */
export class MessageIdGenerator {
  private readonly prefix: string;
  private counter: number;

  constructor() {
    const r = randomBytes(8);
    this.prefix = r.subarray(0, 3).toString('hex');
    this.counter = r.readUInt32BE(4) * 16; // leaves room before 2^40
  }

  next(): string {
    this.counter = (this.counter + 1) % 0x10000000000;
    return this.prefix + this.counter.toString(16).padStart(10, '0');
  }
}

/** Case-folded, leading zeros removed (but never empty). */
export function normalizeCarrierId(id: string): string {
  const t = id.trim().toLowerCase();
  const s = t.replace(/^0+(?=.)/, '');
  return s;
}

/** The same id read in the other base, when it is a plausible number in both (hex ↔ decimal). */
export function alternateCarrierIds(id: string): string[] {
  const n = normalizeCarrierId(id);
  const out: string[] = [];
  if (/^[0-9a-f]{1,16}$/.test(n)) {
    const dec = BigInt(`0x${n}`).toString(10);
    if (dec !== n) out.push(dec);
  }
  if (/^[0-9]{1,20}$/.test(n)) {
    const hex = BigInt(n).toString(16);
    if (hex !== n && !out.includes(hex)) out.push(hex);
  }
  return out;
}
