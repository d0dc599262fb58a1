// The decision cache for bulk campaigns, measured against no cache in the same run.
// Run: npx tsc -p . && node dist/bench/store-decision-cache.js
//
// The real detectors are not in yet (detect() is a stub that finds nothing), so besides the stub this uses a
// stand-in detector with a cost of the same kind: a dozen regular expressions and a word-list lookup per
// message. The cache's gain scales with detection cost; its overhead on a miss is the key build + LRU lookup.
import { BUILTIN_POLICIES } from '../src/inspection/policy/builtins.js';
import { createDecisionCache } from '../src/inspection/policy/decision-cache.js';
import { evaluate } from '../src/inspection/policy/evaluate.js';
import type { EvaluateDeps } from '../src/inspection/policy/types.js';
import { detect as stubDetect } from '../src/inspection/detect.js';
import type { Finding } from '../src/inspection/types.js';

const PATTERNS: [RegExp, Finding['category']][] = [
  [/\b\d{3}-\d{2}-\d{4}\b/g, 'ssn'],
  [/\+?1?[ (.-]*\d{3}[ ).-]*\d{3}[ .-]*\d{4}\b/g, 'phone'],
  [/\b[\w.+-]+@[\w-]+\.[\w.]+\b/g, 'email'],
  [/\bMRN[-: ]?\d{6,10}\b/gi, 'mrn'],
  [/\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/g, 'date'],
  [/\b\d{5}(?:-\d{4})?\b/g, 'zip'],
  [/\bhttps?:\/\/\S+/g, 'url'],
  [/\b\d{1,3}(?:\.\d{1,3}){3}\b/g, 'ip'],
  [/\b[A-HJ-NPR-Z0-9]{17}\b/g, 'vin'],
  [/\b\d{4}[ -]?\d{4}[ -]?\d{4}[ -]?\d{4}\b/g, 'card'],
  [/\b[1-9][A-Z][A-Z0-9]\d[A-Z][A-Z0-9]\d[A-Z]{2}\d{2}\b/g, 'mbi'],
  [/\b\d+ [A-Z][a-z]+ (?:St|Ave|Rd|Blvd)\b/g, 'address'],
];
const TERMS = new Set(Array.from({ length: 2000 }, (_, i) => `term${i}`).concat(['insulin', 'diabetes', 'biopsy', 'hiv', 'metformin']));

function standInDetect(text: string): Finding[] {
  const out: Finding[] = [];
  for (const [re, category] of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) out.push({ category, start: m.index, end: m.index + m[0].length, detector: 'bench' });
  }
  const lower = text.toLowerCase();
  for (const m of lower.matchAll(/[a-z]+/g)) {
    if (TERMS.has(m[0])) out.push({ category: 'condition', start: m.index!, end: m.index! + m[0].length, detector: 'bench' });
  }
  return out;
}

const strict = BUILTIN_POLICIES.get('strict')!;
const TEMPLATE = 'Reminder from Riverside Clinic: your appointment is tomorrow at 10:30. Reply C to confirm or call the front desk to reschedule. Reply STOP to opt out.';
const N = 50_000;
const ROUNDS = 7;

async function once(texts: (i: number) => string, deps: EvaluateDeps, offset: number): Promise<number> {
  const t0 = performance.now();
  for (let i = 0; i < N; i++) await evaluate(texts(offset + i), strict, deps);
  return ((performance.now() - t0) * 1000) / N;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Alternates rounds without and with the cache (this machine is shared and noisy); reports medians. */
async function compare(name: string, texts: (i: number) => string, detect: EvaluateDeps['detect']): Promise<void> {
  const plain: number[] = [];
  const cached: number[] = [];
  const cache = createDecisionCache();
  for (let r = 0; r < ROUNDS; r++) {
    plain.push(await once(texts, { detect, client: 'c' }, r * N));
    cached.push(await once(texts, { detect, client: 'c', cache }, r * N));
  }
  const a = median(plain);
  const b = median(cached);
  console.log(`${name.padEnd(44)} no cache ${a.toFixed(2).padStart(6)} µs/msg   cache ${b.toFixed(2).padStart(6)} µs/msg   (x${(a / b).toFixed(2)}, hit rate ${((100 * cache.stats.hits) / (cache.stats.hits + cache.stats.misses)).toFixed(0)}%)`);
}

console.log(`node ${process.version}; policy strict; median of ${ROUNDS} alternating rounds of ${N} messages`);
const campaign = () => TEMPLATE;
const unique = (i: number) => `${TEMPLATE} Ref ${i}`;
for (const [label, detect] of [['stand-in detector', standInDetect], ['detect() stub', stubDetect]] as const) {
  await compare(`campaign (one text), ${label}`, campaign, detect);
  await compare(`unique texts (all misses), ${label}`, unique, detect);
}
