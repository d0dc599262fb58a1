// README for test/fixtures/corpus2: the rules as prose, the counts from the generated file.
import { countLabels } from './check.mjs';
import { GROUP_NAMES } from './names.mjs';
import { SENDERS } from './senders.mjs';

const table = (head, rows) => [`| ${head.join(' | ')} |`, `| ${head.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const tally = (list, key) => {
  const m = new Map();
  for (const x of list) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
  return [...m.entries()].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])));
};

export function renderReadme(messages, { seed, handCount, benchChecked, blind }) {
  const phi = messages.filter((m) => !m.benign);
  const benign = messages.filter((m) => m.benign);
  const { byCategory, byClass } = countLabels(messages);
  const langs = tally(messages, (m) => m.lang ?? 'en');
  return `# dev2: a second, independent labeled SMS corpus (generated)

A second development corpus for the PHI firewall's accuracy benchmark, written apart from the first one
(\`test/fixtures/corpus\`) so that detectors tuned on the first can be measured on different wording. Same
schema and labeling rules as the first corpus, so the two can be combined. **Generated - do not edit by hand:**
\`node scripts/corpus2/generate.mjs\` rewrites every file here (deterministic, seed ${seed}); \`node
scripts/corpus2/check.mjs\` re-validates. Build the bench first (\`npx tsc -p .\`) and the generator also checks
the bench's leak rule on every message.

Written without looking at the detectors, their lexicons or policies, or at the first corpus's holdout. All
names, numbers and addresses are invented; identifiers pass their real check rules (Luhn for cards, IMEIs and
NPIs, the DEA and VIN check digits, SSA rules for SSNs, the CMS shape for MBIs).

## Files
- \`dev2.jsonl\` - ${messages.length} messages, for tuning (it is a dev set: read it, tune on it).
- \`callbacks.json\` - the senders' own callback numbers, digits only, national and E.164-without-plus forms
  (plus one overseas telehealth partner). Every clinic number printed in a message is one of these; pass them as
  \`callbackAllowList\`. None of them is in the first corpus's list.
- \`dev2.test.ts\` - runs the generator's checks (\`scripts/corpus2/check.mjs\`) on the committed file.

## Schema (one JSON object per line) - as in the first corpus
\`\`\`json
{"id": "dev2-0001", "text": "...", "labels": [{"category": "medication", "value": "Sublocade", "sensitive": "substance_use"}], "benign": false, "kind": "care-team"}
\`\`\`
- \`labels[].category\`: one of \`src/inspection/categories.ts\`; \`sensitive\` only on health labels in a sensitive class.
- \`labels[].value\`: an exact substring of \`text\` (as it appears, disguise included); a (category, value) pair once.
- \`benign\`: true exactly when \`labels\` is empty.
- \`kind\`: the message's shape or sender (\`pager\`, \`school-nurse\`, \`vet\`, ...); \`obfuscated\` for disguised ones;
  a language name (\`spanish\`, \`tagalog\`, \`arabizi\`, ...) for non-English ones, PHI or benign.

## Labeling rules
The first corpus's rules hold unchanged:
- PHI is information about the recipient or a named person. A clinician's name ("Dr. Okoro will see you"), a
  clinic's name, street address, ZIP, role e-mail address or callback number is **not** labeled; nor are
  appointment dates and times, room/bed/floor numbers, order, tracking and confirmation numbers, OTPs, prices
  or versions.
- \`date\`: birth, admission, discharge, death and service dates tied to a person, in any written form (here
  also Spanish, Portuguese, Vietnamese, Tagalog, Chinese and Creole forms).
- \`age\`: only ages over 89; the label holds the number and letters attached to it ("93", "96F", "101st"), not
  a separate unit ("93yo" -> "93", "95 y/o" -> "95"). Ages written in words are labeled as written ("ninety-two").
- \`name\`: the name as written (full, surname, given, "FIFITA, Salote", "T. Fifita", lowercase "lupe"), without the
  honorific or kin word ("Mrs.", "Sra.", "Doña", "Bà", "Lola", "Madan", "Grandma", "uncle" stay outside).
- \`url\`: links that carry a patient-specific id (path token, query id, meeting id); plain clinic links are benign.
- \`license\`: DEA, NPI, driver's licence, professional licence numbers. \`health_plan_id\`: member, subscriber,
  Medicaid, Tricare, group numbers.
- \`lab\`: the test with its result where one is given ("A1c 8.9%"), or the test alone when tied to the recipient.
  Where the text separates them ("your A1c came back at 8.9%") name and value are labeled apart.

Where the first corpus's README is silent, dev2 decides:
- **Staff and providers are not patients.** Names of clinicians, nurses, front-desk staff, coordinators and
  signatures ("- Maria, front desk", "Nurse Pauline", "Meet our new midwife, Amani Achebe") are not labeled,
  even in full; some of these surnames also occur among patients on purpose. Licence numbers (DEA, NPI) are
  labeled whoever holds them, as in the first corpus.
- **Pets are not people.** A pet's name, species, vaccines, drugs and results from a vet are not PHI; the
  owner's name, phone, address, e-mail, account and card are (kind \`vet-owner\`).
- **Kin words are not names** ("mom", "your father", "Tatay"), and neither are places, schools, churches or
  streets named after people ("Lincoln Elementary", "Martin Luther King Jr Blvd").
- **Vital signs and measurements with values are \`lab\`** ("BP 188/104", "SpO2 81%", "temp 101.4", "weight +4.2 lb").
- **Symptoms and injuries tied to a person are \`condition\`** ("fever", "head strike", "fall" as an event noun),
  as are exposures in personal public-health notices ("close contact of a TB case" -> "TB").
- **Immunizations and specific procedures tied to a person are \`procedure\`** ("her 4-year shots", "your flu
  shot is due"); routine visit types are not ("annual physical", "cleaning", "checkup", "well-child visit").
  The same vaccines offered to everyone are benign ("Flu shots and Shingrix now available").
- **Code status is not labeled** ("DNR"; the first corpus leaves it unlabeled too).
- **Figurative and general uses are benign**: "my phone is dying", "that test was brutal", "Cancer season",
  "stroke of genius", "viral video", "positive vibes"; awareness months, health tips, outbreak and weather
  alerts, recalls, ZIP codes in a public advisory, "ages 90 and up" in an event, a hospital's "100 years".
- **Last four digits**: SSN last four are labeled \`ssn\` (as in the first corpus); a card's last four
  ("card ending 4412") are not labeled (PCI treats them as safe to print).
- **Billing and encounter numbers** (FIN, HAR, CSN, encounter #, claim numbers) are \`account\`; order, tracking,
  confirmation, ticket and reference numbers are not labeled.
- **Device identifiers** include serials, CGM transmitter ids, MAC addresses and UDIs of a patient's device;
  a lot or serial range in a recall notice is benign.
- **IP addresses** are labeled when tied to a person's session (portal sign-in, telehealth, home hub); a
  server's address in an IT notice is benign.
- **Sensitive classes**: HIV/STI terms, PrEP/ART and STI treatments, HIV/STI tests -> \`hiv_sti\` (hepatitis
  B/C are not classed); psychiatric conditions, psychotropic drugs, therapy and drug levels (lithium, clozapine)
  -> \`mental_health\`; substance use, MOUD drugs, detox, drug screens -> \`substance_use\` (tobacco and
  smoking-cessation drugs are not classed); pregnancy, contraception, fertility, abortion, sexual function ->
  \`reproductive\`; germline tests, carrier status and inherited conditions -> \`genetic\`; cancers, chemo and
  tumor markers -> \`oncology\`. Health terms in non-English text are labeled in that language.
- **Disguises** (kind \`obfuscated\`): zero-width and bidi-isolate characters, soft hyphens, Cyrillic/Greek
  look-alikes, fullwidth, Arabic-Indic, Persian and Devanagari digits, math-bold letters, combining strokes and
  accents, spaced/dotted/dashed letters and digits, mixed case, and two the bench does not fold: leetspeak
  ("H1V", "5ub0x0ne", "pr3gn4nt") and letters for digits ("4ll1"). Leetspeak is only used on health words.
  All are labeled as written.

## How it is made
\`scripts/corpus2/\`: ${handCount} hand-written messages (\`hand/*.mjs\`) in a small inline markup
(\`[[n:Sione Fifita]]\`, \`[[c/mh:panic attacks]]\`, \`{cb}\`, \`{card}\`; see \`markup.mjs\`), plus templates
(\`templates/*.mjs\`) with alternations and slots filled by value generators (\`values.mjs\`, \`slots.mjs\`), name
pools from ${GROUP_NAMES.length} naming traditions (\`names.mjs\`; no part of any labeled name occurs in the first corpus's name pools
or dev labels - \`check.mjs\` reports overlap),
health-term pools with classes (\`health.mjs\`), ${SENDERS.length} invented senders (\`senders.mjs\`), and disguises
(\`obfuscate.mjs\`). Check rules in \`checks.mjs\`; validation in \`check.mjs\`${benchChecked ? ' (leak rule checked against bench/accuracy-leak.ts)' : ''}.

## Counts
|  | dev2 |
| --- | ---: |
| messages | ${messages.length} |
| phi | ${phi.length} |
| benign | ${benign.length} (${((100 * benign.length) / messages.length).toFixed(1)}%) |
| hand-written | ${handCount} |
| obfuscated | ${messages.filter((m) => m.kind === 'obfuscated').length} |

Labels per category (occurrences):

${table(['category', 'dev2'], Object.entries(byCategory).sort((a, b) => a[0].localeCompare(b[0])))}

Health labels per sensitive class:

${table(['class', 'dev2'], Object.entries(byClass).sort((a, b) => a[0].localeCompare(b[0])))}

Messages per language:

${table(['language', 'messages'], langs)}

PHI messages per kind:

${table(['kind', 'dev2'], tally(phi, (m) => m.kind))}

Benign messages per kind:

${table(['kind', 'dev2'], tally(benign, (m) => m.kind))}

## Known limits
- ${blind ?? 'Some'} labels sit in Chinese or Korean messages. The bench's leak rule splits text into words at
  non-letters, and Han/Hangul text has no spaces, so a value inside it ("您父亲沈建华已转入ICU", also a Latin drug name
  touching Han characters) is never a separate word, so even an unchanged message does not count as a leak: these
  labels always score as caught. They are labeled anyway, for detectors and for a bench that segments such text.
- Templated clinical messages combine random terms; the combinations are not always clinically plausible.
  The hand-written messages are.

## Benchmark
\`npx tsc -p . && node dist/bench/accuracy.js --file dev2\` scores dev2 (both corpora's callback lists are the
senders' allow-list); \`--file train\` is dev + dev2.
`;
}
