import type { RewriteSpan } from './types.js';

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Widens [start, end) so it never cuts a surrogate pair in half (offsets are UTF-16 code units). */
export function widenToCodePoints(text: string, start: number, end: number): [number, number] {
  if (start > 0 && start < text.length && isLow(text.charCodeAt(start)) && isHigh(text.charCodeAt(start - 1))) start--;
  if (end > 0 && end < text.length && isLow(text.charCodeAt(end)) && isHigh(text.charCodeAt(end - 1))) end++;
  return [start, end];
}

/**
 * Sorted, non-overlapping spans: each span widened to whole code points, then overlapping or touching spans
 * merged. A merged span is redacted if any part was (redaction gives away less than a token), else tokenized;
 * it keeps the category of its longest part.
 */
export function mergeSpans(text: string, spans: readonly RewriteSpan[]): RewriteSpan[] {
  const widened = spans.map((s) => {
    const [start, end] = widenToCodePoints(text, s.start, s.end);
    return { ...s, start, end, longest: end - start };
  });
  widened.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: RewriteSpan[] = [];
  let cur: (typeof widened)[number] | undefined;
  for (const s of widened) {
    if (cur && s.start <= cur.end) {
      cur.end = Math.max(cur.end, s.end);
      if (s.action === 'redact') cur.action = 'redact';
      if (s.longest > cur.longest) {
        cur.longest = s.longest;
        cur.category = s.category;
      }
      continue;
    }
    if (cur) out.push({ start: cur.start, end: cur.end, action: cur.action, category: cur.category });
    cur = { ...s };
  }
  if (cur) out.push({ start: cur.start, end: cur.end, action: cur.action, category: cur.category });
  return out;
}
