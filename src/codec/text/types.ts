// Shared text codec types. Re-exported by ./index.ts, which is what callers import.

/** What an upstream SMSC means by data_coding 0 (per upstream config). */
export type DefaultAlphabet = 'gsm7' | 'gsm7-packed' | 'latin1' | 'ia5';

/** 'gsm7' is one septet per octet (how SMPP carries dc 0 most of the time); 'gsm7-packed' is 7-bit packed. */
export type Charset =
  | 'gsm7'
  | 'gsm7-packed'
  | 'ia5'
  | 'latin1'
  | 'ucs2'
  | 'iso-8859-5'
  | 'iso-8859-8'
  | 'shift_jis'
  | 'iso-2022-jp'
  | 'euc-kr';

export type TextResult = { ok: true; text: string } | { ok: false; reason: string };

export interface DecodeTextOptions {
  /** gsm7-packed: padding bits before the first septet (after a UDH; see fillBitsFor). */
  fillBits?: number;
  /** gsm7-packed: the exact number of septets, when known (otherwise derived from the octet count). */
  septets?: number;
  /** gsm7/gsm7-packed: national language single shift table (UDH IEI 0x25). */
  singleShift?: number;
  /** gsm7/gsm7-packed: national language locking shift table (UDH IEI 0x24). */
  lockingShift?: number;
  /** ia5: what to do with octets >= 0x80, which IA5 lacks. 'reject' (default) refuses the text; 'latin1' reads them as Latin-1. */
  ia5HighBytes?: 'reject' | 'latin1';
}
