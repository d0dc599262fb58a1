// What the carrier would receive for a message. The bench talks to the policy engine only through this file:
// point `carrierView` at the real engine when it lands. Until then: no findings -> allow; findings -> rewrite
// with every finding span replaced by [REDACTED].
import { detect } from '../src/inspection/detect.js';
import type { Finding } from '../src/inspection/types.js';

export interface CarrierView {
  action: 'allow' | 'block' | 'rewrite';
  /** The text sent to the carrier when action is 'rewrite'. */
  text?: string;
  findings: Finding[];
}

const MARK = '[REDACTED]';

export async function carrierView(
  text: string,
  ctx: { callbackAllowList: ReadonlySet<string> },
): Promise<CarrierView> {
  const findings = detect(text, { callbackAllowList: ctx.callbackAllowList, mrnPatterns: [] });
  if (findings.length === 0) return { action: 'allow', findings };
  return { action: 'rewrite', text: redactSpans(text, findings), findings };
}

/** Replaces each finding span (overlapping spans merged) with the mark. */
export function redactSpans(text: string, findings: readonly Finding[]): string {
  const spans = findings
    .map((f) => [Math.max(0, f.start), Math.min(text.length, f.end)] as const)
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [s, e] of spans) {
    if (e <= at) continue;
    out += text.slice(at, Math.max(at, s)) + (s >= at ? MARK : '');
    at = e;
  }
  return out + text.slice(at);
}
