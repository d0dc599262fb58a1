// One pass over the lower-cased text for the label words of every keyword-driven detector, instead of one
// prefilter regex per detector: a trie walked from each word start. A hit means "a word starts with one of
// the family's prefixes" (so "admitted" hits "adm") and only says the detector's own scan is worth running.
import { FOREIGN_MONTHS } from './date-months.js';

const FAMILIES = {
  mrn: 'mr|med|record|chart|patient|pt|hosp|emr|ehr|accession|m.r|empi|mpi|armband|wristband|wrist band|expediente|historia|prontuario',
  healthPlan:
    'member|mbr|subscr|sub|group|grp|policy|plan|ins|medicaid|medi-cal|medical|medicare|bic|beneficiary|benefit|coverage|enrollee|recipient|' +
    'bcbs|blue|hmo|ppo|epo|chip|payer|carrier|cigna|aetna|humana|uhc|united|kaiser|tricare|champva|anthem|molina|centene|' +
    'ambetter|wellcare|highmark|caresource|amerigroup|oscar|masshealth|emblem|health|premera|regence|carefirst|excellus|optum|' +
    'miembro|afiliad|asegurad|poliza|seguro|suscriptor|grupo|bao hiem|the bao|thanh vien|membro|beneficiar|apolice|carteirinha|' +
    'convenio|segurad|adherent|assure|numero de membre|manm|asirans|kat asirans|miyembro|philhealth|ubezpiecz',
  account:
    'acc|a/c|har|iban|routing|aba|bank|billing|patient|hospital|guarantor|checking|savings|card|credit|debit|statement|self-pay|' +
    'fin|csn|enc|visit|claim|case|ref|file|docket|cuenta|conta|compte|konta|kont|tai khoan|so tai khoan|reclam|siniestro|sinistro',
  license: 'lic|dl|d/l|state id|id card|cert|passport|driver|driving|operator|cdl|medical|board|permit|learner',
  device:
    's/n|sn|ser|device|imei|meid|esn|udi|mac|bluetooth|pacemaker|implant|defibrillator|icd|lvad|pump|insulin|cgm|transmitter|' +
    'cpap|bipap|vent|concentrator|neurostim|hearing|cochlear|model|sensor|receiver|reader|monitor|meter|glucometer|oximeter|' +
    'nebulizer|wheelchair|stimulator|generator|pdm|handset|tablet|hub|tracker|watch|phone|processor|sound|speech|walker|' +
    'scooter|power|hospital|patient lift|brace|prosthe|holter|loop|feeding|infusion|apnea|bp cuff|scale|tens|headset|' +
    'dexcom|libre|omnipod|tandem|medtronic',
  // Prefixes specific enough that common words ("had", "in the", "data") do not wake the date scan for nothing.
  date: "dob|d.o.b|birth|bday|b-day|born|admi|adm|readmi|re-admi|hospitali|discharg|dc|d/c|died|dod|dos|date|decease|passed|" +
    'death|time of death|pronounc|servic|enroll|randomi|consent|expired|doa|doi|dol|injur|seen|tod|soc|start of care|resumption|last|lmp|edd|due date|' +
    'estimated|collect|specimen|tested|vaccinated|immunized|surgery|procedure|encounter|onset|diagnos|dx|symptom|' +
    'fecha|f. nac|f.nac|f. de|nacid|nacio|nacim|cumplean|ingres|internad|internac|hospitaliz|dado|dada|alta h|egres|falleci|' +
    'murio|defunc|ngay sinh|sinh ngay|nhap vien|xuat vien|qua |tu vong|ngay mat|' +
    'data de|data do|data da|data di|data urodz|data p|data z|nasc|recebeu alta|teve alta|deu alta|obito|falec|nee le|ne le|hospitalis|sorti|' +
    'decede|deces|dat nesans|dat de|dat li|dat lanmo|te fet|fet |antre|soti|mouri|' +
    'petsa|kapanganakan|ipinanganak|isinilang|kaarawan|na-admit|naadmit|na-confine|naconfine|na-discharge|nadischarge|pumanaw|' +
    'namatay|yumao|urodz|ur.|przyj|wypis|zmarl|nato il|nata il|ricover|dimess|decedut|geburt|geboren|aufgenommen|entlassen|' +
    'verstorben|gestorben|taariikh|dhalash|dhash|aso fanau|hnub yug|janma|' +
    'mvc|mva|motor v|accident|crash|collision|incident|exposure|fell|a fall|the fall|his fall|her fall|their fall|assault|bitten|' +
    'hurt|transfer|sent home|went home|released|underwent|operated|had |s/p|status post|gave birth|deliver|visited|fall|' +
    'thank you for v|thanks for v|' +
    'hospital|icu|ccu|rehab|snf|nursing home|inpatient|operation|replacement|repair|' +
    'transplant|biopsy|c-section|amputation|delivery|positive|negative|chemo|dialysis|radiation|hemodialysis|infusion|' +
    'immunotherapy|hormone therapy|methadone|suboxone|buprenorphine|insulin|tpn|hospice|treatment|turn|' +
    'b.0|b.1|b.2|b.3|b.4|b.5|b.6|b.7|b.8|b.9|b. 0|b. 1|b. 2|b. 3|b. 4|b. 5|b. 6|b. 7|b. 8|b. 9|' +
    'b. jan|b. feb|b. mar|b. apr|b. may|b. jun|b. jul|b. aug|b. sep|b. oct|b. nov|b. dec',
  ssn: 'ss|soc|social|s.s|itin|tax id|taxpayer|seguro social|securite',
  service:
    'visit|encounter|admission|stay|procedure|surgery|lab|imaging|x-ray|xray|mri|ct|scan|exam|ultrasound|echo|ekg|ecg|biopsy|' +
    'colonoscopy|mammogram|discharge|bloodwork|treatment|infusion|session|consult|intake|therapy',
  billing: 'eob|explanation|statement|charge|bill|invoice|claim|owe|balance|posted|self-pay',
  foreignMonth: `${FOREIGN_MONTHS}|thang`,
  addressForm:
    'rte|route|hwy|highway|rd |road|fm |cr |sr |state rd|county|calle|c/|avenida|av |av.|avda|carrera|cra|camino|paseo|' +
    'callejon|rua|travessa|estrada|alameda|praca|rue|avenue|boulevard|bd |chemin|allee|impasse',
};

