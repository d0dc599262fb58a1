// Delivery receipt text, SMPP 3.4 Appendix B:
//   id:IIIIIIIIII sub:SSS dlvrd:DDD submit date:YYMMDDhhmm done date:YYMMDDhhmm stat:DDDDDDD err:E text:...
// Vendors vary it (case, missing or extra fields, `Text:`), so parsing finds `key:` tokens rather than
// expecting fixed positions. `text` holds the start of the original message (PHI): it is always the last
// field and takes the rest of the string. Rewriting touches only the spans it replaces.

export interface ReceiptField {
  /** Lower-cased, inner whitespace as '_': 'id', 'submit_date', 'text', or a vendor key. */
  name: string;
  /** The key as written, e.g. 'Text' or 'submit date'. */
  key: string;
  value: string;
  /** The value's span [start, end) in the receipt text. */
  start: number;
  end: number;
}

export interface Receipt {
  /** Every field in order, vendor ones included. */
  fields: ReceiptField[];
  id?: ReceiptField;
  sub?: ReceiptField;
  dlvrd?: ReceiptField;
  submit_date?: ReceiptField;
  done_date?: ReceiptField;
  stat?: ReceiptField;
  err?: ReceiptField;
  text?: ReceiptField;
}

const KNOWN = new Set(['id', 'sub', 'dlvrd', 'submit_date', 'done_date', 'stat', 'err', 'text']);

// A key starts the string or follows whitespace; "submit date" and "done date" contain a space.
const KEY = /(?:^|\s)((?:submit|done)\s+date|[A-Za-z][A-Za-z0-9_]*)\s*:[ \t]*/gi;

/** The receipt's fields, or undefined when the text is not a receipt (it needs an id and a stat field). */
export function parseReceipt(text: string): Receipt | undefined {
  const receipt: Receipt = { fields: [] };
  const keys: { key: string; keyStart: number; valueStart: number }[] = [];
  KEY.lastIndex = 0;
  for (let m = KEY.exec(text); m !== null; m = KEY.exec(text)) {
    const key = m[1]!;
    keys.push({ key, keyStart: m.index + m[0].indexOf(key), valueStart: KEY.lastIndex });
    if (key.toLowerCase() === 'text') break; // the message excerpt runs to the end, whatever it contains
  }
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const name = k.key.toLowerCase().replace(/\s+/g, '_');
    let end = i + 1 < keys.length ? keys[i + 1]!.keyStart : text.length;
    if (name !== 'text') while (end > k.valueStart && /\s/.test(text[end - 1]!)) end--;
    const field: ReceiptField = { name, key: k.key, value: text.slice(k.valueStart, end), start: k.valueStart, end };
    receipt.fields.push(field);
    if (KNOWN.has(name) && receipt[name as keyof Omit<Receipt, 'fields'>] === undefined) {
      receipt[name as keyof Omit<Receipt, 'fields'>] = field;
    }
  }
  return receipt.id !== undefined && receipt.stat !== undefined ? receipt : undefined;
}

/**
 * Replaces the id and/or text values and keeps every other character as it was. Undefined when the text is
 * not a receipt; a field the receipt lacks is not added.
 */
export function rewriteReceipt(text: string, changes: { id?: string; text?: string }): string | undefined;
/** The same with `receipt` already parsed from `text` (saves a second parse on the hot path). */
export function rewriteReceipt(text: string, changes: { id?: string; text?: string }, receipt: Receipt): string;
export function rewriteReceipt(text: string, changes: { id?: string; text?: string }, parsed?: Receipt): string | undefined {
  const receipt = parsed ?? parseReceipt(text);
  if (receipt === undefined) return undefined;
  const edits: { start: number; end: number; value: string }[] = [];
  if (changes.id !== undefined && receipt.id) edits.push({ ...receipt.id, value: changes.id });
  if (changes.text !== undefined && receipt.text) edits.push({ ...receipt.text, value: changes.text });
  edits.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += text.slice(at, e.start) + e.value;
    at = e.end;
  }
  return out + text.slice(at);
}
