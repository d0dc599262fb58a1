// The detection engine: normalize once, run every detector, map spans back to the original text, then
// merge: findings of one category that overlap or touch become one finding; findings of different categories
// stay apart even on the same span (a policy acts on each category), and the list comes out sorted by start.
// A detector that throws makes detect() throw; the pipeline turns that into a block.
import type { DetectContext, Detector, Finding } from './types.js';
import { healthDetectors } from './detectors/health/index.js';
import { nameDetectors } from './detectors/names/index.js';
import { identifierDetectors } from './detectors/identifiers/index.js';
import { orphanIdDetector } from './detectors/identifiers/orphan-id.js';
import { normalize } from './normalize/index.js';

// The orphan-id detector reads the others' findings (an unlabelled id counts in a message about someone): last.
const detectors: readonly Detector[] = [...identifierDetectors, ...nameDetectors, ...healthDetectors, orphanIdDetector];

export const EMPTY_CONTEXT: DetectContext = { callbackAllowList: new Set(), mrnPatterns: [] };

/** Raised when a detector fails; carries the detector id only, never message content. */
export class DetectorFailure extends Error {
  readonly code = 'DETECTOR_FAILED';
  constructor(readonly detector: string) {
    super(`detector ${detector} failed`);
    this.name = 'DetectorFailure';
  }
}

export function detect(text: string, ctx: DetectContext = EMPTY_CONTEXT, list: readonly Detector[] = detectors): Finding[] {
  const doc = normalize(text);
  const found: Finding[] = [];
  for (const d of list) {
    try {
      d.detect(doc, ctx, found);
    } catch {
      // The cause may quote the text it choked on; only the detector's name leaves this function.
      throw new DetectorFailure(d.id);
    }
  }
  if (found.length === 0) return found;
  for (const f of found) {
    const [start, end] = doc.toOriginal(f.start, f.end);
    f.start = start;
    f.end = end;
  }
  return mergeFindings(found);
}

/** Sorts by start (then longer first) and joins overlapping or touching findings of the same category. */
export function mergeFindings(findings: Finding[]): Finding[] {
  const sorted = findings.filter((f) => f.end > f.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Finding[] = [];
  const open = new Map<string, Finding>(); // category -> the last merged finding of that category
  for (const f of sorted) {
    const prev = open.get(f.category);
    if (prev !== undefined && f.start <= prev.end) {
      if (f.end > prev.end) prev.end = f.end;
      if (prev.sensitive === undefined && f.sensitive !== undefined) prev.sensitive = f.sensitive;
      continue;
    }
    const copy: Finding = { ...f };
    open.set(f.category, copy);
    out.push(copy);
  }
  return out;
}