export type KeywordFamily = keyof typeof FAMILIES;

const NAMES = Object.keys(FAMILIES) as KeywordFamily[];
const BIT = Object.fromEntries(NAMES.map((n, i) => [n, 1 << i])) as Record<KeywordFamily, number>;

// The trie over a small alphabet (the characters label words use), so its table stays small enough to sit in
// cache: one row of transitions per node (0 = none; node 0 is the root), and the families ending at a node.
const SYMBOLS = "abcdefghijklmnopqrstuvwxyz0123456789 ./-'+#";
const WIDTH = SYMBOLS.length + 1; // column 0: any other character, which never has a transition
const SYMBOL = new Uint8Array(128);
for (let k = 0; k < SYMBOLS.length; k++) SYMBOL[SYMBOLS.charCodeAt(k)] = k + 1;
const next: number[] = [];
const accept: number[] = [];
function addNode(): number {
  for (let c = 0; c < WIDTH; c++) next.push(0);
  accept.push(0);
  return accept.length - 1;
}
addNode();
// A gate needs no more than a word's first letters: prefixes are cut to PREFIX_LENGTH, which keeps the table
// (and the walk from each word start) small, at the price of a few more texts reaching a detector's own scan.
const PREFIX_LENGTH = 6;
for (const name of NAMES) {
  for (const whole of FAMILIES[name].split('|')) {
    const word = whole.slice(0, PREFIX_LENGTH);
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const symbol = SYMBOL[word.charCodeAt(i)];
      if (symbol === 0) throw new Error(`keyword character outside the trie alphabet: ${word}`);
      const slot = node * WIDTH + symbol;
      if (next[slot] === 0) next[slot] = addNode();
      node = next[slot];
    }
    accept[node] |= BIT[name];
  }
}
if (accept.length > 0x7fff) throw new Error('keyword trie too large for 16-bit node ids');
const NEXT = Int16Array.from(next);
const ACCEPT = Int16Array.from(accept);

function isLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** Whether a word starts at `i` of `lower` (a letter not after a letter). */
function wordStart(lower: string, i: number): boolean {
  return isLetter(lower.charCodeAt(i)) && (i === 0 || !isLetter(lower.charCodeAt(i - 1)));
}

/** The families whose prefixes the trie walk from `i` passes through. */
function walkFrom(lower: string, i: number): number {
  let bits = 0;
  let node = 0;
  for (let j = i; j < lower.length; j++) {
    const d = lower.charCodeAt(j);
    if (d >= 128) break;
    node = NEXT[node * WIDTH + SYMBOL[d]];
    if (node === 0) break;
    bits |= ACCEPT[node];
  }
  return bits;
}

function scan(lower: string): number {
  let bits = 0;
  for (let i = 0; i < lower.length; i++) if (wordStart(lower, i)) bits |= walkFrom(lower, i);
  return bits;
}

let cached: [string | undefined, number, string | undefined, number] = [undefined, 0, undefined, 0];

/** Whether a word of `lower` starts with a label prefix of `family` (cached for the last two texts). */
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

/**
 * The word starts of `lower` where a prefix of `family` begins: where a sticky pattern for that family's
 * labels is worth trying, instead of running it from every position of the text.
 */
export function keywordStarts(lower: string, family: KeywordFamily): number[] {
  const bit = BIT[family];
  const out: number[] = [];
  for (let i = 0; i < lower.length; i++) if (wordStart(lower, i) && (walkFrom(lower, i) & bit) !== 0) out.push(i);
  return out;
}
