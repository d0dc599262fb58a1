// Detector stack latency per SMS: p50/p99 (µs) of normalize, of each identifier detector, and of detect()
// with every detector (identifiers, names, health), over a mix of benign and PHI messages of 60-300
// characters. Baseline in the same run: a naive scan with one regex per identifier category.
// Run: node dist/bench/detect.js [--messages N] [--rounds R]
import { detect, EMPTY_CONTEXT } from '../src/inspection/detect.js';
import { healthDetectors } from '../src/inspection/detectors/health/index.js';
import { identifierDetectors } from '../src/inspection/detectors/identifiers/index.js';
import { nameDetectors } from '../src/inspection/detectors/names/index.js';
import { normalize } from '../src/inspection/normalize/index.js';
import type { Finding } from '../src/inspection/types.js';
import { generateCorpus, rng } from './detect-corpus.js';
import { CONTEXT } from './detect-quality.js';

const arg = (name: string, dflt: number): number => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};

/** Messages of 60-300 characters: corpus messages, short ones joined, about one in five carrying PHI. */
function messages(count: number): string[] {
  const { benign, phi } = generateCorpus({ seed: 9, benign: count, perCategory: Math.ceil(count / 60) });
  const r = rng(5);
  const out: string[] = [];
  while (out.length < count) {
    const pool = r() < 0.2 ? phi : benign;
    let m = pool[Math.floor(r() * pool.length)].text;
    while (m.length < 60 || (m.length < 200 && r() < 0.3)) m += ' ' + benign[Math.floor(r() * benign.length)].text;
    out.push(m.slice(0, 300));
  }
  return out;
}

const NAIVE: RegExp[] = [
  /\(?\d{3}\)?[\s.\-]?\d{3}[\s.\-]?\d{4}/g, // phone
  /[\w.+\-]+@[\w\-]+\.[\w.\-]+/g, // email
  /https?:\/\/\S+/g, // url
  /\b\d{1,3}(?:\.\d{1,3}){3}\b/g, // ip
  /\b\d{3}-\d{2}-\d{4}\b/g, // ssn
  /\bmrn:?\s*\w+/gi, // mrn
  /\bmember id:?\s*\w+/gi, // health plan
  /\b[1-9][A-Z][A-Z0-9]\d[A-Z][A-Z0-9]\d[A-Z]{2}\d\d\b/g, // mbi
  /\bacct\s*#?\s*\d+/gi, // account
  /\b(?:\d[ \-]?){13,19}\b/g, // card
  /\b[A-Z]{2}\d{7}\b/g, // dea
  /\b[A-HJ-NPR-Z0-9]{17}\b/g, // vin
  /\b\d{15}\b/g, // imei
  /\b\d+\s+\w+\s+(?:st|ave|rd|ln|dr)\b/gi, // address
  /\b\d{5}(?:-\d{4})?\b/g, // zip
  /\bdob:?\s*\d{1,2}\/\d{1,2}\/\d{2,4}/gi, // date
  /\b(?:9\d|1[01]\d)\s*y\/?o\b/gi, // age
];
function naiveScan(text: string): number {
  let n = 0;
  for (const re of NAIVE) {
    re.lastIndex = 0;
    while (re.exec(text) !== null) n++;
  }
  return n;
}

/** Per-stage timings, one row per message and one column per round (µs). */
class Samples {
  private rows: number[][] = [];
  add(message: number, ns: bigint): void {
    (this.rows[message] ??= []).push(Number(ns) / 1000);
  }
  /** p50/p99 over every call, and p99 over each message's median call (scheduler and GC noise removed). */
  stats(): { p50: number; p99: number; p99med: number; mean: number } {
    const all = this.rows.flat().sort((a, b) => a - b);
    const medians = this.rows.map((r) => [...r].sort((a, b) => a - b)[r.length >> 1]).sort((a, b) => a - b);
    const at = (s: number[], q: number): number => s[Math.min(s.length - 1, Math.floor(q * s.length))];
    return { p50: at(all, 0.5), p99: at(all, 0.99), p99med: at(medians, 0.99), mean: all.reduce((a, b) => a + b, 0) / all.length };
  }
  slowest(msgs: string[], k: number): string[] {
    return this.rows
      .map((r, i) => [[...r].sort((a, b) => a - b)[r.length >> 1], i] as [number, number])
      .sort((a, b) => b[0] - a[0])
      .slice(0, k)
      .map(([us, i]) => `${us.toFixed(1)} µs  ${JSON.stringify(msgs[i].slice(0, 110))}`);
  }
}

function main(): void {
  const count = arg('--messages', 5000);
  const rounds = arg('--rounds', 5);
  const msgs = messages(count);
  const avgLen = msgs.reduce((a, m) => a + m.length, 0) / msgs.length;
  const nonAscii = msgs.filter((m) => /[^\x00-\x7f]/.test(m)).length;
  const rows = new Map<string, Samples>();
  const row = (name: string): Samples => {
    let s = rows.get(name);
    if (s === undefined) rows.set(name, (s = new Samples()));
    return s;
  };
  const now = process.hrtime.bigint;
  let sink = 0;
  for (let round = 0; round < rounds + 1; round++) {
    const record = round > 0; // round 0 warms up the JIT
    for (let i = 0; i < msgs.length; i++) {
      const m = msgs[i];
      let t = now();
      sink += naiveScan(m);
      if (record) row('baseline: naive regex per category').add(i, now() - t);

      t = now();
      const doc = normalize(m);
      if (record) row('normalize').add(i, now() - t);

      const t0 = now();
      const out: Finding[] = [];
      for (const d of identifierDetectors) {
        t = now();
        d.detect(doc, CONTEXT, out);
        if (record) row(`  ${d.id}`).add(i, now() - t);
      }
      if (record) row('identifier detectors (sum, on normalized doc)').add(i, now() - t0);
      sink += out.length;

      t = now();
      sink += detect(m, CONTEXT, identifierDetectors).length;
      if (record) row('detect(): normalize + identifiers + merge').add(i, now() - t);

      t = now();
      sink += detect(m, CONTEXT).length;
      if (record) row('detect(): full stack').add(i, now() - t);
    }
  }
  console.log(
    `${msgs.length} messages x ${rounds} rounds, mean ${avgLen.toFixed(0)} chars, ${nonAscii} non-ASCII; ` +
      `detectors: ${identifierDetectors.length} identifier, ${nameDetectors.length} name, ${healthDetectors.length} health; node ${process.version}`,
  );
  console.log(`${'stage'.padEnd(48)} ${'p50 µs'.padStart(8)} ${'p99 µs'.padStart(8)} ${'p99 med'.padStart(8)} ${'mean µs'.padStart(8)}`);
  for (const [name, s] of rows) {
    const { p50, p99, p99med, mean } = s.stats();
    const cells = [p50, p99, p99med, mean].map((x) => x.toFixed(2).padStart(8)).join(' ');
    console.log(`${name.padEnd(48)} ${cells}`);
  }
  console.log('p99 med: 99th percentile of each message\'s median over the rounds (without scheduler/GC outliers).');
  if (process.argv.includes('--slowest')) {
    console.log('slowest messages through detect() (median µs):');
    for (const line of rows.get('detect(): full stack')?.slowest(msgs, 8) ?? []) console.log('  ' + line);
  }
  if (sink === -1) console.log(EMPTY_CONTEXT);
}

main();
