import { splice } from './splice.js';
import type { Span } from './types.js';

/** Replaces each span (sorted, non-overlapping) with the fixed redaction text. Pure. */
export function redact(text: string, spans: readonly Span[], replacement: string): string {
  return splice(text, spans, spans.map(() => replacement));
}
