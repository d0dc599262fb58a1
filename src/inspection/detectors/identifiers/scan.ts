// Identifier detectors are written as scans of one view (text + lower-case copy). `viewDetector` runs a scan
// over the normalized text and, when there is one, over the compact view, mapping the latter's spans back.
import type { IdentifierCategory } from '../../categories.js';
import type { DetectContext, Detector, Finding, NormalizedText } from '../../types.js';

export type Emit = (category: IdentifierCategory, start: number, end: number) => void;
export type Scan = (text: string, lower: string, emit: Emit, ctx: DetectContext) => void;

export function viewDetector(id: string, scan: Scan): Detector {
  return {
    id,
    detect(doc: NormalizedText, ctx: DetectContext, out: Finding[]): void {
      scan(doc.text, doc.lower, (category, start, end) => out.push({ category, start, end, detector: id }), ctx);
      const compact = doc.compact;
      if (compact === undefined) return;
      scan(
        compact.text,
        compact.lower,
        (category, s, e) => {
          const [start, end] = compact.toText(s, e);
          out.push({ category, start, end, detector: id });
        },
        ctx,
      );
    },
  };
}

/** Number of ASCII digits in `s`, stopping once `enough` are seen (a cheap prefilter). */
export function countDigits(s: string, enough: number): number {
  let n = 0;
  for (let i = 0; i < s.length && n < enough; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

export function digitsOf(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) out += s[i];
  }
  return out;
}
