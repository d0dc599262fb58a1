// Latency of the name and health detectors over a generated message mix, with baselines measured in the same
// run: a naive `includes` loop over every health term, and one big alternation regex of all terms.
// Run: npx tsc -p . && node dist/bench/detect-health.js [messages]
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

gc();
const heap0 = process.memoryUsage().heapUsed;
const t0 = performance.now();
const { healthDetectors } = await import('../src/inspection/detectors/health/index.js');
const tHealth = performance.now();
const { nameDetectors } = await import('../src/inspection/detectors/names/index.js');
const tNames = performance.now();
gc();
const heap1 = process.memoryUsage().heapUsed;

const { normalize } = await import('../src/inspection/normalize/index.js');
const { EMPTY_CONTEXT } = await import('../src/inspection/detect.js');
const { HEALTH_GROUPS, healthTrie, parseTerms } = await import('../src/inspection/lexicon/health-lexicon.js');
const { NAME_LEXICON_SIZE, COMMON_WORD_COUNT } = await import('../src/inspection/lexicon/name-lexicon.js');
const { BENIGN_MESSAGES } = await import('../test/inspection/detectors/health/fixtures/benign-messages.js');
const { PHI_MESSAGES } = await import('../test/inspection/detectors/health/fixtures/phi-messages.js');
import type { Finding } from '../src/inspection/types.js';

// Deterministic generator (no Math.random: runs are comparable).
let seed = 42;
const rnd = (n: number): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
const pick = <T>(a: readonly T[]): T => a[rnd(a.length)]!;
const FIRST = ['Maria', 'Wei', 'Oluwaseun', 'Priya', 'DeShawn', 'Svetlana', 'Kwame', 'Mohammed', 'Grace', 'Thanh', 'Jiwoo', 'Guadalupe'];
const LAST = ['Gonzalez', 'Zhang', 'Adeyemi', 'Sharma', 'Johnson', 'Ivanova', 'Mensah', 'Haddad', 'Kowalczyk', 'Nguyen', 'Kim', 'Okafor'];
const TERMS = ['lisinopril', 'Ozempic', 'HIV', 'A1C 7.2%', 'colonoscopy', 'Suboxone', 'depression', 'MRI', 'PrEP', 'chemo', 'asthma', 'INR 3.1'];
const TEMPLATES = [
  (n: string, t: string) => `Hi ${n}, your ${t} follow-up is tomorrow at 10am. Reply C to confirm.`,
  (n: string, t: string) => `Reminder for ${n}: ${t} refill ready at Main St pharmacy.`,
  (_n: string, t: string) => `Free ${t} information session at all our locations this Saturday!`,
  (n: string, _t: string) => `Your appointment with Dr. ${n} is on 6/12 at 3:15 PM. Call 555-0100 to reschedule.`,
  (_n: string, _t: string) => `Your verification code is ${100000 + rnd(899999)}. Do not share it.`,
  (n: string, t: string) => `pt ${n} (${60 + rnd(39)}F) ${t} overnight, consult requested`,
  (_n: string, _t: string) => `Your package will arrive Thursday by 8pm. Track at example.com/t/${rnd(1e6)}`,
];
const count = Number(process.argv[2] ?? 20000);
const messages: string[] = [...BENIGN_MESSAGES, ...PHI_MESSAGES.map((c) => c.text)];
while (messages.length < count) {
  const name = rnd(2) ? `${pick(FIRST)} ${pick(LAST)}` : pick(LAST);
  messages.push(pick(TEMPLATES)(name, pick(TERMS)));
}

function percentiles(samples: Float64Array): { p50: number; p99: number; mean: number } {
  const s = Float64Array.from(samples).sort();
  let sum = 0;
  for (const x of s) sum += x;
  return { p50: s[Math.floor(s.length * 0.5)]!, p99: s[Math.floor(s.length * 0.99)]!, mean: sum / s.length };
}

function run(label: string, fn: (text: string) => unknown): void {
  for (let i = 0; i < Math.min(messages.length, 5000); i++) fn(messages[i]!); // warm up
  const samples = new Float64Array(messages.length);
  for (let i = 0; i < messages.length; i++) {
    const a = performance.now();
    fn(messages[i]!);
    samples[i] = (performance.now() - a) * 1000;
  }
  const p = percentiles(samples);
  console.log(`${label.padEnd(44)} p50 ${p.p50.toFixed(2).padStart(7)} µs   p99 ${p.p99.toFixed(2).padStart(7)} µs   mean ${p.mean.toFixed(2).padStart(7)} µs`);
}

const detectWith = (dets: typeof healthDetectors) => (text: string) => {
  const doc = normalize(text); // a fresh document per message: no cached tokens carry over
  const out: Finding[] = [];
  for (const d of dets) d.detect(doc, EMPTY_CONTEXT, out);
  return out;
};

// Baselines over the same health vocabulary.
const allTerms = HEALTH_GROUPS.flatMap((g) => parseTerms(g.terms).map(([t]) => t.toLowerCase().replace(/-/g, ' ')));
const naive = (text: string) => {
  const lower = text.toLowerCase();
  let hits = 0;
  for (const t of allTerms) if (lower.includes(t)) hits++;
  return hits;
};
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const bigRegex = new RegExp(`\\b(?:${[...allTerms].sort((a, b) => b.length - a.length).map(escape).join('|')})(?:'?s|es)?\\b`, 'gi');
const regex = (text: string) => text.match(bigRegex)?.length ?? 0;

console.log(`messages: ${messages.length} (fixtures + generated mix)`);
console.log(`health lexicon: ${healthTrie.size} phrases (${allTerms.length} listed terms); names: ${NAME_LEXICON_SIZE} keys; common words: ${COMMON_WORD_COUNT}`);
console.log(`module load: health ${(tHealth - t0).toFixed(1)} ms, names ${(tNames - tHealth).toFixed(1)} ms; heap after load +${((heap1 - heap0) / 1048576).toFixed(1)} MiB`);
run('names detector (incl. tokenize)', detectWith(nameDetectors));
run('health detector (incl. tokenize)', detectWith(healthDetectors));
run('names + health detectors', detectWith([...nameDetectors, ...healthDetectors]));
run('baseline: includes() loop over health terms', naive);
run('baseline: one alternation regex of terms', regex);
