// Leak and false-positive rates of the identifier detectors on the generated corpus.
// Run: node dist/bench/detect-quality.js [--seed N] [--show K]
import { detect } from '../src/inspection/detect.js';
import { identifierDetectors } from '../src/inspection/detectors/identifiers/index.js';
import type { DetectContext, Finding } from '../src/inspection/types.js';
import { CALLBACK_NUMBERS, generateCorpus, OWN_ADDRESSES, type CorpusMessage } from './detect-corpus.js';

export interface QualityReport {
  perCategory: Map<string, { total: number; leaked: number; wrongCategory: number; failures: string[] }>;
  benignTotal: number;
  benignAltered: number;
  benignFailures: string[];
}

export const CONTEXT: DetectContext = {
  callbackAllowList: new Set([...CALLBACK_NUMBERS, ...CALLBACK_NUMBERS.map((n) => (n.length === 11 ? n.slice(1) : '1' + n))]),
  mrnPatterns: [],
  addressAllowList: OWN_ADDRESSES,
};

/** Whether every non-space character of [start, end) lies inside some finding (of `category` when given). */
function covered(text: string, findings: Finding[], start: number, end: number, category?: string): boolean {
  for (let i = start; i < end; i++) {
    if (/[\s\p{Default_Ignorable_Code_Point}]/u.test(text[i])) continue;
    if (!findings.some((f) => f.start <= i && i < f.end && (category === undefined || f.category === category))) return false;
  }
  return true;
}

export function measure(benign: CorpusMessage[], phi: CorpusMessage[]): QualityReport {
  const perCategory: QualityReport['perCategory'] = new Map();
  for (const m of phi) {
    const findings = detect(m.text, CONTEXT, identifierDetectors);
    for (const l of m.labels) {
      const row = perCategory.get(l.category) ?? { total: 0, leaked: 0, wrongCategory: 0, failures: [] };
      perCategory.set(l.category, row);
      row.total++;
      if (!covered(m.text, findings, l.start, l.end)) {
        row.leaked++;
        row.failures.push(m.text);
      } else if (!covered(m.text, findings, l.start, l.end, l.category)) {
        row.wrongCategory++;
      }
    }
  }
  let benignAltered = 0;
  const benignFailures: string[] = [];
  for (const m of benign) {
    const findings = detect(m.text, CONTEXT, identifierDetectors);
    if (findings.length > 0) {
      benignAltered++;
      benignFailures.push(`${m.text}  <- ${findings.map((f) => `${f.category}:${JSON.stringify(m.text.slice(f.start, f.end))}`).join(', ')}`);
    }
  }
  return { perCategory, benignTotal: benign.length, benignAltered, benignFailures };
}

function main(): void {
  const arg = (name: string, dflt: number): number => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? Number(process.argv[i + 1]) : dflt;
  };
  const { benign, phi } = generateCorpus({ seed: arg('--seed', 42), benign: 5000, perCategory: 500 });
  const show = arg('--show', 3);
  const report = measure(benign, phi);
  console.log('category          total  leaked  leak%   other-category');
  for (const [cat, row] of report.perCategory) {
    console.log(
      `${cat.padEnd(16)} ${String(row.total).padStart(6)} ${String(row.leaked).padStart(7)} ${((100 * row.leaked) / row.total).toFixed(2).padStart(6)} ${String(row.wrongCategory).padStart(8)}`,
    );
    for (const f of row.failures.slice(0, show)) console.log(`    leak: ${JSON.stringify(f)}`);
  }
  console.log(`benign altered: ${report.benignAltered}/${report.benignTotal} (${((100 * report.benignAltered) / report.benignTotal).toFixed(2)}%)`);
  for (const f of report.benignFailures.slice(0, show * 4)) console.log(`    fp: ${f}`);
}

if (process.argv[1]?.endsWith('detect-quality.js')) main();
