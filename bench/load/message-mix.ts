// The traffic the load generator sends: realistic SMS texts (benign and PHI), pre-encoded once as submit_sm
// templates. Per send, only sequence_number, the destination digits and the concatenation reference are
// patched in place, so the generator stays far cheaper than the system it measures.
import { readFileSync } from 'node:fs';
import { Cmd } from '../../src/codec/commands.js';
import { shortMessagePdu } from '../wire/write.js';
import { DataCoding, encodeGsm7, encodeUcs2, splitEncoded, trimEncoded } from './text-encoding.js';

export interface SmsTexts {
  benign: string[];
  phi: string[];
}

export interface MixOptions {
  /** Share of messages drawn from the PHI texts (0..1). */
  phiShare: number;
  /** Share of messages sent as 2-3 part concatenated SMS (0..1). */
  concatShare: number;
  /** Share of messages forced to UCS-2 even when GSM 03.38 would do (0..1). */
  ucs2Share: number;
  /** Ask for delivery receipts (registered_delivery 1). */
  registeredDelivery: boolean;
  /** How many distinct templates to build. */
  size?: number;
  seed?: number | string;
}

export interface MessageTemplate {
  /** One submit_sm per part, sequence_number 0 and destination 15550000000 until patched. */
  parts: Buffer[];
  /** In every part: offset of the seven destination digits to patch. */
  destinationDigitsOffset: number;
  /** In every part: offset of the UDH reference octet, or -1 for a single-part message. */
  refOffset: number;
  phi: boolean;
}

export const SOURCE_ADDR = '18005550100';
const DEST_PREFIX = '1555';
export const DEST_DIGITS = 7;
const SINGLE_MAX = { [DataCoding.gsm7]: 160, [DataCoding.ucs2]: 140 } as Record<number, number>;
// 6 octets of UDH (IEI 00, 8-bit reference) leave 153 unpacked septets or 134 UCS-2 octets per part.
const PART_MAX = { [DataCoding.gsm7]: 153, [DataCoding.ucs2]: 134 } as Record<number, number>;

export function loadTexts(file = new URL('../../../bench/fixtures/sms-texts.json', import.meta.url)): SmsTexts {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Partial<SmsTexts>;
  if (!Array.isArray(raw.benign) || !Array.isArray(raw.phi) || raw.benign.length === 0 || raw.phi.length === 0) {
    throw new Error('sms-texts.json needs non-empty "benign" and "phi" arrays');
  }
  return { benign: raw.benign, phi: raw.phi };
}

// The corpus generator's seeded PRNG (mulberry32), so every run sends the same mix.
interface Rng {
  next(): number;
}
const rngModule = new URL('../../../scripts/corpus/rng.mjs', import.meta.url).href;
const { createRng } = (await import(rngModule)) as { createRng(seed: number | string): Rng };

export function buildMix(texts: SmsTexts, o: MixOptions): MessageTemplate[] {
  const rng = createRng(o.seed ?? 'phiwall-bench/mix');
  const rnd = () => rng.next();
  const size = o.size ?? 512;
  const out: MessageTemplate[] = [];
  for (let i = 0; i < size; i++) {
    const phi = rnd() < o.phiShare;
    const pool = phi ? texts.phi : texts.benign;
    const pick = () => pool[Math.floor(rnd() * pool.length)]!;
    let text = pick();
    const concat = rnd() < o.concatShare;
    // Long enough for three parts in either encoding; cut to size once encoded.
    if (concat) while (text.length < 3 * PART_MAX[DataCoding.gsm7]!) text += ' ' + pick();
    const forceUcs2 = rnd() < o.ucs2Share;
    const gsm = forceUcs2 ? undefined : encodeGsm7(text);
    const dataCoding = gsm ? DataCoding.gsm7 : DataCoding.ucs2;
    let encoded = gsm ?? encodeUcs2(text);
    if (concat) {
      // Two or three parts: the last one anywhere from one unit to full.
      const part = PART_MAX[dataCoding]!;
      const unit = dataCoding === DataCoding.ucs2 ? 2 : 1;
      const parts = rnd() < 0.5 ? 2 : 3;
      const last = unit * (1 + Math.floor((rnd() * (part - unit)) / unit));
      encoded = trimEncoded(encoded.subarray(0, (parts - 1) * part + last), dataCoding);
    }
    out.push(template(encoded, dataCoding, phi, o.registeredDelivery, concat));
  }
  return out;
}

function template(encoded: Buffer, dataCoding: number, phi: boolean, receipts: boolean, concat: boolean): MessageTemplate {
  const chunks = encoded.length <= SINGLE_MAX[dataCoding]! && !concat ? [encoded] : splitEncoded(encoded, dataCoding, PART_MAX[dataCoding]!);
  const multi = chunks.length > 1;
  let destinationDigitsOffset = 0;
  let refOffset = -1;
  const parts = chunks.map((chunk, i) => {
    const body = multi ? Buffer.concat([Buffer.from([0x05, 0x00, 0x03, 0x00, chunks.length, i + 1]), chunk]) : chunk;
    const enc = shortMessagePdu(Cmd.submit_sm, 0, {
      source_addr_ton: 1,
      source_addr_npi: 1,
      source_addr: SOURCE_ADDR,
      dest_addr_ton: 1,
      dest_addr_npi: 1,
      destination_addr: DEST_PREFIX + '0'.repeat(DEST_DIGITS),
      esm_class: multi ? 0x40 : 0x00, // UDHI (SMPP 3.4 §5.2.12)
      registered_delivery: receipts ? 1 : 0,
      data_coding: dataCoding,
      short_message: body,
    });
    destinationDigitsOffset = enc.destinationOffset + DEST_PREFIX.length;
    if (multi) refOffset = enc.shortMessageOffset + 3;
    return enc.pdu;
  });
  return { parts, destinationDigitsOffset, refOffset, phi };
}

/** Mean submit_sm PDUs per message, to turn PDU/s into message/s. */
export function meanParts(mix: MessageTemplate[]): number {
  let n = 0;
  for (const m of mix) n += m.parts.length;
  return n / mix.length;
}
