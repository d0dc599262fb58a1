// Identifier value generators: every value in a shape people really write, and passing its check rule.
import { deaCheck, luhnDigit, MBI_ALPHA, npiCheck, vinCheck } from './checks.mjs';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const MESES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const MESES_PT = ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'];
const BUWAN = ['Enero', 'Pebrero', 'Marso', 'Abril', 'Mayo', 'Hunyo', 'Hulyo', 'Agosto', 'Setyembre', 'Oktubre', 'Nobyembre', 'Disyembre'];
const MWA = ['janvye', 'fevriye', 'mas', 'avril', 'me', 'jen', 'jiyè', 'out', 'septanm', 'oktòb', 'novanm', 'desanm'];

const pad = (n, w = 2) => String(n).padStart(w, '0');
const ordinal = (d) => d + (d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th');

export function randomDate(r, fromYear, toYear) {
  const y = r.int(fromYear, toYear);
  const m = r.int(1, 12);
  const d = r.int(1, [31, y % 4 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]);
  return { y, m, d };
}

/** English and numeric written forms of a date; withYear false gives the "discharged 3/14" shapes. */
export function formatDate(r, { y, m, d }, withYear = true) {
  const yy = pad(y % 100);
  if (!withYear) return r.pick([`${m}/${d}`, `${pad(m)}/${pad(d)}`, `${MON[m - 1]} ${d}`, `${MONTHS[m - 1]} ${ordinal(d)}`, `${d} ${MON[m - 1]}`, `${m}-${d}`]);
  return r.pick([
    `${m}/${d}/${y}`, `${pad(m)}/${pad(d)}/${y}`, `${m}/${d}/${yy}`, `${pad(m)}-${pad(d)}-${y}`, `${y}-${pad(m)}-${pad(d)}`,
    `${d} ${MON[m - 1]} ${y}`, `${pad(d)}-${MON[m - 1].toUpperCase()}-${y}`, `${MON[m - 1]} ${d}, ${y}`, `${MONTHS[m - 1]} ${ordinal(d)}, ${y}`,
    `${ordinal(d)} ${MONTHS[m - 1]} ${y}`, `${pad(d)}.${pad(m)}.${y}`, `${y}${pad(m)}${pad(d)}`, `${MON[m - 1]}. ${d} '${yy}`,
    `${m}.${d}.${yy}`, `${MONTHS[m - 1]} ${d} ${y}`, `${pad(m)}${pad(d)}${y}`, `${MON[m - 1].toUpperCase()} ${pad(d)} ${y}`,
  ]);
}

export function formatDateIn(r, lang, { y, m, d }) {
  switch (lang) {
    case 'es': return r.pick([`${d} de ${MESES[m - 1]} de ${y}`, `${pad(d)}/${pad(m)}/${y}`, `${d}/${m}/${y}`, `${d}-${MESES[m - 1].slice(0, 3)}-${y}`]);
    case 'pt': return r.pick([`${d} de ${MESES_PT[m - 1]} de ${y}`, `${pad(d)}/${pad(m)}/${y}`]);
    case 'vi': return r.pick([`ngày ${d} tháng ${m} năm ${y}`, `${pad(d)}/${pad(m)}/${y}`]);
    case 'tl': return r.pick([`${BUWAN[m - 1]} ${d}, ${y}`, `${m}/${d}/${y}`]);
    case 'zh': return r.pick([`${y}年${m}月${d}日`, `${y}/${m}/${d}`]);
    case 'ht': return r.pick([`${d} ${MWA[m - 1]} ${y}`, `${pad(d)}/${pad(m)}/${y}`]);
    default: return formatDate(r, { y, m, d });
  }
}

const AGE_WORDS = { 90: 'ninety', 91: 'ninety-one', 92: 'ninety-two', 93: 'ninety-three', 94: 'ninety-four', 95: 'ninety-five', 96: 'ninety-six', 97: 'ninety-seven', 98: 'ninety-eight', 99: 'ninety-nine', 100: 'one hundred' };

/** An age over 89 in context: returns [before, label, after] so the label holds only the number (+ sex or ordinal letters). */
export function ageShape(r) {
  const a = r.weighted([[6, r.int(90, 99)], [2, r.int(100, 104)], [1, r.int(105, 108)]]);
  const sex = r.pick(['F', 'M']);
  return r.pick([
    ['', String(a), 'yo'], ['', String(a), ' y/o'], ['', String(a), '-year-old'], ['age ', String(a), ''], ['', `${a}${sex}`, ''],
    [`${sex} `, String(a), ''], ['', String(a), ' yrs'], ['', String(a), ' years old'], ['aged ', String(a), ''], ['', `${a}${sex.toLowerCase()}`, ''],
    ['', String(a), 'YO'], ['', String(a), ' yr old'], ['', String(a), 'y'],
    ...(AGE_WORDS[a] ? [['', AGE_WORDS[a], ' years old'], ['', AGE_WORDS[a], '-year-old']] : []),
  ]);
}

const AREA = ['206', '253', '425', '509', '808', '907', '505', '928', '605', '701', '612', '651', '507', '320', '916', '559', '818', '747', '617', '508', '774', '401', '973', '201', '732', '718', '347', '929', '207', '614', '330', '216', '240', '301', '720', '303', '918', '405', '479', '315', '402', '713', '832', '210', '915', '956', '305', '786', '954', '773', '872', '313', '734', '801', '385'];

export function localPhoneDigits(r) {
  return r.pick(AREA) + String(r.int(2, 9)) + r.digits(2) + r.digits(4);
}

export function formatPhone(r, d) {
  const [a, b, c] = [d.slice(0, 3), d.slice(3, 6), d.slice(6)];
  return r.pick([`(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `${a}.${b}.${c}`, `${a} ${b} ${c}`, d, `+1 ${a} ${b} ${c}`, `+1-${a}-${b}-${c}`,
    `1 (${a}) ${b}-${c}`, `1-${a}-${b}-${c}`, `(${a})${b}-${c}`, `+1${d}`, `${a}/${b}-${c}`]);
}

const INTL = [
  () => `+63 9${'##'} ### ####`, () => `+52 55 #### ####`, () => `+509 3# ## ####`, () => `+84 9# ### ####`,
  () => `+252 61 ### ####`, () => `+251 9# ### ####`, () => `+234 80# ### ####`, () => `+233 24 ### ####`,
  () => `+44 7### ######`, () => `+351 91# ### ###`, () => `+55 11 9####-####`, () => `+977 98#-#######`,
  () => `+676 77#####`, () => `+685 72#####`, () => `+48 5## ### ###`, () => `+30 69# ### ####`, () => `+374 9# ######`,
  () => `+82 10-####-####`, () => `+81 90-####-####`, () => `+61 4## ### ###`, () => `+92 3## #######`, () => `+7 7## ### ## ##`,
  () => `+679 9## ####`, () => `+692 45#-####`, () => `+1 671 ### ####`, () => `+95 9 ### ### ###`,
];
export const intlPhone = (r) => r.pick(INTL)().replace(/#/g, () => String(r.int(0, 9)));

const STREET = ['Kamehameha', 'Pukalani', 'Kilauea', 'Ala Moana', 'Mauka', 'Sequoia', 'Bitterroot', 'Juniper', 'Cedar Hollow', 'Larkspur', 'Quarry Hill', 'Tamarack', 'Wildrose', 'Chokecherry', 'Prairie Dog', 'Bluestem', 'Saguaro', 'Mesquite', 'Arroyo Seco', 'Piñon', 'Canyon View', 'Thunderbird', 'Buckeye', 'Shenandoah', 'Cranberry', 'Nantucket', 'Beacon Hill', 'Dorchester', 'Fairmount', 'Harbor View', 'Kinnickinnic', 'Lake Phalen', 'Como', 'Rice', 'Payne', 'Arcade', 'Blossom Hill', 'Florin', 'Stockton', 'Maple Grove', 'Hawthorne', 'Lindenwood', 'Sugar Creek', 'Old Mill', 'Brookside', 'Foxglove', 'Ironwood', 'Silver Lake', 'Wren', 'Kestrel', 'Anchorage', 'Bayou', 'Magnolia', 'Dogwood', 'Tupelo', 'Live Oak', 'Greenleaf', 'Woodlawn', 'Van Buren', 'Orchard', 'Ridgecrest'];
const SUFFIX = ['St', 'Ave', 'Rd', 'Dr', 'Ln', 'Ct', 'Blvd', 'Way', 'Pl', 'Ter', 'Cir', 'Loop', 'Trl', 'Pkwy', 'Street', 'Avenue', 'Road', 'Drive', 'Lane', 'Hwy'];
const UNIT = () => ['Apt #', 'Apt. #', 'Unit #', '#', 'Ste #', 'Apt #L', 'Unit #L', 'Trlr #', 'Lot #', 'Fl #', 'Bsmt', 'Rear'];

export function streetAddress(r) {
  const n = r.weighted([[3, r.int(10, 9999)], [1, r.int(10000, 48999)], [1, r.int(1, 99)]]);
  const dir = r.weighted([[5, ''], [1, `${r.pick(['N', 'S', 'E', 'W', 'NE', 'SW', 'North', 'West'])} `]]);
  const numbered = r.chance(0.15) ? `${ordinalStreet(r.int(2, 160))}` : r.pick(STREET);
  let base = `${n} ${dir}${numbered} ${r.pick(SUFFIX)}`;
  const shape = r.weighted([[10, 'plain'], [6, 'unit'], [1, 'rr'], [1, 'hc'], [1, 'pobox'], [1, 'grid'], [1, 'unitfirst'], [1, 'navajo']]);
  const unit = () => r.pick(UNIT()).replace('#', String(r.int(1, 40)) + (r.chance(0.4) ? r.pick(['A', 'B', 'C', 'D', 'F']) : '')).replace(/L$/, r.pick(['A', 'B', 'C']));
  switch (shape) {
    case 'unit': return `${base}${r.pick([', ', ' ', ' '])}${unit()}`;
    case 'rr': return r.pick([`RR ${r.int(1, 9)} Box ${r.int(10, 999)}`, `Rural Route ${r.int(1, 6)}, Box ${r.int(10, 400)}`, `R.R. ${r.int(1, 5)} Box ${r.int(1, 300)}`]);
    case 'hc': return `HC ${r.int(60, 89)} Box ${r.int(100, 9999)}`;
    case 'pobox': return r.pick([`PO Box ${r.int(10, 99999)}`, `P.O. Box ${r.int(10, 9999)}`, `POB ${r.int(10, 999)}`, `Post Office Box ${r.int(10, 999)}`]);
    case 'grid': return `${r.pick(['N', 'W'])}${r.int(1, 9)}${r.int(100, 999)} ${r.pick(['County Rd', 'Cty Hwy', 'State Rd'])} ${r.pick(['K', 'PP', '12', 'JJ'])}`;
    case 'unitfirst': return `${unit()}, ${base}`;
    case 'navajo': return `${r.pick(['Navajo Rte', 'BIA Rte', 'Indian Rte'])} ${r.int(2, 99)}, ${r.pick(['House', 'HSE', 'Mile ' + r.int(2, 40) + ' House'])} ${r.int(1, 40)}`;
    default: return base;
  }
}
function ordinalStreet(n) {
  return ordinal(n);
}

// City, state and a ZIP range that goes with it.
export const CITIES = [
  ['Tacoma', 'WA', 984], ['Hilo', 'HI', 967], ['Honolulu', 'HI', 968], ['Anchorage', 'AK', 995], ['Gallup', 'NM', 873], ['Window Rock', 'AZ', 865],
  ['Rapid City', 'SD', 577], ['Fargo', 'ND', 581], ['St. Paul', 'MN', 551], ['Sacramento', 'CA', 958], ['Fresno', 'CA', 937], ['Glendale', 'CA', 912],
  ['Brockton', 'MA', 23], ['Lowell', 'MA', 18], ['Providence', 'RI', 29], ['Newark', 'NJ', 71], ['Astoria', 'NY', 111], ['Utica', 'NY', 135],
  ['Lewiston', 'ME', 42], ['Columbus', 'OH', 432], ['Akron', 'OH', 443], ['Silver Spring', 'MD', 209], ['Aurora', 'CO', 800], ['Tulsa', 'OK', 741],
  ['Springdale', 'AR', 727], ['Omaha', 'NE', 681], ['Houston', 'TX', 770], ['San Antonio', 'TX', 782], ['El Paso', 'TX', 799], ['Miami', 'FL', 331],
  ['Chicago', 'IL', 606], ['Dearborn', 'MI', 481], ['Salt Lake City', 'UT', 841], ['Worcester', 'MA', 16], ['Laredo', 'TX', 780], ['Kent', 'WA', 980],
];

export function zipFor(r, prefix, plus4 = r.chance(0.25)) {
  const z = String(prefix).padStart(3, '0') + r.digits(2);
  return plus4 ? `${z}-${r.digits(4)}` : z;
}

const DOMAINS = ['gmail.com', 'gmail.com', 'gmail.com', 'yahoo.com', 'outlook.com', 'hotmail.com', 'icloud.com', 'aol.com', 'proton.me', 'comcast.net', 'att.net', 'live.com', 'msn.com', 'charter.net', 'yahoo.com.ph', 'hotmail.fr', 'wp.pl', 'naver.com', 'qq.com', '163.com', 'uol.com.br', 'bol.com.br', 'web.de', 'sapo.pt', 'hawaii.rr.com', 'gci.net', 'frontier.com'];

const ascii = (s) => s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^A-Za-z]/g, '').toLowerCase();

export function emailFor(r, given, family) {
  const g = ascii(given.split(' ')[0]) || 'pt';
  const f = ascii(family) || 'home';
  const yr = String(r.int(1948, 2009));
  const local = r.pick([`${g}.${f}`, `${g}${f}${r.int(1, 99)}`, `${g[0]}${f}`, `${g}_${f}${yr}`, `${f}.${g}`, `${g}${yr.slice(2)}`, `${f}${g[0]}${r.int(1, 9)}`, `${g}.${f}.${r.int(1, 999)}`, `mama${g}`, `${g}${r.pick(['808', '907', 'xo', 'love', 'official', '_jr', 'b'])}`]);
  return `${local}@${r.pick(DOMAINS)}`;
}

const TOKEN = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const token = (r, n) => Array.from({ length: n }, () => r.pick([...TOKEN])).join('');

/** A link that carries a patient-specific id, on the sender's own domain or its short-link host. */
export function patientUrl(r, domain, short) {
  return r.pick([
    `https://portal.${domain}/r/${token(r, r.int(6, 10))}`, `https://${domain}/pay?acct=${r.digits(r.int(7, 10))}`, `${short}/${token(r, r.int(5, 8))}`,
    `https://${short}/${token(r, 7)}`, `https://intake.${domain}/forms?patient=P${r.digits(6)}`, `https://${domain}/rx/status/${r.digits(4)}-${r.digits(3)}`,
    `https://telehealth.${domain}/join/${r.digits(9)}?pin=${r.digits(4)}`, `https://us0${r.int(2, 6)}web.zoom.us/j/${r.digits(11)}?pwd=${token(r, 10)}`,
    `http://${domain}/results/view?mrn=${r.digits(8)}`, `https://${domain}/mychart/letters/${token(r, 12)}`, `${domain}/s/${token(r, 6)}`,
    `https://${domain}/checkin?visit=${r.digits(10)}&dob=1`, `https://sign.${domain}/doc/${token(r, 8)}-${r.digits(4)}`,
  ]);
}

export function ip(r) {
  return r.weighted([
    [3, () => `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`], [2, () => `192.168.${r.int(0, 9)}.${r.int(2, 254)}`],
    [1, () => `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`], [3, () => `${r.pick([24, 50, 67, 68, 71, 73, 74, 76, 96, 98, 99, 107, 108, 174, 184])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`],
    [1, () => `2601:${r.int(0x100, 0xfff).toString(16)}:${r.int(0x1000, 0xffff).toString(16)}:${r.int(0x10, 0xfff).toString(16)}::${r.int(0x10, 0xffff).toString(16)}`],
    [1, () => `2600:1700:${r.int(0x1000, 0xffff).toString(16)}:${r.int(0x100, 0xffff).toString(16)}:${r.int(0x1000, 0xffff).toString(16)}:${r.int(0x1000, 0xffff).toString(16)}:${r.int(0x1000, 0xffff).toString(16)}:${r.int(0x10, 0xffff).toString(16)}`],
  ])();
}

export function ssnDigits(r) {
  let area;
  do area = r.int(1, 899); while (area === 666);
  return pad(area, 3) + pad(r.int(1, 99)) + pad(r.int(1, 9999), 4);
}
export function ssn(r) {
  const d = ssnDigits(r);
  return r.weighted([[5, `${d.slice(0, 3)}-${d.slice(3, 5)}-${d.slice(5)}`], [2, d], [2, `${d.slice(0, 3)} ${d.slice(3, 5)} ${d.slice(5)}`], [1, `${d.slice(0, 3)}.${d.slice(3, 5)}.${d.slice(5)}`]]);
}

export function mrn(r) {
  return r.pick([
    r.digits(8), r.digits(7), `00${r.digits(7)}`, `E${r.digits(7)}`, `MR-${r.digits(4)}-${r.digits(4)}`, `${r.digits(2)}-${r.digits(2)}-${r.digits(3)}`,
    `${r.digits(3)}-${r.digits(3)}-${r.digits(3)}`, `M${r.digits(9)}`, `${r.pick(['HN', 'K', 'Z', 'RH'])}${r.digits(6)}`, r.digits(10), `${r.digits(6)}-${r.int(0, 9)}`,
  ]);
}

const LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ';
const letters = (r, n) => Array.from({ length: n }, () => r.pick([...LETTERS])).join('');

export function memberId(r) {
  return r.pick([
    `${letters(r, 3)}${r.digits(9)}`, `${letters(r, 3)} ${r.digits(9)}`, `W${r.digits(9)}`, `${r.digits(9)}-0${r.int(1, 4)}`, `U${r.digits(8)}01`,
    `H${r.digits(8)}`, `${r.digits(8)}${letters(r, 1)}`, `${letters(r, 2)}${r.digits(7)}`, `ZG${r.digits(8)}`, `${r.digits(11)}`, `MCD-${r.digits(9)}`,
    `${letters(r, 1)}${r.digits(3)}-${r.digits(3)}-${r.digits(3)}`, `9${r.digits(8)}${letters(r, 1)}`,
  ]);
}
export function groupId(r) {
  return r.pick([r.digits(7), `0${r.digits(6)}`, `${r.digits(6)}-${r.digits(4)}`, `GRP${r.digits(5)}`, `G-${r.digits(6)}`, `${letters(r, 2)}${r.digits(5)}`, `${r.digits(5)}-${letters(r, 1)}${r.digits(2)}`]);
}

export function mbi(r, dashed = r.chance(0.45)) {
  const A = () => r.pick([...MBI_ALPHA]);
  const AN = () => (r.chance(0.5) ? A() : String(r.int(0, 9)));
  const N = () => String(r.int(0, 9));
  const v = `${r.int(1, 9)}${A()}${AN()}${N()}${A()}${AN()}${N()}${A()}${A()}${N()}${N()}`;
  return dashed ? `${v.slice(0, 4)}-${v.slice(4, 7)}-${v.slice(7)}` : v;
}

export function account(r) {
  return r.pick([
    r.digits(9), r.digits(10), `${r.digits(2)}-${r.digits(7)}`, `A-${r.digits(4)}-${r.digits(4)}`, `${r.digits(4)} ${r.digits(4)} ${r.digits(2)}`,
    `${letters(r, 2)}${r.digits(8)}`, `${r.digits(3)}-${r.digits(6)}`, r.digits(8), `G${r.digits(9)}`, `${r.digits(5)}-${r.digits(3)}`,
  ]);
}

export function card(r) {
  const kind = r.pick(['visa', 'visa', 'mc', 'mc2', 'amex', 'disc']);
  const prefix = { visa: '4', mc: String(r.int(51, 55)), mc2: String(r.int(2221, 2720)), amex: r.pick(['34', '37']), disc: '6011' }[kind];
  const len = kind === 'amex' ? 15 : 16;
  const payload = prefix + r.digits(len - 1 - prefix.length);
  const n = payload + luhnDigit(payload);
  if (kind === 'amex') return r.pick([`${n.slice(0, 4)} ${n.slice(4, 10)} ${n.slice(10)}`, n, `${n.slice(0, 4)}-${n.slice(4, 10)}-${n.slice(10)}`]);
  return r.pick([n.replace(/(\d{4})(?=\d)/g, '$1 '), n.replace(/(\d{4})(?=\d)/g, '$1-'), n]);
}

const DEA_FIRST = ['A', 'B', 'F', 'G', 'M', 'P', 'R'];
export function dea(r, surnameInitial) {
  const six = r.digits(6);
  const second = surnameInitial ? surnameInitial.toUpperCase() : letters(r, 1);
  return `${r.pick(DEA_FIRST)}${second}${six}${deaCheck(six)}`;
}
export function npi(r) {
  const nine = String(r.int(1, 2)) + r.digits(8);
  return nine + npiCheck(nine);
}
export function driversLicense(r) {
  return r.pick([
    () => `${letters(r, 1)}${r.digits(7)}`, () => `${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`, () => r.digits(8), () => `WDL${letters(r, 4)}${r.digits(3)}${letters(r, 2)}`,
    () => `${letters(r, 1)}${r.digits(3)}-${r.digits(3)}-${r.digits(2)}-${r.digits(3)}-${r.digits(1)}`, () => `${letters(r, 1)}${r.digits(3)}-${r.digits(4)}-${r.digits(4)}`,
    () => `H00${r.digits(6)}`, () => `S${r.digits(8)}`, () => `${letters(r, 1)}${r.digits(12)}`, () => `D${r.digits(8)}`,
  ])();
}

const WMI = ['1HG', '1FT', '1G1', '2T1', '3VW', '4T1', '5YJ', 'JTD', 'JN1', 'KMH', 'KNA', 'WBA', 'YV1', 'SAL', '1C4', '5FN', '1N4', '2HG', 'JM1', '1GC', '3GN', 'JF2', '5NP'];
const VINCH = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
const YEARS = 'ABCDEFGHJKLMNPRSTVWXY123456789';
export function vin(r) {
  const vds = Array.from({ length: 5 }, () => r.pick([...VINCH])).join('');
  const draft = `${r.pick(WMI)}${vds}0${r.pick([...YEARS])}${r.pick([...VINCH])}${r.digits(6)}`;
  return draft.slice(0, 8) + vinCheck(draft) + draft.slice(9);
}

export function imei(r) {
  const payload = r.pick(['35', '35', '86', '01', '99', '49']) + r.digits(12);
  const n = payload + luhnDigit(payload);
  return r.pick([n, `${n.slice(0, 2)}-${n.slice(2, 8)}-${n.slice(8, 14)}-${n.slice(14)}`, `${n.slice(0, 8)} ${n.slice(8, 14)} ${n.slice(14)}`]);
}

/** Device serials and other device identifiers, with what the device is. */
export function deviceSerial(r) {
  const hex = () => r.int(0, 255).toString(16).toUpperCase().padStart(2, '0');
  return r.pick([
    ['insulin pump', `NG${r.digits(7)}H`], ['CGM transmitter', `8${letters(r, 1)}${r.digits(1)}${letters(r, 1)}${r.digits(2)}`], ['pacemaker', `PJN${r.digits(6)}S`],
    ['hearing aid', `${r.digits(4)}${letters(r, 1)}${r.digits(4)}`], ['CPAP', `${r.digits(11)}`], ['oxygen concentrator', `${r.digits(1)}${letters(r, 1)}${r.digits(4)}-${r.digits(5)}`],
    ['ICD', `${letters(r, 3)}${r.digits(6)}${letters(r, 1)}`], ['BP cuff', `SN${r.digits(10)}`], ['tablet', `${letters(r, 1)}${r.digits(1)}${letters(r, 2)}${r.digits(1)}${letters(r, 1)}${r.digits(2)}${letters(r, 4)}`],
    ['hub', `${hex()}:${hex()}:${hex()}:${hex()}:${hex()}:${hex()}`], ['pump', `(01)00${r.digits(12)}(21)${letters(r, 1)}${r.digits(5)}`], ['glucometer', `${letters(r, 2)}-${r.digits(7)}`],
    ['wheelchair', `WC${r.digits(2)}-${r.digits(6)}`], ['cochlear processor', `${r.digits(3)}${letters(r, 1)}${r.digits(5)}`],
  ]);
}
