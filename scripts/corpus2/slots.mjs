// Slot generators for the markup ({p.first}, {dob}, {cb}, ...). A slot returns segments: plain strings (never
// labeled: the sender's own number, address, clinicians, times, order numbers) and labels (PHI).
import { label } from './markup.mjs';
import { CLINICIANS, NAME_GROUPS, PETS, STAFF_GIVEN, STAFF_ROLES } from './names.mjs';
import { ACUTE, CONDITIONS, CONDITIONS_ES, LAB_NAMES, LABS, MEDICATIONS, PROCEDURES, PROCEDURES_ES, SCHOOL_CONDITIONS, SCHOOL_MEDS, SCREENINGS, VITALS, byClass, classOf } from './health.mjs';
import { formatCallback } from './senders.mjs';
import * as V from './values.mjs';
import * as FIGURES from './figures.mjs';

const LANG_GROUPS = { es: ['latin'], pt: ['lusophone'], vi: ['vietnamese'], tl: ['filipino'], zh: ['chinese'], ht: ['haitian'], ar: ['arab'], so: ['hornOfAfrica'], ko: ['korean'], hmn: ['hmongKaren'], pl: ['polish'], sm: ['samoanTongan'] };

function person(ctx, key) {
  ctx.people ??= new Map();
  if (!ctx.people.has(key)) {
    const { r } = ctx;
    const groups = ctx.group ? [ctx.group] : (LANG_GROUPS[ctx.lang] && r.chance(0.85) ? LANG_GROUPS[ctx.lang] : Object.keys(NAME_GROUPS));
    const gname = r.pick(groups);
    const g = NAME_GROUPS[gname];
    const given = r.pick(g.given);
    // Relatives share the family name half of the time.
    const first = ctx.people.get('p');
    const family = key !== 'p' && first && first.group === gname && r.chance(0.5) ? first.family : r.pick(g.family);
    ctx.people.set(key, { given: given.n, sex: given.sex, family, group: gname, familyFirst: !!g.familyFirst });
  }
  return ctx.people.get(key);
}

const N = (v) => label('name', v);
const full = (ctx, p) => (p.familyFirst && ctx.r.chance(0.5) ? `${p.family} ${p.given}` : `${p.given} ${p.family}`);
const honorific = (ctx, p, lang) => {
  const es = { F: ['Sra. ', 'Srta. ', 'Doña '], M: ['Sr. ', 'Don '] };
  const en = { F: ['Ms. ', 'Mrs. ', 'Ms ', 'Mrs ', 'Miss '], M: ['Mr. ', 'Mr '] };
  return ctx.r.pick((lang === 'es' ? es : en)[p.sex]);
};

const personSlots = (key) => ({
  [`${key}.first`]: (ctx) => N(person(ctx, key).given),
  [`${key}.last`]: (ctx) => N(person(ctx, key).family),
  [`${key}.full`]: (ctx) => N(full(ctx, person(ctx, key))),
  [`${key}.FULL`]: (ctx) => N(full(ctx, person(ctx, key)).toUpperCase()),
  [`${key}.lower`]: (ctx) => N(person(ctx, key).given.toLowerCase()),
  [`${key}.LASTFIRST`]: (ctx) => {
    const p = person(ctx, key);
    return N(ctx.r.pick([`${p.family.toUpperCase()}, ${p.given}`, `${p.family}, ${p.given}`, `${p.family.toUpperCase()},${p.given.toUpperCase()}`]));
  },
  [`${key}.init`]: (ctx) => {
    const p = person(ctx, key);
    return N(ctx.r.pick([`${p.given[0]}. ${p.family}`, `${p.given[0]} ${p.family}`, `${p.given} ${p.family[0]}.`]));
  },
  [`${key}.hon`]: (ctx, lang) => {
    const p = person(ctx, key);
    return [honorific(ctx, p, lang ?? ctx.lang), N(p.family)];
  },
  [`${key}.any`]: (ctx) => {
    const p = person(ctx, key);
    return ctx.r.weighted([[4, () => N(full(ctx, p))], [2, () => N(p.given)], [1, () => [honorific(ctx, p, ctx.lang), N(p.family)]], [1, () => N(`${p.given[0]}. ${p.family}`)], [1, () => N(`${p.family.toUpperCase()}, ${p.given}`)]])();
  },
  [`${key}.email`]: (ctx) => {
    const p = person(ctx, key);
    return label('email', V.emailFor(ctx.r, p.given, p.family));
  },
  [`${key}.sex`]: (ctx) => person(ctx, key).sex,
  [`${key}.pron`]: (ctx) => (person(ctx, key).sex === 'F' ? 'her' : 'his'),
  [`${key}.she`]: (ctx) => (person(ctx, key).sex === 'F' ? 'she' : 'he'),
  [`${key}.parent`]: (ctx) => (person(ctx, key).sex === 'F' ? ctx.r.pick(['mom', 'mother', 'mum']) : ctx.r.pick(['dad', 'father'])),
  [`${key}.child`]: (ctx) => (person(ctx, key).sex === 'F' ? 'daughter' : 'son'),
});

