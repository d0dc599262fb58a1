// Scores the current firewall on dev2 with the accuracy bench's own pieces, until bench/accuracy.ts learns
// `--file dev2`. Needs the compiled bench: npx tsc -p . && node scripts/corpus2/bench-dev2.mjs [--rounds N]
// The allow-list is the union of both corpora's callback numbers. Prints ids and counts, never message text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = (f) => import(pathToFileURL(join(root, 'dist', 'bench', f)).href);
const [{ carrierView }, { parseCorpus, loadCallbacks }, { timeCarrierView, timeDetect }, { renderReport }, { score }] = await Promise.all([
  dist('accuracy-adapter.js'), dist('accuracy-corpus.js'), dist('accuracy-latency.js'), dist('accuracy-report.js'), dist('accuracy-score.js'),
]);

const roundsArg = process.argv.indexOf('--rounds');
const rounds = roundsArg > 0 ? Math.max(1, Number(process.argv[roundsArg + 1]) || 1) : 3;
const dir = join(root, 'test', 'fixtures', 'corpus2');
const corpus = parseCorpus(readFileSync(join(dir, 'dev2.jsonl'), 'utf8'), 'dev2.jsonl');
const callbackAllowList = new Set([...loadCallbacks(root), ...JSON.parse(readFileSync(join(dir, 'callbacks.json'), 'utf8'))]);
const ctx = { callbackAllowList };

const outcomes = [];
for (const msg of corpus) outcomes.push({ msg, view: await carrierView(msg.text, ctx) });
const texts = corpus.map((m) => m.text);
const latency = {
  detect: timeDetect(texts, { callbackAllowList, mrnPatterns: [] }, 1, rounds),
  carrierView: await timeCarrierView(texts, ctx, 1, rounds),
};
console.log(renderReport('phiwall accuracy: corpus dev2, policy strict', score(outcomes), latency));
