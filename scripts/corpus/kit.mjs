// What templates write with: labeled spans for PHI, unlabeled filler (clinicians, clinics, times, callbacks).
// One kit per split, so dev draws from its share of the name and term pools and holdout from all of them.
import { ACRONYMS, CONDITIONS, LABS, MEDICATIONS, PROCEDURES, poolFor } from './health-terms.mjs';
import { m, respan, span } from './message.mjs';
import { CLINICIAN_GIVEN, CLINICIANS, GROUP_NAMES, NAME_GROUPS } from './names.mjs';
import { obfuscate, obfuscateLetters } from './obfuscate.mjs';
import { CLINIC_ADDRESSES, ORGS, SHORT_CODES } from './senders.mjs';
import * as v from './values.mjs';

const SENSITIVE = ['hiv_sti', 'mental_health', 'substance_use', 'reproductive', 'genetic', 'oncology'];
const EAST_ASIAN = new Set(['chinese', 'korean', 'vietnamese', 'japanese']);

export function makeKit(r, split) {
  const people = Object.fromEntries(
    GROUP_NAMES.map((g) => {
      const { given, family } = NAME_GROUPS[g];
      return [g, { given: poolFor(split, given), family: poolFor(split, family.split(' ').map((f) => f.replace(/_/g, ' '))) }];
    }),
  );
  const pools = {
    condition: poolFor(split, CONDITIONS),
    medication: poolFor(split, MEDICATIONS),
    procedure: poolFor(split, PROCEDURES),
    lab: poolFor(split, LABS),
  };

  // Sensitive classes are taken in turn (per category) so each class gets its share in both splits.
  const turn = { condition: 0, medication: 0, procedure: 0, lab: 0 };
  function nextSensitive(category) {
    const offered = SENSITIVE.filter((c) => pools[category].some((t) => t.s === c));
    return offered[turn[category]++ % offered.length];
  }

  /** A term of a health category: half the time from a sensitive class. */
  function term(category, cls) {
    const pool = pools[category];
    const want = cls === undefined ? (r.chance(0.5) ? nextSensitive(category) : 'plain') : cls;
    let candidates = pool.filter((t) => (want === 'plain' ? !t.s : want === 'any' ? true : t.s === want));
    if (candidates.length === 0) candidates = pool.filter((t) => !t.s);
    return r.pick(candidates);
  }

  const k = {
    r,
    split,
    person(group = r.pick(GROUP_NAMES)) {
      const g = people[group];
      const gv = r.pick(g.given);
      return { given: gv.n, family: r.pick(g.family), sex: gv.sex, group };
    },
    /** A patient's name in one of the forms clinical staff write it. */
    name(p = k.person(), form) {
      const f =
        form ??
        r.weighted([
          [5, 'full'], [4, 'family'], [2, 'given'], [1, 'ehr'], [1, 'initial'], [1, 'caps'],
          [EAST_ASIAN.has(p.group) ? 2 : 0, 'familyFirst'],
        ]);
      const text = {
        full: `${p.given} ${p.family}`,
        family: p.family,
        given: p.given,
        ehr: `${p.family.toUpperCase()}, ${p.given}`,
        initial: `${p.given[0]}. ${p.family}`,
        caps: `${p.given} ${p.family}`.toUpperCase(),
        familyFirst: `${p.family} ${p.given}`,
      }[f];
      return span('name', text);
    },
    /** "Daughter" / "Son" etc., matching the person's sex. */
    relation: (p, kinds = ['child', 'spouse', 'sibling']) => {
      const words = { child: ['Daughter', 'Son'], spouse: ['Wife', 'Husband'], sibling: ['Sister', 'Brother'], parent: ['mother', 'father'] }[r.pick(kinds)];
      return p.sex === 'F' ? words[0] : words[1];
    },
    honorific: (p) => (p.sex === 'F' ? r.pick(['Mrs. ', 'Ms. ', 'Ms ', 'Mrs ']) : r.pick(['Mr. ', 'Mr '])),
    /** "Mrs. Okafor" with only the surname labeled. */
    titled: (p = k.person()) => m`${k.honorific(p)}${span('name', p.family)}`,

    condition: (cls) => { const t = term('condition', cls); return span('condition', t.v, t.s); },
    medication: (cls) => { const t = term('medication', cls); return span('medication', t.v, t.s); },
    procedure: (cls) => { const t = term('procedure', cls); return span('procedure', t.v, t.s); },
    /** A lab test with its result ("A1c 8.4%"), or just the test when it has no value. */
    lab(cls, { bare = false } = {}) {
      const t = term('lab', cls);
      const name = r.pick(t.names);
      if (!t.val || bare) return span('lab', name, t.s);
      const sep = r.pick([' ', ': ', ' ', ' = ', ' of ']);
      return span('lab', `${name}${sep}${t.val(r)}${t.unit ?? ''}`, t.s);
    },
    /** A lab name and its value as two separate labels: "A1c came back at 9.2%". */
    labSplit(cls) {
      let t;
      do t = term('lab', cls);
      while (!t.val);
      return { name: span('lab', r.pick(t.names), t.s), value: span('lab', `${t.val(r)}${t.unit ?? ''}`, t.s) };
    },

    dob: () => span('date', v.dob(r)),
    date: (withYear) => span('date', v.recentDate(r, withYear)),
    age: (n = v.ageOver89(r)) => span('age', String(n)),
    phone: () => span('phone', r.chance(0.08) ? v.formatPhone(r, r.pick(v.AREA_CODES_FOR_FICTION) + '55501' + r.digits(2)) : v.phone(r)),
    email: (p = k.person()) => span('email', v.email(r, p)),
    ip: () => span('ip', r.chance(0.15) ? v.ipv6(r) : r.chance(0.2) ? v.privateIp(r) : v.ipv4(r)),
    ssn: () => span('ssn', v.ssn(r)),
    ssnLast4: () => span('ssn', r.digits(4)),
    mrn: () => span('mrn', v.mrn(r)),
    plan: () => span('health_plan_id', v.healthPlanId(r)),
    group: () => span('health_plan_id', v.groupNumber(r)),
    mbi: () => span('mbi', v.mbi(r)),
    account: () => span('account', v.account(r)),
    card: () => span('card', v.card(r)),
    npi: () => span('license', v.npi(r)),
    dea: (initial) => span('license', v.dea(r, initial)),
    dl: () => span('license', v.driversLicense(r)),
    vin: () => span('vin', v.vin(r)),
    imei: () => span('device_id', v.imei(r)),
    serial: () => span('device_id', v.deviceSerial(r)),
    address: () => span('address', v.streetAddress(r)),
    zip: () => span('zip', v.zip(r)),
    /** "Chicago, IL 60614" with the ZIP labeled. */
    cityZip: () => {
      const [city, prefix] = r.pick(v.CITY_ZIPS);
      return m`${city} ${span('zip', v.zipIn(r, prefix))}`;
    },
    hospital: () => r.pick(ORGS.filter((o) => /Hospital|Health|Urgent/.test(o.name))),
    /** A patient-specific portal link: the id in path or query makes it identifying. */
    url(org = k.org()) {
      const host = org.portal;
      return span('url', r.pick([
        () => `https://${host}/r/${v.linkToken(r)}`,
        () => `https://${host}/results?pid=${r.digits(7)}`,
        () => `https://${host}/visit/${v.linkToken(r, 12)}`,
        () => `${host}/p/${v.linkToken(r)}`,
        () => `https://${host}/checkin?mrn=${r.digits(8)}`,
        () => `https://${host}/pay?acct=${r.digits(9)}`,
        () => `https://go.${org.host}/${v.linkToken(r, 7)}`,
      ])());
    },
    /** A link without an identifier (benign). */
    plainUrl: (org = k.org()) => r.pick([`https://${org.host}/flu`, `${org.host}/hours`, `https://${org.host}/locations`, `${org.host}/covid-vaccine`, `https://${org.host}`, `https://${org.host}/billing/faq`]),

    /** Disguises one span (see obfuscate.mjs). */
    ob: (sp) => respan(sp, (s) => obfuscate(r, s)),
    /** A health acronym spelled out letter by letter ("H.I.V"). */
    spelledAcronym: () => {
      const [category, value, cls] = r.pick(ACRONYMS);
      return respan(span(category, value, cls), (s) => obfuscateLetters(r, s));
    },

    // Unlabeled filler.
    org: () => r.pick(ORGS),
    callback: (org = k.org()) => v.formatPhone(r, org.callback),
    shortCode: () => r.pick(SHORT_CODES),
    clinicAddress: () => r.pick(CLINIC_ADDRESSES),
    dr: () => `Dr. ${r.pick(CLINICIANS)}`,
    clinician: () => `${r.pick(CLINICIAN_GIVEN)} ${r.pick(CLINICIANS)}`,
    time: () => r.pick(['8:00am', '8:15 AM', '9:30am', '10:45 AM', '11:00', '1:15pm', '2:30 PM', '3:00pm', '3:40pm', '4:20pm', '7am', '6:30am', '0700', '1430', '12:30pm']),
    day: () => r.pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Monday', 'Tuesday', 'Thursday', 'Friday', 'Saturday', 'tomorrow', 'today']),
    apptDate: () => r.pick([`${r.int(1, 12)}/${r.int(1, 28)}`, `${r.pick(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'])} ${r.int(1, 28)}`, `${r.pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} ${r.int(1, 12)}/${r.int(1, 28)}`]),
    room: () => r.pick([`Rm ${r.int(101, 899)}`, `room ${r.int(2, 9)}${r.int(10, 40)}`, `Bed ${r.int(1, 30)}${r.pick(['A', 'B', ''])}`, `${r.int(2, 9)}${r.pick(['W', 'E', 'N', 'S'])}-${r.int(1, 40)}`]),
    unit: () => r.pick(['4W', '5 North', 'MICU', 'CCU', 'ED', 'L&D', 'PACU', '6E', 'Tele', 'SICU', 'Rehab 3', 'Peds 2']),
    adultUnit: () => r.pick(['4W', '5 North', 'MICU', 'Tele', '6E', 'Rehab 3', 'Geri-psych', 'SNF wing']),
    stop: () => r.pick(['Reply STOP to opt out.', 'Txt STOP to end.', 'Reply STOP to unsubscribe', 'Msg&data rates may apply. STOP to quit', '', '']),
  };
  return k;
}
