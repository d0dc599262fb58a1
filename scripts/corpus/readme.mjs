// Renders test/fixtures/corpus/README.md from the generated files, so the counts never go stale.

const row = (cells) => `| ${cells.join(' | ')} |`;

function table(files, keys, pick) {
  const names = Object.keys(files);
  const lines = [row(['', ...names, 'total']), row(['---', ...names.map(() => '---:'), '---:'])];
  for (const key of keys) {
    const counts = names.map((n) => pick(files[n])[key] ?? 0);
    lines.push(row([key, ...counts, counts.reduce((a, b) => a + b, 0)]));
  }
  return lines.join('\n');
}

const tally = (msgs, keyOf) => msgs.reduce((acc, x) => ((acc[keyOf(x)] = (acc[keyOf(x)] ?? 0) + 1), acc), {});

export function renderReadme(files, countLabels) {
  const all = Object.values(files).flat();
  const categories = Object.keys(countLabels(all).labels).sort();
  const sensitive = Object.keys(countLabels(all).sensitive).sort();
  const phiKinds = Object.keys(tally(all.filter((x) => !x.benign), (x) => x.kind)).sort();
  const benignKinds = Object.keys(tally(all.filter((x) => x.benign), (x) => x.kind)).sort();
  const totals = { messages: (m) => m.length, benign: (m) => m.filter((x) => x.benign).length, phi: (m) => m.filter((x) => !x.benign).length };
  return `# Labeled SMS corpus (generated)

Synthetic SMS traffic from hospitals, clinics, pharmacies, labs, telehealth, home care, pagers and care-team
chat, labeled for the PHI firewall's accuracy benchmark (\`bench/accuracy.ts\`). **Generated — do not edit by
hand:** \`node scripts/corpus/generate.mjs\` rewrites every file here (deterministic, seeded). All names,
numbers and addresses are made up; identifier values pass their real check rules (Luhn for cards, IMEIs and
NPIs, the DEA and VIN check digits, SSA rules for SSNs, the CMS shape for MBIs).

## Files
- \`dev.jsonl\` — the detector authors may read it.
- \`holdout.jsonl\` — for honest reporting: **do not tune detectors on it.** Built from separate templates
  (\`scripts/corpus/templates/*-holdout.mjs\`: other wording, other message shapes such as voicemail
  transcripts, secure chat, trial coordinators, agency dispatch, other value positions) and from the whole
  name and health-term pools, of which dev sees only two thirds — so some holdout names, drugs, conditions,
  labs and procedures never occur in dev.
- \`callbacks.json\` — the senders' own callback numbers, digits only, national and E.164-without-plus forms.
  Every clinic number printed in a message is one of these; pass them as \`callbackAllowList\`.

## Schema (one JSON object per line)
\`\`\`json
{"id": "dev-0001", "text": "...", "labels": [{"category": "medication", "value": "Suboxone", "sensitive": "substance_use"}], "benign": false, "kind": "refill"}
\`\`\`
- \`labels[].category\`: one of \`src/inspection/categories.ts\`; \`sensitive\` only on health labels in a sensitive class.
- \`labels[].value\`: an exact substring of \`text\` (as it appears, obfuscation included). A (category, value)
  pair is listed once even if it occurs twice.
- \`benign\`: true exactly when \`labels\` is empty.
- \`kind\`: a short tag for the message's shape (\`obfuscated\` for the disguised ones).

## Labeling decisions
- PHI is information about the recipient or a named person. A clinician's name ("Dr. Patel will see you"), a
  clinic's name, street address, ZIP, e-mail role address or callback number is **not** labeled; nor are
  appointment dates/times, room numbers, order and tracking numbers, OTPs, prices or versions.
- \`date\`: birth, admission, discharge, death and service dates tied to a person, in any written form.
- \`age\`: only ages over 89; the label holds the number and any letters attached to it ("93", "92F", "101st").
- \`name\`: the name as written (full, surname, given, "OKAFOR, Ngozi", "N. Okafor"), without the honorific.
- \`url\`: links that carry a patient-specific id (path token or query id); plain clinic links are benign.
- \`license\`: DEA, NPI, driver's licence. \`health_plan_id\`: member, subscriber, Medicaid, group numbers.
- \`lab\`: the test with its result where one is given ("A1c 8.4%", "RPR reactive 1:32"), or the test alone
  ("lipid panel") when the message ties it to the recipient. A few messages label name and value apart.
- Obfuscated values (kind \`obfuscated\`): zero-width characters, Cyrillic/Greek look-alikes, fullwidth and
  Arabic-Indic digits, spaced/dashed/dotted digit runs, dotted/spaced/dashed letters (H.I.V), soft hyphens,
  mixed case, and combinations.

## Benchmark
\`npx tsc -p . && node dist/bench/accuracy.js [--file holdout|dev|all] [--policy strict] [--json]\` runs every
message through \`detect()\` and \`carrierView()\` (\`bench/accuracy-adapter.ts\`, to be pointed at the policy
engine) and reports per-category and overall leak rates, the share of benign messages altered or refused (any
byte changed, or a block), and detector latency. \`--json\` writes \`bench/results/accuracy-<file>.json\` (ids and
categories only, never values).

A labeled value **leaks** when it reaches the carrier in a recognisable piece (rule and rationale at the top of
\`bench/accuracy-leak.ts\`): texts are compared after removing invisible characters, NFKD + dropping accents,
folding Cyrillic/Greek look-alikes and non-ASCII digits, lower-casing; a piece is the whole value, any run of
its words holding at least half its letters and digits, any name part of 4+ letters, or for digit-bearing
values any half-length stretch with separators ignored (so "123-45-[REDACTED]" or "1 2 3 4 5 6 7 8 9" still
leak an SSN). A piece counts only when it occurs more often in the carrier's text than in the original with all
labeled values masked. A message leaks for a category when any of its values of that category leaks; a
blocked message leaks nothing.

## Counts
${table(files, ['messages', 'phi', 'benign'], (m) => Object.fromEntries(Object.entries(totals).map(([k, f]) => [k, f(m)])))}

Labels per category (occurrences):

${table(files, categories, (m) => countLabels(m).labels)}

Health labels per sensitive class:

${table(files, sensitive, (m) => countLabels(m).sensitive)}

PHI messages per kind:

${table(files, phiKinds, (m) => tally(m.filter((x) => !x.benign), (x) => x.kind))}

Benign messages per kind:

${table(files, benignKinds, (m) => tally(m.filter((x) => x.benign), (x) => x.kind))}
`;
}
