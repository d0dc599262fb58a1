import type { Category, SensitiveClass } from './categories.js';

/** One piece of PHI found in a text. Offsets are UTF-16 code unit indexes into the ORIGINAL text. */
export interface Finding {
  category: Category;
  start: number;
  end: number;
  /** Set on health findings in a sensitive class (HIV/STI, mental health, ...). */
  sensitive?: SensitiveClass;
  /** Which detector reported it (for `phiwall scan` and tests; never the matched value). */
  detector: string;
}

/**
 * The text as detectors see it. `text` is normalized (NFKC, invisibles stripped, confusables folded,
 * digits mapped to ASCII); `toOriginal` maps a [start, end) span of `text` back to the original string.
 */
export interface NormalizedText {
  readonly original: string;
  readonly text: string;
  /** `text` lower-cased (same length and offsets as `text`). */
  readonly lower: string;
  toOriginal(start: number, end: number): [number, number];
  /**
   * `text` with spaced-out runs closed up ("H.I.V" -> "HIV", "s s n" -> "ssn", "1 2 3 - 4 5" -> "123-45"),
   * for detectors that must see through letter-spacing. Undefined when `text` has no such run (the common case).
   */
  readonly compact?: CompactView;
}

/** A second view of `NormalizedText.text`, made only by deleting characters from it. */
export interface CompactView {
  readonly text: string;
  /** `text` lower-cased (same length and offsets). */
  readonly lower: string;
  /** Maps a [start, end) span of this view to the span of `NormalizedText.text` it was made from. */
  toText(start: number, end: number): [number, number];
}

/** Per-message, per-policy facts detectors may use. */
export interface DetectContext {
  /** The sender's own callback numbers, digits only (E.164 without '+', and national forms). */
  readonly callbackAllowList: ReadonlySet<string>;
  /** Per-tenant medical-record-number patterns (already compiled, no catastrophic backtracking). */
  readonly mrnPatterns: readonly RegExp[];
  /**
   * The sender's own street addresses (clinic, pharmacy) as its messages write them ("500 Main St, Suite 2,
   * Springfield, IL 62704"); those addresses and the ZIP right after them are not findings.
   */
  readonly addressAllowList?: readonly string[];
}

export interface Detector {
  readonly id: string;
  /** Appends findings (with offsets in `doc.text`; the engine maps them to the original). */
  detect(doc: NormalizedText, ctx: DetectContext, out: Finding[]): void;
}