const health = (list, category) => (ctx, cls) => {
  const t = ctx.r.pick(byClass(list, cls));
  return label(category, t.t, t.c);
};

const DIAS = ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'];
const APPT_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'tomorrow', 'today'];

export const SLOTS = {
  ...personSlots('p'), ...personSlots('q'), ...personSlots('k'),

  dob: (ctx, lang) => label('date', V.formatDateIn(ctx.r, lang ?? ctx.lang, V.randomDate(ctx.r, 1918, 2023))),
  date: (ctx, arg) => label('date', arg === 'short' ? V.formatDate(ctx.r, V.randomDate(ctx.r, 2024, 2025), false) : V.formatDateIn(ctx.r, ctx.lang, V.randomDate(ctx.r, 2022, 2025))),
  age: (ctx, lang) => {
    if (lang === 'es') return label('age', String(ctx.r.int(90, 104)));
    const [before, value, after] = V.ageShape(ctx.r);
    return [before, label('age', value), after].filter((x) => x !== '');
  },
  phone: (ctx) => label('phone', V.formatPhone(ctx.r, V.localPhoneDigits(ctx.r))),
  intl: (ctx) => label('phone', V.intlPhone(ctx.r)),
  addr: (ctx) => label('address', V.streetAddress(ctx.r)),
  addrfull: (ctx) => {
    const street = V.streetAddress(ctx.r);
    // Navajo Nation route addresses belong in New Mexico or Arizona.
    const cities = /^(Navajo|BIA|Indian) Rte/.test(street) ? V.CITIES.filter(([, st]) => st === 'NM' || st === 'AZ') : V.CITIES;
    const [city, st, z] = ctx.r.pick(cities);
    return [label('address', street), `, ${city}, ${st} `, label('zip', V.zipFor(ctx.r, z))];
  },
  cityzip: (ctx) => {
    const [city, st, z] = ctx.r.pick(V.CITIES);
    return [`${city}, ${st} `, label('zip', V.zipFor(ctx.r, z))];
  },
  zip: (ctx) => label('zip', V.zipFor(ctx.r, ctx.r.pick(V.CITIES)[2])),
  email: (ctx) => {
    const g = NAME_GROUPS[ctx.r.pick(Object.keys(NAME_GROUPS))];
    return label('email', V.emailFor(ctx.r, ctx.r.pick(g.given).n, ctx.r.pick(g.family)));
  },
  url: (ctx) => label('url', V.patientUrl(ctx.r, ctx.sender.domain, ctx.sender.shortHost)),
  ip: (ctx) => label('ip', V.ip(ctx.r)),
  ssn: (ctx) => label('ssn', V.ssn(ctx.r)),
  ssn4: (ctx) => label('ssn', ctx.r.digits(4).replace(/^0000$/, '4410')),
  mrn: (ctx) => label('mrn', V.mrn(ctx.r)),
  member: (ctx) => label('health_plan_id', V.memberId(ctx.r)),
  group: (ctx) => label('health_plan_id', V.groupId(ctx.r)),
  mbi: (ctx) => label('mbi', V.mbi(ctx.r)),
  acct: (ctx) => label('account', V.account(ctx.r)),
  card: (ctx) => label('card', V.card(ctx.r)),
  dea: (ctx) => label('license', V.dea(ctx.r, (ctx.memo.get('{doc}')?.[0] ?? '').replace(/^Dr\.? /, '')[0])),
  npi: (ctx) => label('license', V.npi(ctx.r)),
  dl: (ctx) => label('license', V.driversLicense(ctx.r)),
  vin: (ctx) => label('vin', V.vin(ctx.r)),
  imei: (ctx) => label('device_id', V.imei(ctx.r)),
  device: (ctx, only) => {
    // {device:rpm}: a device that measures something, for alerts that carry a reading.
    let [kind, id] = V.deviceSerial(ctx.r);
    while (only === 'rpm' && !['BP cuff', 'hub', 'tablet', 'glucometer'].includes(kind)) [kind, id] = V.deviceSerial(ctx.r);
    const tag = id.includes(':') ? 'MAC' : id.startsWith('(01)') ? 'UDI' : ctx.r.pick(['SN', 'serial', 'S/N', 'SN#', 'ser.', 'ID']);
    return [`${kind} ${tag} `, label('device_id', id)];
  },

  cond: health(CONDITIONS, 'condition'),
  med: health(MEDICATIONS, 'medication'),
  proc: health(PROCEDURES, 'procedure'),
  labname: health(LAB_NAMES, 'lab'),
  cond_es: health(CONDITIONS_ES, 'condition'),
  acute: health(ACUTE, 'condition'),
  schoolcond: health(SCHOOL_CONDITIONS, 'condition'),
  schoolmed: health(SCHOOL_MEDS, 'medication'),
  screening: health(SCREENINGS, 'procedure'),
  reportable: (ctx) => ctx.r.pick([label('condition', 'TB'), label('condition', 'measles'), label('condition', 'pertussis'), label('condition', 'hepatitis A'),
    label('condition', 'syphilis', 'hiv_sti'), label('condition', 'mpox', 'hiv_sti'), label('condition', 'meningitis'), label('condition', 'COVID-19')]),
  vital: (ctx) => label('lab', ctx.r.pick(VITALS).f(ctx.r)),
  proc_es: health(PROCEDURES_ES, 'procedure'),
  lab: (ctx, cls) => {
    const l = ctx.r.pick(LABS.filter((x) => (cls === 'none' ? !x.c : classOf(cls) ? x.c === classOf(cls) : true)));
    return label('lab', l.f(ctx.r), l.c);
  },

  org: (ctx) => ctx.sender.name,
  orgs: (ctx) => ctx.sender.short,
  cb: (ctx) => formatCallback(ctx.r, ctx.sender.callback),
  web: (ctx) => ctx.r.pick([ctx.sender.domain, `www.${ctx.sender.domain}`, `https://${ctx.sender.domain}`, `${ctx.sender.domain}/appointments`]),
  orgaddr: (ctx) => ctx.sender.address,
  doc: (ctx) => `${ctx.r.pick(['Dr. ', 'Dr ', 'Dr. ', 'Doctor '])}${ctx.r.pick(CLINICIANS)}`,
  staff: (ctx) => ctx.r.pick(STAFF_GIVEN),
  role: (ctx) => ctx.r.pick(STAFF_ROLES),
  time: (ctx) => ctx.r.pick(['8:00am', '8:15 AM', '9:30', '10:45am', '11:20 AM', '1:00pm', '1:40 PM', '2:15pm', '3:30 PM', '4:00pm', '0730', '1500', '7:45a', '2p', 'noon']),
  appt: (ctx) => {
    const { r } = ctx;
    const d = V.randomDate(r, 2025, 2026);
    if (ctx.lang === 'es') return r.pick([`${d.m}/${d.d}`, `${r.pick(DIAS)} ${d.m}/${d.d}`, `${d.d} de ${V.MESES[d.m - 1]}`, r.pick(DIAS)]);
    if (ctx.lang !== 'en') return r.pick([`${d.m}/${d.d}`, `${d.d}/${d.m}`]);
    return r.pick([`${r.pick(APPT_DAYS.slice(0, 6))} ${d.m}/${d.d}`, `${d.m}/${d.d}`, V.formatDate(r, d, false), r.pick(APPT_DAYS), `${r.pick(APPT_DAYS.slice(6, 11))}, ${V.formatDate(r, d, false)}`]);
  },
  day: (ctx) => ctx.r.pick(APPT_DAYS),
  otp: (ctx) => ctx.r.digits(ctx.r.pick([4, 6, 6, 6, 8])),
  order: (ctx) => ctx.r.pick([`#${ctx.r.digits(7)}`, `#${ctx.r.digits(6)}`, `${ctx.r.pick(['W', 'R', 'PP'])}${ctx.r.digits(8)}`, `${ctx.r.digits(3)}-${ctx.r.digits(7)}`, `#${ctx.r.digits(4)}-${ctx.r.digits(4)}`]),
  track: (ctx) => ctx.r.pick([`1Z${V.token(ctx.r, 6).toUpperCase()}${ctx.r.digits(10)}`, `9400 1${ctx.r.digits(3)} ${ctx.r.digits(4)} ${ctx.r.digits(4)} ${ctx.r.digits(4)} ${ctx.r.digits(2)}`, ctx.r.digits(12), `TBA${ctx.r.digits(12)}`]),
  price: (ctx) => `$${ctx.r.int(5, 480)}${ctx.r.chance(0.5) ? '.' + ctx.r.digits(2) : ''}`,
  room: (ctx) => ctx.r.pick([`Room ${ctx.r.int(100, 899)}`, `Rm ${ctx.r.int(2, 9)}${ctx.r.pick(['A', 'B', 'C'])}`, `Suite ${ctx.r.int(100, 950)}`, `Exam ${ctx.r.int(1, 14)}`, `Bay ${ctx.r.int(1, 24)}`]),
  bed: (ctx) => ctx.r.pick([`Bed ${ctx.r.int(1, 40)}${ctx.r.pick(['A', 'B', ''])}`, `${ctx.r.int(2, 9)}${ctx.r.pick(['N', 'S', 'E', 'W'])}-${ctx.r.int(1, 40)}`, `rm ${ctx.r.int(200, 899)}`, `ICU ${ctx.r.int(1, 20)}`]),
  conf: (ctx) => V.token(ctx.r, 6).toUpperCase(),
  pet: (ctx) => ctx.r.pick(PETS),
  floor: (ctx) => ctx.r.pick(['1st', '2nd', '3rd', '4th', '5th', 'ground', 'lower']),
  garage: (ctx) => ctx.r.pick(['Garage B, level 2', 'north lot', 'visitor garage', 'Lot F', 'P2 level']),
  hot: (ctx) => `${ctx.r.int(96, 114)}°F`,
  // Routine visit types are not labeled: they say nothing about a condition.
  visit: (ctx) => ctx.r.pick(['annual physical', 'well-child visit', 'checkup', 'cleaning', 'annual exam', 'wellness visit', 'follow-up visit', 'Medicare wellness visit', 'new patient visit']),
  awareness: (ctx) => ctx.r.pick(FIGURES.awareness),
  figurative: (ctx) => ctx.r.pick(FIGURES.figurative),
  /** A birthday ordinal: over 89 it is an age (labeled), otherwise plain text. */
  birthday: (ctx) => {
    const a = ctx.r.chance(0.75) ? ctx.r.int(90, 106) : ctx.r.int(60, 89);
    const suffix = a % 10 === 1 && a % 100 !== 11 ? 'st' : a % 10 === 2 && a % 100 !== 12 ? 'nd' : a % 10 === 3 && a % 100 !== 13 ? 'rd' : 'th';
    return a > 89 ? label('age', `${a}${suffix}`) : `${a}${suffix}`;
  },
  n: (ctx) => String(ctx.r.int(2, 9)),
};
