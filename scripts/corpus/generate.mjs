#!/usr/bin/env node
// Generates the labeled SMS corpus: test/fixtures/corpus/{dev,holdout}.jsonl, callbacks.json, README.md.
// Deterministic: the same seed gives byte-identical files. Run: node scripts/corpus/generate.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeKit } from './kit.mjs';
import { createRng } from './rng.mjs';
import { callbackAllowList } from './senders.mjs';
import { BENIGN_DEV } from './templates/benign-dev.mjs';
import { BENIGN_HOLDOUT } from './templates/benign-holdout.mjs';
import { OBFUSCATED_DEV, PHI_DEV } from './templates/phi-dev.mjs';
import { OBFUSCATED_HOLDOUT, PHI_HOLDOUT } from './templates/phi-holdout.mjs';
import { checkCorpus, countLabels } from './check.mjs';
import { renderReadme } from './readme.mjs';

const SEED = 'phiwall-corpus/v1';
const OUT = join(dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/corpus');

const IDENTIFIER_GROUPS = ['address', 'zip', 'date', 'age', 'phone', 'email', 'url', 'ip', 'ssn', 'mrn', 'health_plan_id', 'mbi', 'account', 'card', 'license', 'vin', 'device_id'];
const HEALTH_GROUPS = ['condition', 'medication', 'lab', 'procedure'];

/** How many messages each split builds around each group; benign fills up to `benignShare`. */
const PLAN = {
  dev: { prefix: 'dev', templates: [...PHI_DEV, ...OBFUSCATED_DEV], benign: BENIGN_DEV, perIdentifier: 28, name: 60, perHealth: 65, obfuscated: 80, benignShare: 0.45 },
  holdout: { prefix: 'ho', templates: [...PHI_HOLDOUT, ...OBFUSCATED_HOLDOUT], benign: BENIGN_HOLDOUT, perIdentifier: 20, name: 40, perHealth: 45, obfuscated: 56, benignShare: 0.45 },
};

function asMessage(built) {
  if (typeof built === 'string') return { text: built.trim(), labels: [] };
  const seen = new Set();
  const labels = built.labels.filter((l) => {
    const key = `${l.category}\u0000${l.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { text: built.text.trim(), labels };
}

function buildSplit(split, seenTexts) {
  const plan = PLAN[split];
  const r = createRng(`${SEED}/${split}`);
  const k = makeKit(r, split);
  const out = [];

  /** Cycles through a group's templates in shuffled rounds so each is used about equally. */
  function produce(templates, count) {
    let queue = [];
    for (let made = 0; made < count; made++) {
      for (let attempt = 0; ; attempt++) {
        if (queue.length === 0) queue = r.shuffle(templates);
        const t = queue.pop();
        const msg = asMessage(t.make(k));
        if (seenTexts.has(msg.text)) {
          if (attempt > 50) throw new Error(`cannot make a fresh message from ${split}/${t.group}/${t.kind}`);
          continue;
        }
        seenTexts.add(msg.text);
        out.push({ ...msg, kind: t.kind });
        break;
      }
    }
  }

  const byGroup = (g) => plan.templates.filter((t) => t.group === g);
  for (const g of IDENTIFIER_GROUPS) produce(byGroup(g), plan.perIdentifier);
  for (const g of HEALTH_GROUPS) produce(byGroup(g), plan.perHealth);
  produce(byGroup('name'), plan.name);
  produce(byGroup('obfuscated'), plan.obfuscated);
  const phi = out.length;
  produce(plan.benign, Math.ceil((phi * plan.benignShare) / (1 - plan.benignShare)));

  return r.shuffle(out).map((msg, i) => ({
    id: `${plan.prefix}-${String(i + 1).padStart(4, '0')}`,
    text: msg.text,
    labels: msg.labels,
    benign: msg.labels.length === 0,
    kind: msg.kind,
  }));
}

const seen = new Set();
const files = { dev: buildSplit('dev', seen), holdout: buildSplit('holdout', seen) };
const callbacks = callbackAllowList();
const problems = checkCorpus(files, callbacks);
if (problems.length > 0) {
  for (const p of problems) console.error(p);
  process.exit(1);
}

mkdirSync(OUT, { recursive: true });
for (const [name, msgs] of Object.entries(files)) {
  writeFileSync(join(OUT, `${name}.jsonl`), msgs.map((x) => JSON.stringify(x)).join('\n') + '\n');
}
writeFileSync(join(OUT, 'callbacks.json'), JSON.stringify(callbacks, null, 2) + '\n');
writeFileSync(join(OUT, 'README.md'), renderReadme(files, countLabels));
for (const [name, msgs] of Object.entries(files)) {
  console.log(`${name}: ${msgs.length} messages, ${msgs.filter((x) => x.benign).length} benign`);
}
