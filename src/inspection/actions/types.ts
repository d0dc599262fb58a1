import type { Category } from '../categories.js';

/** A [start, end) range of UTF-16 code units in the original text. */
export interface Span {
  start: number;
  end: number;
}

/** A merged span and what to do with it. */
export interface RewriteSpan extends Span {
  action: 'redact' | 'tokenize';
  /** The category recorded with a token (the longest finding's, when several merged). */
  category: Category;
}
