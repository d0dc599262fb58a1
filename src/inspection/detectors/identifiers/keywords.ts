// One pass over the lower-cased text for the label words of every keyword-driven detector, instead of one
// prefilter regex per detector. A detector whose family is absent skips its keyword scan. The families are
// substrings (prefixes of the labels), so a hit only means "worth looking".
const FAMILIES = {
  mrn: 'mr|record|chart|patient|pt|hospital|emr|ehr|csn|fin|encounter|visit',
  healthPlan: 'member|mbr|subscriber|sub|group|grp|policy|plan|ins|medicaid|medi-cal|medical|beneficiary|benefit|coverage|enrollee|bcbs|hmo|ppo|cigna|aetna|humana|uhc|kaiser|tricare',
  account: 'acc|a/c|har|iban|routing|aba',
  license: 'lic|dl|d/l|state id|cert|passport',
  device: 's/n|sn|ser|device|imei|meid|esn|udi|mac|pacemaker|implant|defibrillator|pump|cgm|transmitter|hearing',
  date: 'dob|birth|bday|b-day|born|admi|adm|discharg|dc\'d|died|dod|decease|passed away|death|b\\. ?\\d',
  ssn: 'ss|soc|social',
} as const;

export type KeywordFamily = keyof typeof FAMILIES;

const NAMES = Object.keys(FAMILIES) as KeywordFamily[];
const BIT = Object.fromEntries(NAMES.map((n, i) => [n, 1 << i])) as Record<KeywordFamily, number>;
const SCAN = new RegExp(NAMES.map((n) => `(${FAMILIES[n].replace(/[/]/g, '\\/')})`).join('|'), 'g');

let cached: [string | undefined, number, string | undefined, number] = [undefined, 0, undefined, 0];

function scan(lower: string): number {
  let bits = 0;
  SCAN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SCAN.exec(lower)) !== null) {
    for (let g = 1; g <= NAMES.length; g++) {
      if (m[g] !== undefined) {
        bits |= 1 << (g - 1);
        break;
      }
    }
  }
  return bits;
}

/** Whether `lower` contains a label word of `family` (cached for the last two texts scanned). */
export function hasKeyword(lower: string, family: KeywordFamily): boolean {
  let bits: number;
  if (cached[0] === lower) bits = cached[1];
  else if (cached[2] === lower) bits = cached[3];
  else {
    bits = scan(lower);
    cached = [lower, bits, cached[0], cached[1]];
  }
  return (bits & BIT[family]) !== 0;
}
