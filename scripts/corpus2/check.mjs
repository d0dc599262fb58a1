// Validation of dev2: the rules the file promises (README), checked on every generation run.
// Also runnable alone: node scripts/corpus2/check.mjs
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { deaValid, luhnValid, mbiValid, npiValid, ssnValid, vinValid } from './checks.mjs';

const HEALTH = ['condition', 'medication', 'lab', 'procedure'];
const IDENTIFIERS = ['name', 'address', 'zip', 'date', 'age', 'phone', 'email', 'url', 'ip', 'ssn', 'mrn', 'health_plan_id', 'mbi', 'account', 'card', 'license', 'vin', 'device_id'];
const CLASSES = ['hiv_sti', 'mental_health', 'substance_use', 'reproductive', 'genetic', 'oncology'];
// Same shape rule as test/fixtures/corpus.test.ts: separated between every group, or not at all.
const PHONE_SHAPE = /(?<![\d\w])(?:\+?1[\s.-]?)?(?:\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}|\(\d{3}\) ?\d{3}-\d{4}|\d{10})(?![\d\w])/g;
const MARKUP = /\[\[|\]\]|<<|>>|\{[a-zA-Z.:_]+\}/;
const PLAIN = (s) => /^[\x20-\x7e]*$/.test(s);

export function checkCorpus(messages, callbacks) {
  const errors = [];
  const fail = (m, why) => errors.push(`${m.id}: ${why}`);
  const texts = new Set();
  for (const m of messages) {
    if (texts.has(m.text)) fail(m, 'duplicate text');
    texts.add(m.text);
    if (m.benign !== (m.labels.length === 0)) fail(m, 'benign must mean no labels');
    if (MARKUP.test(m.text)) fail(m, 'markup left in text');
    if (m.text.length < 8 || m.text.length > 480) fail(m, `length ${m.text.length}`);
    const seen = new Set();
    for (const l of m.labels) {
      if (![...IDENTIFIERS, ...HEALTH].includes(l.category)) fail(m, `unknown category ${l.category}`);
      if (!l.value || !m.text.includes(l.value)) fail(m, `${l.category} value not in text`);
      if (l.value !== l.value.trim()) fail(m, `${l.category} value has outer spaces`);
      if (l.sensitive && (!HEALTH.includes(l.category) || !CLASSES.includes(l.sensitive))) fail(m, `bad sensitive on ${l.category}`);
      const key = `${l.category}|${l.value}`;
      if (seen.has(key)) fail(m, 'label listed twice');
      seen.add(key);
      if (l.category === 'phone' && callbacks.has(l.value.replace(/\D/g, ''))) fail(m, 'a callback number labeled as phone');
      if (m.kind !== 'obfuscated' && PLAIN(l.value)) {
        const digits = l.value.replace(/\D/g, '');
        if (l.category === 'ssn' && digits.length === 9 && !ssnValid(digits)) fail(m, 'SSN breaks SSA rules');
        if (l.category === 'card' && !luhnValid(digits)) fail(m, 'card fails Luhn');
        if (l.category === 'mbi' && !mbiValid(l.value.replace(/-/g, ''))) fail(m, 'MBI shape');
        if (l.category === 'vin' && !vinValid(l.value)) fail(m, 'VIN check digit');
        if (l.category === 'license' && /^\d{10}$/.test(l.value) && !npiValid(l.value)) fail(m, 'NPI check digit');
        if (l.category === 'license' && /^[A-Z]{2}\d{7}$/.test(l.value) && !deaValid(l.value)) fail(m, 'DEA check digit');
        if (l.category === 'device_id' && /^\d{15}$/.test(digits) && /^[\d\s-]+$/.test(l.value) && !luhnValid(digits)) fail(m, 'IMEI fails Luhn');
      }
    }
    if (m.benign) {
      for (const hit of m.text.match(PHONE_SHAPE) ?? []) if (!callbacks.has(hit.replace(/\D/g, ''))) fail(m, 'phone-shaped number not on the callback list');
    }
  }
  return errors;
}

export function countLabels(messages) {
  const byCategory = Object.fromEntries([...IDENTIFIERS, ...HEALTH].map((c) => [c, 0]));
  const byClass = Object.fromEntries(CLASSES.map((c) => [c, 0]));
  for (const m of messages) {
    for (const l of m.labels) {
      byCategory[l.category]++;
      if (l.sensitive) byClass[l.sensitive]++;
    }
  }
  return { byCategory, byClass };
}

