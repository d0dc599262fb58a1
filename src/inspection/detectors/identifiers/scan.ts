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

export function digitsOf(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) out += s[i];
  }
  return out;
}

/** Character counts the detectors use to skip texts that cannot hold what they look for. */
export interface TextFacts {
  digits: number;
  /** Longest run of consecutive ASCII digits. */
  digitRun: number;
  /** Longest run of consecutive ASCII letters and digits. */
  alnumRun: number;
  colons: number;
  dashes: number;
  dots: number;
  slashes: number;
  /** Some digit run reads 90-129 (the ages the age detector reports). */
  oldNumber: boolean;
}

// Detectors run one after another over the same text (and its compact view): two entries cover both.
let cachedText: [string | undefined, string | undefined] = [undefined, undefined];
let cachedFacts: [TextFacts | undefined, TextFacts | undefined] = [undefined, undefined];

export function factsOf(text: string): TextFacts {
  if (cachedText[0] === text) return cachedFacts[0] as TextFacts;
  if (cachedText[1] === text) return cachedFacts[1] as TextFacts;
  const f: TextFacts = { digits: 0, digitRun: 0, alnumRun: 0, colons: 0, dashes: 0, dots: 0, slashes: 0, oldNumber: false };
  let digitRun = 0;
  let alnumRun = 0;
  let first = 0;
  let second = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      f.digits++;
      if (digitRun === 0) first = c;
      else if (digitRun === 1) second = c;
      if (++digitRun > f.digitRun) f.digitRun = digitRun;
      if (++alnumRun > f.alnumRun) f.alnumRun = alnumRun;
      continue;
    }
    if ((digitRun === 2 && first === 57) || (digitRun === 3 && first === 49 && second <= 50)) f.oldNumber = true;
    digitRun = 0;
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      if (++alnumRun > f.alnumRun) f.alnumRun = alnumRun;
      continue;
    }
    alnumRun = 0;
    if (c === 58) f.colons++;
    else if (c === 45) f.dashes++;
    else if (c === 46) f.dots++;
    else if (c === 47) f.slashes++;
  }
  if ((digitRun === 2 && first === 57) || (digitRun === 3 && first === 49 && second <= 50)) f.oldNumber = true;
  cachedText = [text, cachedText[0]];
  cachedFacts = [f, cachedFacts[0]];
  return f;
}
