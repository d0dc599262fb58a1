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
const closed = (binds: number, window: number): LoadShape => ({ label: `${binds}x${window}`, mode: 'closed', binds, window });

export const SCENARIOS: Scenario[] = [
  {
    name: 'benign',
    description: 'Max throughput, benign texts only, closed loop (1 bind x 100 and 4 binds x 250 in flight)',
    suts: ALL,
    shapes: [closed(1, 100), closed(4, 250)],
    mix: benignMix,
    tls: false,
    durationS: 10,
    warmupS: 3,
  },
  {
    name: 'phi',
    description: 'Max throughput, PHI texts only (every message inspected, most redacted or refused), closed loop 4 x 250',
    suts: ALL,
    shapes: [closed(4, 250)],
    mix: { ...benignMix, phiShare: 1 },
    tls: false,
    durationS: 10,
    warmupS: 3,
  },
  {
    name: 'mix',
    description: 'The realistic mix: 20% PHI, 10% concatenated, 5% UCS-2, receipts requested; closed loop 4 x 250',
    suts: ALL,
    shapes: [closed(4, 250)],
    mix: { phiShare: 0.2, concatShare: 0.1, ucs2Share: 0.05, receipts: true },
    tls: false,
    durationS: 10,
    warmupS: 3,
  },
  {
    name: 'concat',
    description: 'Concatenated messages only (2-3 parts, 8-bit UDH reference), 20% PHI; closed loop 4 x 250',
    suts: ALL,
    shapes: [closed(4, 250)],
    mix: { phiShare: 0.2, concatShare: 1, ucs2Share: 0, receipts: false },
    tls: false,
    durationS: 10,
    warmupS: 3,
  },
  {
    name: 'tls',
    description: 'TLS on both legs (client -> SUT and SUT -> carrier), benign texts; closed loop 4 x 250',
    suts: ALL,
    shapes: [closed(4, 250)],
    mix: benignMix,
    tls: true,
    durationS: 10,
    warmupS: 3,
  },
  {
    name: 'binds100',
    description: '100 client binds, 10 in flight each, benign texts',
    suts: ALL,
    shapes: [closed(100, 10)],
    mix: benignMix,
    tls: false,
    durationS: 10,
    warmupS: 3,
  },
  {
    name: 'slow-carrier',
    description: 'Carrier answers after 20-50 ms; closed loop 4 x 500, benign texts',
    suts: ALL,
    shapes: [closed(4, 500)],
    mix: benignMix,
    tls: false,
    sinkDelay: '20-50',
    durationS: 10,
    warmupS: 3,
  },
  {
    name: 'latency',
    description: 'Open loop at 1,000 msg/s, benign texts: latency added over direct (from scheduled send time)',
    suts: ALL,
    shapes: [{ label: '1000/s', mode: 'open', binds: 1, window: 1000, rate: 1000 }],
    mix: benignMix,
    tls: false,
    durationS: 30,
    warmupS: 3,
    addedLatency: true,
  },
  {
    name: 'soak',
    description: 'Open loop at 5,000 msg/s for --duration (default 600 s), realistic mix; RSS, fds and CPU sampled every 10 s',
    suts: ['phiwall'],
    shapes: [{ label: '5000/s', mode: 'open', binds: 4, window: 1000, rate: 5000 }],
    mix: { phiShare: 0.2, concatShare: 0.1, ucs2Share: 0.05, receipts: true },
    tls: false,
    durationS: 600,
    warmupS: 3,
    sampleS: 10,
  },
];

export function findScenario(name: string): Scenario | undefined {
  return SCENARIOS.find((s) => s.name === name);
}
