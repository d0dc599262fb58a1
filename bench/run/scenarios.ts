// The named scenarios of `node dist/bench/run.js --scenario NAME`. Each runs its load against every system
// under test in turn, with a fresh sink (and a fresh SUT process) per run.
import type { SutName } from './suts.js';

export interface LoadShape {
  /** Shown in tables when a scenario has several shapes. */
  label: string;
  mode: 'closed' | 'open';
  binds: number;
  /** Requests in flight per bind. */
  window: number;
  /** Open loop: messages per second. */
  rate?: number;
}

export interface MixShape {
  phiShare: number;
  concatShare: number;
  ucs2Share: number;
  receipts: boolean;
}

export interface Scenario {
  name: string;
  description: string;
  suts: SutName[];
  shapes: LoadShape[];
  mix: MixShape;
  tls: boolean;
  /** Sink response delay: MS or MIN-MAX. */
  sinkDelay?: string;
  durationS: number;
  warmupS: number;
  /** Soak: sample RSS, fds and CPU this often (seconds). */
  sampleS?: number;
  /** Report p50/p99 added by each SUT over `direct`. */
  addedLatency?: boolean;
}

const ALL: SutName[] = ['direct', 'naive', 'phiwall'];
const benignMix: MixShape = { phiShare: 0, concatShare: 0, ucs2Share: 0, receipts: false };
const realisticMix: MixShape = { phiShare: 0.2, concatShare: 0.1, ucs2Share: 0.05, receipts: true };
const closed = (binds: number, window: number): LoadShape => ({ label: `${binds}x${window}`, mode: 'closed', binds, window });

// What most scenarios share: every SUT, plain TCP, 10 s measured after 3 s of warm-up.
const throughput = (name: string, description: string, shapes: LoadShape[], mix: MixShape, extra: Partial<Scenario> = {}): Scenario => ({
  name,
  description,
  suts: ALL,
  shapes,
  mix,
  tls: false,
  durationS: 10,
  warmupS: 3,
  ...extra,
});

export const SCENARIOS: Scenario[] = [
  throughput('benign', 'Max throughput, benign texts only, closed loop (1 bind x 100 and 4 binds x 250 in flight)', [closed(1, 100), closed(4, 250)], benignMix),
  throughput('phi', 'Max throughput, PHI texts only (every message inspected, most redacted or refused), closed loop 4 x 250', [closed(4, 250)], {
    ...benignMix,
    phiShare: 1,
  }),
  throughput('mix', 'The realistic mix: 20% PHI, 10% concatenated, 5% UCS-2, receipts requested; closed loop 4 x 250', [closed(4, 250)], realisticMix),
  throughput('concat', 'Concatenated messages only (2-3 parts, 8-bit UDH reference), 20% PHI; closed loop 4 x 250', [closed(4, 250)], {
    ...benignMix,
    phiShare: 0.2,
    concatShare: 1,
  }),
  throughput('tls', 'TLS on both legs (client -> SUT and SUT -> carrier), benign texts; closed loop 4 x 250', [closed(4, 250)], benignMix, { tls: true }),
  throughput('binds100', '100 client binds, 10 in flight each, benign texts', [closed(100, 10)], benignMix),
  throughput('slow-carrier', 'Carrier answers after 20-50 ms; closed loop 4 x 500, benign texts', [closed(4, 500)], benignMix, { sinkDelay: '20-50' }),
  throughput(
    'latency',
    'Open loop at 1,000 msg/s, benign texts: latency added over direct (from scheduled send time)',
    [{ label: '1000/s', mode: 'open', binds: 1, window: 1000, rate: 1000 }],
    benignMix,
    { durationS: 30, addedLatency: true },
  ),
  throughput(
    'soak',
    'Open loop at 5,000 msg/s for --duration (default 600 s), realistic mix; RSS, fds and CPU sampled every 10 s',
    [{ label: '5000/s', mode: 'open', binds: 4, window: 1000, rate: 5000 }],
    realisticMix,
    { suts: ['phiwall'], durationS: 600, sampleS: 10 },
  ),
];

export function findScenario(name: string): Scenario | undefined {
  return SCENARIOS.find((s) => s.name === name);
}
