// Accuracy benchmark of the PHI firewall on the labeled SMS corpus (test/fixtures/corpus).
//   node dist/bench/accuracy.js [--file holdout|dev|dev2|train|all] [--policy strict] [--json] [--rounds N] [--warmup N]
// Runs every message through the real detect() and the carrier view (bench/accuracy-adapter.ts), reports the
// per-category leak rate (rule in accuracy-leak.ts), the share of benign messages altered or refused, and
// detect() / carrier-view latency. --json also writes bench/results/accuracy-<file>.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { carrierView, type CarrierView } from './accuracy-adapter.js';
import { CORPUS_FILES, loadCallbacks, loadCorpus, type CorpusFile, type CorpusMessage } from './accuracy-corpus.js';
import { timeCarrierView, timeDetect } from './accuracy-latency.js';
import { renderReport, worstCategories } from './accuracy-report.js';
import { score } from './accuracy-score.js';

interface Options {
  file: CorpusFile;
  policy: 'strict';
  json: boolean;
  rounds: number;
  warmup: number;
}

function parseArgs(argv: readonly string[]): Options {
  const opts: Options = { file: 'holdout', policy: 'strict', json: false, rounds: 5, warmup: 2 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--json') opts.json = true;
    else if (a === '--file') {
      const f = value();
      if (!CORPUS_FILES.includes(f as CorpusFile)) throw new Error(`--file is one of ${CORPUS_FILES.join(', ')}`);
      opts.file = f as CorpusFile;
    } else if (a === '--policy') {
      // The adapter's carrierView has no policy argument yet; strict is what it is wired to.
      if (value() !== 'strict') throw new Error('--policy: only strict is wired in bench/accuracy-adapter.ts');
    } else if (a === '--rounds') opts.rounds = Math.max(1, Number.parseInt(value(), 10) || 1);
    else if (a === '--warmup') opts.warmup = Math.max(0, Number.parseInt(value(), 10) || 0);
    else throw new Error(`unknown argument ${a}`);
  }
  return opts;
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
  const corpus: CorpusMessage[] = loadCorpus(repoRoot, opts.file);
  const callbackAllowList = loadCallbacks(repoRoot);
  const ctx = { callbackAllowList };

  const outcomes: Array<{ msg: CorpusMessage; view: CarrierView }> = [];
  for (const msg of corpus) outcomes.push({ msg, view: await carrierView(msg.text, ctx) });
  const result = score(outcomes);

  const texts = corpus.map((m) => m.text);
  const latency = {
    detect: timeDetect(texts, { callbackAllowList, mrnPatterns: [] }, opts.warmup, opts.rounds),
    carrierView: await timeCarrierView(texts, ctx, opts.warmup, opts.rounds),
  };

  console.log(renderReport(`phiwall accuracy: corpus ${opts.file}, policy ${opts.policy}`, result, latency));
  if (opts.json) {
    const dir = join(repoRoot, 'bench', 'results');
    mkdirSync(dir, { recursive: true });
    const path = join(dir, `accuracy-${opts.file}.json`);
    const worst = worstCategories(result, 5).map(([category, t]) => ({ category, rate: t.rate, exampleIds: t.exampleIds }));
    const doc = { file: opts.file, policy: opts.policy, node: process.version, rounds: opts.rounds, warmup: opts.warmup, ...result, latencyMicros: latency, worst };
    writeFileSync(path, JSON.stringify(doc, null, 2) + '\n');
    console.log(`wrote ${path}`);
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : 'accuracy bench failed');
  process.exit(1);
});
