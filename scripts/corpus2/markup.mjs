// The little language dev2 messages are written in, so hand-written texts carry their labels inline:
//   [[n:Sione Fifita]]      a labeled value (alias:value); [[c/mh:panic attacks]] adds a sensitive class
//   {p.first} {dob} {cb}    a slot filled by a generator (slots.mjs); the same token gives the same value
//   <<Hi|Hello|>>           one alternative, picked at random (templates only)
// A message renders to { text, labels } with labels listed once per (category, value).

export const ALIASES = {
  n: 'name', addr: 'address', zip: 'zip', d: 'date', age: 'age', ph: 'phone', em: 'email', url: 'url', ip: 'ip', ssn: 'ssn', mrn: 'mrn',
  plan: 'health_plan_id', mbi: 'mbi', acct: 'account', card: 'card', lic: 'license', vin: 'vin', dev: 'device_id',
  c: 'condition', m: 'medication', l: 'lab', p: 'procedure',
};
export const CLASS_CODES = { hiv: 'hiv_sti', mh: 'mental_health', su: 'substance_use', rep: 'reproductive', gen: 'genetic', onc: 'oncology' };
const HEALTH = new Set(['condition', 'medication', 'lab', 'procedure']);

export const label = (category, value, sensitive) => (sensitive ? { category, value, sensitive } : { category, value });

function pickAlternatives(r, spec) {
  return spec.replace(/<<([^<>]*)>>/g, (_, body) => r.pick(body.split('|')));
}

/** Parses a spec into segments: strings and labels; slots are expanded through `slots`. */
export function expand(spec, ctx, slots) {
  const src = pickAlternatives(ctx.r, spec);
  const out = [];
  const re = /\[\[([a-z]+)(?:\/([a-z]+))?:(.+?)\]\]|\{([a-zA-Z0-9_.]+)(?::([^}]*))?\}/g;
  let last = 0;
  for (let m = re.exec(src); m; m = re.exec(src)) {
    if (m.index > last) out.push(src.slice(last, m.index));
    if (m[1]) {
      const category = ALIASES[m[1]];
      if (!category) throw new Error(`unknown label alias ${m[1]} in: ${spec}`);
      const sensitive = m[2] ? CLASS_CODES[m[2]] : undefined;
      if (m[2] && !sensitive) throw new Error(`unknown class ${m[2]} in: ${spec}`);
      if (sensitive && !HEALTH.has(category)) throw new Error(`class on a non-health label in: ${spec}`);
      out.push(label(category, m[3], sensitive));
    } else {
      const key = m[0];
      if (!ctx.memo.has(key)) {
        const fn = slots[m[4]];
        if (!fn) throw new Error(`unknown slot {${m[4]}} in: ${spec}`);
        ctx.memo.set(key, [].concat(fn(ctx, m[5])));
      }
      out.push(...ctx.memo.get(key));
    }
    last = re.lastIndex;
  }
  if (last < src.length) out.push(src.slice(last));
  return out;
}

export function render(segments) {
  let text = '';
  const labels = [];
  const seen = new Set();
  for (const s of segments) {
    if (typeof s === 'string') {
      text += s;
      continue;
    }
    text += s.value;
    const key = `${s.category}\u0000${s.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    labels.push(s.sensitive ? { category: s.category, value: s.value, sensitive: s.sensitive } : { category: s.category, value: s.value });
  }
  return { text, labels };
}
