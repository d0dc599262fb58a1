// Figures derived across runs of one scenario: latency added over direct, phiwall against the naive baseline,
// and the soak's drift.
import type { RunRecord, SeriesPoint } from './execute.js';

export interface AddedLatency {
  sut: string;
  shape: string;
  /** Scheduled send → response, this SUT minus direct (ms). */
  p50: number;
  p99: number;
  /** Actual write → response, this SUT minus direct (ms). */
  serviceP50: number;
  serviceP99: number;
}

export interface Ratio {
  shape: string;
  phiwallMsgPerSec: number;
  naiveMsgPerSec: number;
  ratio: number;
}

export interface Drift {
  first: number | null;
  last: number | null;
  max: number | null;
}

export interface SoakSummary {
  points: number;
  rssMB: Drift;
  fds: Drift;
  pduPerSec: { min: number; mean: number };
  p99: { max: number };
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

export function addedLatency(runs: RunRecord[]): AddedLatency[] {
  const out: AddedLatency[] = [];
  for (const r of runs) {
    if (r.sut === 'direct' || !r.load) continue;
    const base = runs.find((d) => d.sut === 'direct' && d.shape === r.shape && d.load);
    if (!base?.load) continue;
    out.push({
      sut: r.sut,
      shape: r.shape,
      p50: r3(r.load.latencyMs.p50 - base.load.latencyMs.p50),
      p99: r3(r.load.latencyMs.p99 - base.load.latencyMs.p99),
      serviceP50: r3(r.load.serviceMs.p50 - base.load.serviceMs.p50),
      serviceP99: r3(r.load.serviceMs.p99 - base.load.serviceMs.p99),
    });
  }
  return out;
}

export function phiwallVsNaive(runs: RunRecord[]): Ratio[] {
  const out: Ratio[] = [];
  for (const p of runs) {
    if (p.sut !== 'phiwall' || !p.load) continue;
    const n = runs.find((r) => r.sut === 'naive' && r.shape === p.shape && r.load);
    if (!n?.load || n.load.msgPerSec === 0) continue;
    out.push({ shape: p.shape, phiwallMsgPerSec: p.load.msgPerSec, naiveMsgPerSec: n.load.msgPerSec, ratio: Math.round((p.load.msgPerSec / n.load.msgPerSec) * 100) / 100 });
  }
  return out;
}

function drift(values: (number | null)[]): Drift {
  const v = values.filter((x): x is number => x !== null);
  return { first: v[0] ?? null, last: v[v.length - 1] ?? null, max: v.length ? Math.max(...v) : null };
}

export function soakSummary(series: SeriesPoint[]): SoakSummary {
  const rates = series.map((p) => p.pduPerSec);
  return {
    points: series.length,
    rssMB: drift(series.map((p) => p.sutRssMB)),
    fds: drift(series.map((p) => p.sutFds)),
    pduPerSec: { min: rates.length ? Math.min(...rates) : 0, mean: rates.length ? Math.round(rates.reduce((a, b) => a + b, 0) / rates.length) : 0 },
    p99: { max: series.length ? Math.max(...series.map((p) => p.p99)) : 0 },
  };
}
