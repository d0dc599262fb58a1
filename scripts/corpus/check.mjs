// Checks the generator's output before anything is written: values verbatim, categories known, coverage met.
const CATEGORIES = ['name', 'address', 'zip', 'date', 'age', 'phone', 'email', 'url', 'ip', 'ssn', 'mrn', 'health_plan_id', 'mbi', 'account', 'card', 'license', 'vin', 'device_id', 'condition', 'medication', 'lab', 'procedure'];
const SENSITIVE = ['hiv_sti', 'mental_health', 'substance_use', 'reproductive', 'genetic', 'oncology'];
const HEALTH = ['condition', 'medication', 'lab', 'procedure'];

export const MIN_PER_CATEGORY = 40;
export const MIN_HEALTH_AND_NAME = 150;
export const MIN_PER_SENSITIVE = 25;

/** Label occurrences per category and per sensitive class, and how many messages carry each category. */
export function countLabels(msgs) {
  const labels = {};
  const messages = {};
  const sensitive = {};
  for (const x of msgs) {
    const cats = new Set();
    for (const l of x.labels) {
      labels[l.category] = (labels[l.category] ?? 0) + 1;
      cats.add(l.category);
      if (l.sensitive) sensitive[l.sensitive] = (sensitive[l.sensitive] ?? 0) + 1;
    }
    for (const c of cats) messages[c] = (messages[c] ?? 0) + 1;
  }
  return { labels, messages, sensitive };
}

export function checkCorpus(files, callbacks) {
  const problems = [];
  const all = Object.values(files).flat();
  const allowed = new Set(callbacks);
  for (const x of all) {
    if (x.benign !== (x.labels.length === 0)) problems.push(`${x.id}: benign flag disagrees with labels`);
    for (const l of x.labels) {
      if (!CATEGORIES.includes(l.category)) problems.push(`${x.id}: unknown category ${l.category}`);
      if (l.sensitive && !SENSITIVE.includes(l.sensitive)) problems.push(`${x.id}: unknown sensitive class`);
      if (l.sensitive && !HEALTH.includes(l.category)) problems.push(`${x.id}: sensitive flag on an identifier`);
      if (!l.value || !x.text.includes(l.value)) problems.push(`${x.id}: label value not in text (${l.category})`);
      if (l.category === 'phone' && allowed.has(l.value.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, ''))) problems.push(`${x.id}: patient phone equals a callback`);
    }
  }
  const { labels, sensitive } = countLabels(all);
  for (const c of CATEGORIES) {
    const min = c === 'name' || HEALTH.includes(c) ? MIN_HEALTH_AND_NAME : MIN_PER_CATEGORY;
    if ((labels[c] ?? 0) < min) problems.push(`category ${c}: ${labels[c] ?? 0} labels, want >= ${min}`);
  }
  for (const s of SENSITIVE) if ((sensitive[s] ?? 0) < MIN_PER_SENSITIVE) problems.push(`sensitive ${s}: ${sensitive[s] ?? 0}, want >= ${MIN_PER_SENSITIVE}`);
  for (const [name, msgs] of Object.entries(files)) {
    const share = msgs.filter((x) => x.benign).length / msgs.length;
    if (share < 0.4) problems.push(`${name}: benign share ${share.toFixed(2)} < 0.40`);
  }
  if (all.length < 1500) problems.push(`only ${all.length} messages`);
  return problems;
}
