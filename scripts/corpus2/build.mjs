// Turns hand-written texts and templates into labeled messages: picks a sender, expands the markup, keeps
// honorifics and kin words out of name labels, and disguises values for the obfuscated share.
import { expand, render } from './markup.mjs';
import { disguise } from './obfuscate.mjs';
import { SENDERS } from './senders.mjs';
import { SLOTS } from './slots.mjs';

// Sender types implied by a hand-written group's kind, so "{cb}" prints that kind of sender's number.
const KIND_SENDERS = {
  pharmacy: ['pharmacy'], 'lab-result': ['lab'], billing: ['billing'], insurance: ['insurer'], telehealth: ['telehealth'], vet: ['vet'],
  'school-nurse': ['school'], 'school-notice': ['school'], behavioral: ['behavioral'], 'public-health': ['public-health'], hospice: ['hospice'],
  dialysis: ['dialysis'], 'home-care': ['home-health'], portal: ['hospital', 'clinic', 'fqhc'], otp: ['hospital', 'pharmacy', 'insurer', 'telehealth', 'lab'],
};

export function pickSender(r, types) {
  const pool = types ? SENDERS.filter((s) => types.includes(s.type)) : SENDERS.filter((s) => s.type !== 'vet');
  if (pool.length === 0) throw new Error(`no sender of type ${types}`);
  return r.pick(pool);
}

// Titles and kin words that people write before a name; the label holds the name only.
const HONORIFIC = /^((?:Mr|Mrs|Ms|Miss|Mx|Sr|Sra|Srta|Don|Doña|Dona|Bà|Ông|Madan|Msye|Pani|Pan|Grandma|Grandpa|Papa|Mama|Uncle|Aunty|Auntie|Lola|Lolo|Tita|Tito|Tatay|Nanay|Abuela|Abuelo)\.? )(.+)$/i;

function splitHonorifics(segments) {
  const out = [];
  for (const s of segments) {
    const m = typeof s !== 'string' && s.category === 'name' ? HONORIFIC.exec(s.value) : null;
    if (m) out.push(m[1], { ...s, value: m[2] });
    else out.push(s);
  }
  return out;
}

export function buildMessage(r, spec, { kind, lang, group, sender, source }) {
  const ctx = { r, sender, lang: lang ?? 'en', group, memo: new Map() };
  const segments = splitHonorifics(expand(spec, ctx, SLOTS));
  return { ...render(segments), kind, source, segments, lang: ctx.lang };
}

export function senderTypesFor(groupSpec) {
  return groupSpec.senders ?? KIND_SENDERS[groupSpec.kind];
}

/** Disguises one or two labeled values of a message (preferring health terms and numbers people hide). */
export function obfuscateMessage(r, msg) {
  const idx = msg.segments.map((s, i) => (typeof s === 'string' ? -1 : i)).filter((i) => i >= 0);
  if (idx.length === 0) return null;
  const preferred = idx.filter((i) => ['condition', 'medication', 'lab', 'procedure', 'ssn', 'phone', 'mrn', 'date', 'name', 'card', 'mbi', 'health_plan_id', 'email'].includes(msg.segments[i].category));
  const chosen = r.shuffle(preferred.length ? preferred : idx).slice(0, r.chance(0.35) ? 2 : 1);
  const segments = msg.segments.map((s, i) => (chosen.includes(i) ? { ...s, value: disguise(r, s.value, s.category).value } : s));
  return { ...render(segments), kind: 'obfuscated', source: msg.source, segments, lang: msg.lang };
}
