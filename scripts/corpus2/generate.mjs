// Generates test/fixtures/corpus2 (dev2.jsonl, callbacks.json, README.md). Deterministic: same seed, same files.
//   node scripts/corpus2/generate.mjs [--seed N]
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildMessage, obfuscateMessage, pickSender, senderTypesFor } from './build.mjs';
import { checkCorpus, checkCounts, checkWithBench, countLabels, nameOverlap } from './check.mjs';
import { renderReadme } from './readme.mjs';
import { createRng } from './rng.mjs';
import { callbackList, mentionedSender } from './senders.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..', '..');
const outDir = join(root, 'test', 'fixtures', 'corpus2');
const seedArg = process.argv.indexOf('--seed');
const SEED = seedArg > 0 ? Number(process.argv[seedArg + 1]) : 20250611;
const OBFUSCATED = 150;

async function loadGroups(dir) {
  const files = readdirSync(join(here, dir)).filter((f) => f.endsWith('.mjs')).sort();
  const groups = [];
  for (const f of files) groups.push(...(await import(pathToFileURL(join(here, dir, f)).href)).default.map((g) => ({ ...g, file: `${dir}/${f}` })));
  return groups;
}

function assertIntent(msg, group, spec) {
  if (group.benign === true && !msg.benign) throw new Error(`${group.file}: benign text got labels: ${spec}`);
  if (group.benign === false && msg.benign) throw new Error(`${group.file}: PHI text has no labels: ${spec}`);
}

async function main() {
  const r = createRng(SEED);
  const texts = new Set();
  const out = [];
  const add = (msg) => {
    if (texts.has(msg.text)) return false;
    texts.add(msg.text);
    msg.benign = msg.labels.length === 0;
    out.push(msg);
    return true;
  };

  // Hand-written: every text once.
  for (const g of await loadGroups('hand')) {
    for (const spec of g.texts) {
      const sender = mentionedSender(spec) ?? pickSender(r, senderTypesFor(g));
      const msg = buildMessage(r, spec, { kind: g.kind, lang: g.lang, group: g.group, sender, source: 'hand' });
      msg.benign = msg.labels.length === 0;
      // English hand-written groups are PHI unless marked benign; language groups mix both.
      assertIntent(msg, { ...g, benign: g.benign ?? (g.lang ? undefined : false) }, spec);
      if (!add(msg)) throw new Error(`${g.file}: duplicate hand-written text: ${spec}`);
    }
  }
  const handCount = out.length;

  // Templates: `count` distinct messages per group.
  const templates = await loadGroups('templates');
  const phiTemplates = [];
  for (const g of templates) {
    let made = 0;
    // Specs in turn, so every wording gets its share; the fills are random.
    for (let tries = 0; made < g.count && tries < g.count * 30; tries++) {
      const spec = g.specs[tries % g.specs.length];
      const msg = buildMessage(r, spec, { kind: g.kind, lang: g.lang, sender: pickSender(r, senderTypesFor(g)), source: 'template' });
      msg.benign = msg.labels.length === 0;
      assertIntent(msg, g, spec);
      if (add(msg)) made++;
      if (!msg.benign) phiTemplates.push({ g, spec });
    }
    if (made < g.count) throw new Error(`${g.file} ${g.kind}: only ${made} distinct of ${g.count}`);
  }

  // Obfuscated: fresh draws from the PHI templates, one or two values disguised.
  for (let made = 0, tries = 0; made < OBFUSCATED && tries < OBFUSCATED * 20; tries++) {
    const { g, spec } = r.pick(phiTemplates);
    const base = buildMessage(r, spec, { kind: g.kind, lang: g.lang, sender: pickSender(r, senderTypesFor(g)), source: 'template' });
    const msg = base.labels.length ? obfuscateMessage(r, base) : null;
    if (msg && add(msg)) made++;
  }

  const messages = r.shuffle(out).map((m, i) => ({
    id: `dev2-${String(i + 1).padStart(4, '0')}`, text: m.text, labels: m.labels, benign: m.benign, kind: m.kind, source: m.source, lang: m.lang,
  }));
  const callbacks = callbackList();
  const errors = [...checkCorpus(messages, new Set(callbacks)), ...checkCounts(messages)];
  const bench = await checkWithBench(root, messages);
  errors.push(...bench.errors);
  if (errors.length) {
    for (const e of errors.slice(0, 60)) console.error(e);
    const { byCategory, byClass } = countLabels(messages);
    console.error(JSON.stringify({ total: messages.length, benign: messages.filter((m) => m.benign).length, hand: handCount, byCategory, byClass }));
    throw new Error(`${errors.length} problems; nothing written`);
  }

  const overlap = await nameOverlap(root, messages);
  if (overlap?.length) console.warn(`warning: ${overlap.length} name parts also in the first corpus`);

  mkdirSync(outDir, { recursive: true });
  const line = (m) => JSON.stringify({ id: m.id, text: m.text, labels: m.labels, benign: m.benign, kind: m.kind });
  writeFileSync(join(outDir, 'dev2.jsonl'), messages.map(line).join('\n') + '\n');
  writeFileSync(join(outDir, 'callbacks.json'), JSON.stringify(callbacks, null, 2) + '\n');
  writeFileSync(join(outDir, 'README.md'), renderReadme(messages, { seed: SEED, handCount, benchChecked: !bench.skipped, blind: bench.blind }));
  console.log(`${messages.length} messages (${handCount} hand-written), ${messages.filter((m) => m.benign).length} benign; leak rule ${bench.skipped ? 'NOT checked (build the bench first)' : 'checked'}`);
}

await main();
