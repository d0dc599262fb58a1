// Per-message latency of detect() and of the whole carrier view, after a warm-up, in microseconds.
import { detect } from '../src/inspection/detect.js';
import type { DetectContext } from '../src/inspection/types.js';
import { carrierView } from './accuracy-adapter.js';

export interface LatencyStats {
  samples: number;
  p50: number;
  p99: number;
  max: number;
  mean: number;
}

export function summarize(samplesNs: readonly number[]): LatencyStats {
  const s = Float64Array.from(samplesNs).sort();
  const at = (q: number): number => s[Math.min(s.length - 1, Math.floor(q * s.length))]! / 1000;
  const total = s.reduce((a, b) => a + b, 0);
  return { samples: s.length, p50: at(0.5), p99: at(0.99), max: s.length ? s[s.length - 1]! / 1000 : 0, mean: s.length ? total / s.length / 1000 : 0 };
}

/** Times detect() alone: `warmup` untimed passes over all texts, then `rounds` timed passes. */
export function timeDetect(texts: readonly string[], ctx: DetectContext, warmup: number, rounds: number): LatencyStats {
  let sink = 0; // keeps the calls observable so they are not optimised away
  for (let w = 0; w < warmup; w++) for (const t of texts) sink += detect(t, ctx).length;
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const t of texts) {
      const t0 = process.hrtime.bigint();
      sink += detect(t, ctx).length;
      samples.push(Number(process.hrtime.bigint() - t0));
    }
  }
  if (sink < 0) throw new Error('unreachable');
  return summarize(samples);
}

/** Times the whole carrier view (detect + policy + rewrite), awaited per message. */
export async function timeCarrierView(
  texts: readonly string[],
  ctx: { callbackAllowList: ReadonlySet<string> },
  warmup: number,
  rounds: number,
): Promise<LatencyStats> {
  for (let w = 0; w < warmup; w++) for (const t of texts) await carrierView(t, ctx);
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const t of texts) {
      const t0 = process.hrtime.bigint();
      await carrierView(t, ctx);
      samples.push(Number(process.hrtime.bigint() - t0));
    }
  }
  return summarize(samples);
}
