// Where text lives in a PDU, read out for inspection. Every content field is covered: short_message (with or
// without a UDH) and the message_payload TLV, in whatever data_coding; concatenation is read from the UDH
// (IEI 0x00 / 0x08) or the SAR TLVs. Bytes that cannot be read as text are `binary` and the policy decides.
import { Cmd } from '../codec/commands.js';
import { Tag } from '../codec/tags.js';
import { getTlv } from '../codec/tlv.js';
import type { Pdu, SubmitSmFields } from '../codec/pdu.js';
import { parseUdh, type Udh } from '../codec/udh.js';
import { charsetOf, decodeText, type Charset, type DefaultAlphabet } from '../codec/text/index.js';

export const ESM_UDHI = 0x40;

export interface ContentField {
  field: 'short_message' | 'message_payload';
  charset: Charset | 'binary';
  udh?: Udh;
  /** The bytes after the UDH. */
  payload: Buffer;
  /** Decoded text, when the charset is readable and the bytes decode cleanly. */
  text?: string;
  /** Why the field is not readable as text (binary coding, bad UCS-2, unknown shift table, malformed UDH). */
  unreadable?: string;
}

export interface Concat {
  ref: number;
  total: number;
  seq: number;
  kind: 'udh8' | 'udh16' | 'sar';
}

export interface MessageContent {
  data_coding: number;
  esm_class: number;
  fields: ContentField[];
  concat?: Concat;
}

/** Reads the content of submit_sm, deliver_sm, data_sm, submit_multi or replace_sm (with the original dc). */
export function extractContent(pdu: Pdu, defaultAlphabet: DefaultAlphabet, replaceDataCoding?: number): MessageContent {
  const f = pdu.fields as Partial<SubmitSmFields>;
  const data_coding = pdu.command_id === Cmd.replace_sm ? (replaceDataCoding ?? 0) : (f.data_coding ?? 0);
  const esm_class = f.esm_class ?? 0;
  const udhi = (esm_class & ESM_UDHI) !== 0;
  const kind = charsetOf(data_coding, defaultAlphabet);
  // 'unsupported' (reserved codings, pictograms, compressed text) reaches a handset as something readable,
  // but not to us: it is treated like binary, so the policy's binary rule decides (strict refuses).
  const charset: Charset | 'binary' = kind === 'unsupported' ? 'binary' : kind;
  const unsupported = kind === 'unsupported';
  const out: MessageContent = { data_coding, esm_class, fields: [] };

  const sm = f.short_message;
  if (sm && sm.length > 0) out.fields.push(readField('short_message', sm, charset, udhi, unsupported));
  const payload = getTlv(pdu.tlvs, Tag.message_payload);
  // Inspect a payload even when short_message is set too (the spec forbids both; we do not trust the sender).
  if (payload && payload.length > 0) out.fields.push(readField('message_payload', payload, charset, udhi && !(sm && sm.length), unsupported));

  const udhConcat = out.fields.find((x) => x.udh?.concat)?.udh?.concat;
  if (udhConcat) {
    out.concat = { ref: udhConcat.ref, total: udhConcat.total, seq: udhConcat.seq, kind: udhConcat.refBits === 16 ? 'udh16' : 'udh8' };
  } else {
    const ref = getTlv(pdu.tlvs, Tag.sar_msg_ref_num);
    const total = getTlv(pdu.tlvs, Tag.sar_total_segments);
    const seq = getTlv(pdu.tlvs, Tag.sar_segment_seqnum);
    if (ref?.length === 2 && total?.length === 1 && seq?.length === 1) {
      out.concat = { ref: ref.readUInt16BE(0), total: total[0]!, seq: seq[0]!, kind: 'sar' };
    }
  }
  return out;
}

function readField(field: ContentField['field'], bytes: Buffer, charset: Charset | 'binary', udhi: boolean, unsupported: boolean): ContentField {
  let payload = bytes;
  let udh: Udh | undefined;
  if (udhi) {
    const parsed = parseUdh(bytes);
    if (!parsed.ok) return { field, charset: 'binary', payload: bytes, unreadable: 'malformed UDH' };
    udh = parsed.udh;
    payload = parsed.payload;
  }
  const base: ContentField = { field, charset, payload, ...(udh ? { udh } : {}) };
  if (charset === 'binary') return { ...base, unreadable: unsupported ? 'unsupported data_coding' : 'binary data_coding' };
  const opts: { fillBits?: number; singleShift?: number; lockingShift?: number } = {};
  if (charset === 'gsm7-packed' && udh) opts.fillBits = (7 - ((udh.length * 8) % 7)) % 7;
  if (udh?.singleShift !== undefined) opts.singleShift = udh.singleShift;
  if (udh?.lockingShift !== undefined) opts.lockingShift = udh.lockingShift;
  const decoded = decodeText(payload, charset, opts);
  return decoded.ok ? { ...base, text: decoded.text } : { ...base, unreadable: decoded.reason };
}
