// Table-driven tests for one identifier detector: each positive names the exact text it must find (and the
// category), each benign message must come through with no finding from this detector.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { detect } from '../../../../src/inspection/detect.js';
import type { DetectContext, Detector } from '../../../../src/inspection/types.js';

export const CTX: DetectContext = {
  callbackAllowList: new Set(['18005550199', '8005550199', '2125550147', '12125550147']),
  mrnPatterns: [],
};

/** The substrings `detector` reports in `text`, as "category:value". */
export function found(detector: Detector, text: string, ctx: DetectContext = CTX): string[] {
  return detect(text, ctx, [detector]).map((f) => `${f.category}:${text.slice(f.start, f.end)}`);
}

export function detectorTable(
  detector: Detector,
  positives: readonly [text: string, expected: string | readonly string[]][],
  benign: readonly string[],
  ctx: DetectContext = CTX,
): void {
  const category = detector.id;
  for (const [text, expected] of positives) {
    const want = (typeof expected === 'string' ? [expected] : expected).map((e) => `${category}:${e}`);
    test(`${detector.id} finds ${JSON.stringify(want)} in ${JSON.stringify(text)}`, () => {
      const got = found(detector, text, ctx);
      for (const w of want) assert.ok(got.includes(w), `expected ${w}, got ${JSON.stringify(got)}`);
    });
  }
  for (const text of benign) {
    test(`${detector.id} leaves ${JSON.stringify(text)} alone`, () => {
      assert.equal(found(detector, text, ctx), []);
    });
  }
}