/** The minimums the brief sets: every category 50, names 400, each health category 150. */
export function checkCounts(messages) {
  const { byCategory, byClass } = countLabels(messages);
  const errors = [];
  for (const [c, n] of Object.entries(byCategory)) {
    const want = c === 'name' ? 400 : HEALTH.includes(c) ? 150 : 50;
    if (n < want) errors.push(`${c}: ${n} labels, want ${want}`);
  }
  for (const [c, n] of Object.entries(byClass)) if (n < 30) errors.push(`${c}: ${n} labels, want 30`);
  if (messages.length < 2000) errors.push(`${messages.length} messages, want 2000`);
  const benign = messages.filter((m) => m.benign).length / messages.length;
  if (benign < 0.45) errors.push(`benign share ${benign.toFixed(3)}, want 0.45`);
  return errors;
}

/** With the bench compiled (npx tsc -p .), also checks the leak rule and that every disguise folds back. */
export async function checkWithBench(root, messages) {
  let leak;
  try {
    leak = await import(pathToFileURL(join(root, 'dist', 'bench', 'accuracy-leak.js')).href);
  } catch {
    return { skipped: true, errors: [] };
  }
  const errors = [];
  const redactAll = (text, labels) => {
    let out = text;
    for (const v of [...new Set(labels.map((l) => l.value))].sort((a, b) => b.length - a.length)) out = out.split(v).join('[REDACTED]');
    return out;
  };
  // The bench splits text into words at non-letters; Han and Hangul run together with no spaces, so a value
  // inside such text is never a separate word and cannot be scored. Those labels are counted, not failed.
  const UNSPACED = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;
  let blind = 0;
  for (const m of messages) {
    if (m.benign) continue;
    if (UNSPACED.test(m.text)) {
      blind += m.labels.length;
      continue;
    }
    const same = leak.judgeLeaks(m.text, m.labels, m.text);
    const redacted = leak.judgeLeaks(m.text, m.labels, redactAll(m.text, m.labels));
    for (const l of m.labels) {
      if (!same.leaked(l)) errors.push(`${m.id}: ${l.category} does not leak when unchanged${process.env.CORPUS2_DEBUG ? ' ' + JSON.stringify([m.text, l.value]) : ''}`);
      if (redacted.leaked(l)) errors.push(`${m.id}: ${l.category} leaks after full redaction`);
      if (m.kind === 'obfuscated') {
        const c = leak.canonical(l.value);
        if (/[\u0370-\u052f\u00ad\u200b-\u200f\u2060\ufeff]/.test(c) || /(?![0-9])\p{Nd}/u.test(c)) errors.push(`${m.id}: ${l.category} disguise not folded by the bench`);
      }
    }
  }
  return { skipped: false, errors, blind };
}

/** Name parts in dev2 labels that also occur in the first corpus's name pools or dev labels (want none). */
export async function nameOverlap(root, messages) {
  const theirs = new Set();
  try {
    const { NAME_GROUPS } = await import(pathToFileURL(join(root, 'scripts', 'corpus', 'names.mjs')).href);
    for (const g of Object.values(NAME_GROUPS)) {
      for (const x of g.given ?? []) theirs.add(String(x.n ?? x).toLowerCase());
      for (const x of Array.isArray(g.family) ? g.family : String(g.family).split(' ')) theirs.add(String(x).replace(/_/g, ' ').toLowerCase());
    }
    for (const line of readFileSync(join(root, 'test', 'fixtures', 'corpus', 'dev.jsonl'), 'utf8').split('\n').filter(Boolean)) {
      for (const l of JSON.parse(line).labels) if (l.category === 'name') for (const t of l.value.split(/[\s,.]+/)) if (t.length > 2) theirs.add(t.toLowerCase());
    }
  } catch {
    return null;
  }
  const hits = new Set();
  for (const m of messages) for (const l of m.labels) if (l.category === 'name') for (const t of l.value.split(/[\s,.()]+/)) if (t.length > 2 && theirs.has(t.toLowerCase())) hits.add(t);
  return [...hits];
}

async function main() {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const dir = join(root, 'test', 'fixtures', 'corpus2');
  const messages = readFileSync(join(dir, 'dev2.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const callbacks = new Set(JSON.parse(readFileSync(join(dir, 'callbacks.json'), 'utf8')));
  const bench = await checkWithBench(root, messages);
  const errors = [...checkCorpus(messages, callbacks), ...checkCounts(messages), ...bench.errors];
  const overlap = await nameOverlap(root, messages);
  if (overlap?.length) console.warn(`name parts shared with the first corpus: ${overlap.length}`);
  for (const e of errors.slice(0, 50)) console.error(e);
  console.log(`${messages.length} messages, ${errors.length} problems${bench.skipped ? ' (bench not built: leak rule not checked)' : ''}`);
  process.exitCode = errors.length ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
