import type { Span } from './types.js';

/** `text` with each span replaced by the replacement at the same index. Spans sorted and non-overlapping. */
export function splice(text: string, spans: readonly Span[], replacements: readonly string[]): string {
  let out = '';
  let at = 0;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    out += text.slice(at, s.start) + replacements[i]!;
    at = s.end;
  }
  return out + text.slice(at);
}
