// After a redaction or tokenization: re-encode the new text and re-segment it when its length changed.
// The original charset when every character fits, otherwise UCS-2; the parts of one message get a fresh
// concatenation reference and are sent on one upstream bind by the caller.
import { randomInt } from 'node:crypto';
import { Tag } from '../codec/tags.js';
import { setTlv } from '../codec/tlv.js';
import type { Pdu, SubmitSmFields } from '../codec/pdu.js';
import { encodeText, type Charset } from '../codec/text/index.js';
import { segmentText, dataCodingFor, type Segmented } from '../codec/segment.js';
import { buildUdh, Iei, type UdhElement } from '../codec/udh.js';
import { Errors } from '../errors.js';
import { ESM_UDHI, type ContentField, type MessageContent } from './content.js';

// Concatenation elements are rebuilt; national-shift elements no longer apply (the new text is encoded with
// the default tables). Everything else (application ports, ...) is kept on every part.
const REBUILT_IEIS = new Set<number>([Iei.concat8, Iei.concat16, Iei.lockingShift, Iei.singleShift]);
const SAR_TAGS: readonly number[] = [Tag.sar_msg_ref_num, Tag.sar_total_segments, Tag.sar_segment_seqnum];

export function newConcatRef(): number {
  return randomInt(0, 256);
}

function kept(field: ContentField | undefined): UdhElement[] {
  return (field?.udh?.elements ?? []).filter((e) => !REBUILT_IEIS.has(e.iei));
}

function segment(text: string, charset: Charset, keep: UdhElement[]): Segmented {
  const seg = segmentText(text, { preferred: charset, ref: newConcatRef(), keepElements: keep });
  // Only a lone surrogate or a text over 255 parts gets here: refuse rather than send something else.
  if (!seg) throw Errors.inspectionFailed('rewritten text cannot be segmented');
  return seg;
}

function encodeOrThrow(text: string, charset: Charset): Buffer {
  const b = encodeText(text, charset);
  if (!b) throw Errors.inspectionFailed('rewritten text cannot be encoded');
  return b;
}

/**
 * Rewrites the text fields of a whole (not concatenated) message. `texts[i]` is the new text for
 * `content.fields[i]`, or undefined to keep it. Returns one PDU, or several when a short_message no longer fits.
 */
export function rewriteMessage(pdu: Pdu, content: MessageContent, texts: readonly (string | undefined)[]): Pdu[] {
  const finalTexts = content.fields.map((f, i) => texts[i] ?? f.text ?? '');
  const charset = commonCharset(content, finalTexts);
  const fields = { ...(pdu.fields as SubmitSmFields) };
  const tlvs = pdu.tlvs.map((t) => ({ ...t }));
  let seg: Segmented | undefined;

  content.fields.forEach((f, i) => {
    const text = finalTexts[i]!;
    if (f.field === 'message_payload') {
      // message_payload carries up to 64 KB: no segmentation, keep the non-concatenation UDH in front.
      const body = encodeOrThrow(text, charset);
      const keep = kept(f);
      setTlv(tlvs, Tag.message_payload, keep.length ? Buffer.concat([buildUdh(keep), body]) : body);
      return;
    }
    seg = segment(text, charset, kept(f));
  });

  const dcChanged = content.fields.some((f) => f.charset !== charset);
  if (dcChanged) fields.data_coding = dataCodingFor(seg?.data_coding_charset ?? charset);
  if (!seg) return [{ ...pdu, fields, tlvs }];
  const s: Segmented = seg;
  if (s.data_coding_charset !== charset) fields.data_coding = dataCodingFor(s.data_coding_charset);
  fields.esm_class = s.udhi ? fields.esm_class | ESM_UDHI : fields.esm_class & ~ESM_UDHI;
  if (s.parts.length === 1) return [{ ...pdu, fields: { ...fields, short_message: s.parts[0]! }, tlvs }];
  const partTlvs = tlvs.filter((t) => !SAR_TAGS.includes(t.tag));
  return s.parts.map((part) => ({ ...pdu, fields: { ...fields, short_message: part }, tlvs: partTlvs.map((t) => ({ ...t })) }));
}

/** Rewrites a reassembled concatenated message: the whole new text, re-segmented, on the first part's fields. */
export function rewriteConcatenated(first: Pdu, firstContent: MessageContent, text: string): Pdu[] {
  const field = firstContent.fields[0]!;
  const preferred: Charset = field.charset !== 'binary' && encodeText(text, field.charset) ? field.charset : 'ucs2';
  const base = { ...(first.fields as SubmitSmFields) };
  const tlvs = first.tlvs.filter((t) => !SAR_TAGS.includes(t.tag));
  if (field.field === 'message_payload') {
    // A payload has room for the whole text: one PDU, no concatenation.
    const keep = kept(field);
    const body = encodeOrThrow(text, preferred);
    const t = tlvs.map((x) => ({ ...x }));
    setTlv(t, Tag.message_payload, keep.length ? Buffer.concat([buildUdh(keep), body]) : body);
    if (preferred !== field.charset) base.data_coding = dataCodingFor(preferred);
    base.esm_class = keep.length ? base.esm_class | ESM_UDHI : base.esm_class & ~ESM_UDHI;
    return [{ ...first, fields: base, tlvs: t }];
  }
  const s = segment(text, preferred, kept(field));
  if (s.data_coding_charset !== field.charset) base.data_coding = dataCodingFor(s.data_coding_charset);
  base.esm_class = s.udhi ? base.esm_class | ESM_UDHI : base.esm_class & ~ESM_UDHI;
  return s.parts.map((part) => ({ ...first, fields: { ...base, short_message: part }, tlvs: tlvs.map((x) => ({ ...x })) }));
}

function commonCharset(content: MessageContent, texts: readonly string[]): Charset {
  const original = content.fields[0]?.charset;
  if (original && original !== 'binary' && texts.every((t) => encodeText(t, original) !== undefined)) return original;
  return 'ucs2';
}
