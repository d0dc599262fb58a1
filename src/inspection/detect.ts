// The detection engine: normalize once, run every detector, map spans back to the original text.
// Owned by the normalize/identifier work; the health and name detectors plug in through their index files.
import type { DetectContext, Detector, Finding } from './types.js';
import { healthDetectors } from './detectors/health/index.js';
import { nameDetectors } from './detectors/names/index.js';
import { identifierDetectors } from './detectors/identifiers/index.js';
import { normalize } from './normalize/index.js';

const detectors: readonly Detector[] = [...identifierDetectors, ...nameDetectors, ...healthDetectors];

export const EMPTY_CONTEXT: DetectContext = { callbackAllowList: new Set(), mrnPatterns: [] };

export function detect(text: string, ctx: DetectContext = EMPTY_CONTEXT): Finding[] {
  const doc = normalize(text);
  const found: Finding[] = [];
  for (const d of detectors) d.detect(doc, ctx, found);
  return found.map((f) => {
    const [start, end] = doc.toOriginal(f.start, f.end);
    return { ...f, start, end };
  });
}
