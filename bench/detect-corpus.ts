// A generated SMS corpus for the detector bench and the corpus test: benign traffic (one-time codes,
// reminders, shipping, pharmacy, broadcasts, billing) and messages carrying one labelled identifier each,
// some disguised (fullwidth digits, zero-width characters, Cyrillic look-alikes, spaced-out digits).
// Deterministic for a seed. Values are made up but pass the checks real ones pass (Luhn, DEA, VIN, MBI, SSN).
import type { IdentifierCategory } from '../src/inspection/categories.js';

export interface CorpusMessage {
  text: string;
  /** The identifiers in `text` (empty for benign messages), with their exact spans. */
  labels: { category: IdentifierCategory; start: number; end: number }[];
}

/** The sender's own numbers, as a policy would configure them. */
export const CALLBACK_NUMBERS = ['18005550199', '2125550147', '6175550100'];
/** The sender's own street addresses. */
export const OWN_ADDRESSES = ['500 Main St, Suite 200, Springfield, IL 62704', '1200 Hospital Dr, Austin, TX 78701'];

export function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 0x100000000;
  };
}

type R = () => number;
const pick = <T>(r: R, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const int = (r: R, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
const digits = (r: R, n: number): string => Array.from({ length: n }, () => String(int(r, 0, 9))).join('');
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function luhnComplete(r: R, prefix: string, length: number): string {
  let body = prefix + digits(r, length - prefix.length - 1);
  for (let c = 0; c <= 9; c++) {
    const candidate = body + c;
    let sum = 0;
    for (let i = 0; i < candidate.length; i++) {
      let d = candidate.charCodeAt(candidate.length - 1 - i) - 48;
      if (i % 2 === 1) {
        d *= 2;
        if (d > 9) d -= 9;
      }
      sum += d;
    }
    if (sum % 10 === 0) return candidate;
  }
  body = ''; // unreachable
  return body;
}

const CLINICS = ['Riverside Clinic', 'Dr. Patel\'s office', 'Northside Family Medicine', 'City Health', 'St. Mary\'s Hospital', 'Lakeview Pediatrics'];
const FIRST = ['John', 'Maria', 'Wei', 'Fatima', 'Carlos', 'Aisha', 'Robert', 'Linda'];
const STREETS = ['Birch', 'Main', 'Oak', 'Maple', 'Cedar', 'Elm', 'Washington', 'Lake', 'Hillcrest', 'Pine Ridge', '5th', '42nd'];
const SUFFIXES = ['St', 'Street', 'Ave', 'Avenue', 'Ln', 'Rd', 'Blvd', 'Dr', 'Ct', 'Way', 'Pl', 'Pkwy', 'Hwy', 'Cir', 'Ter'];
const CITIES: [string, string][] = [['Springfield', 'IL'], ['Austin', 'TX'], ['Boston', 'MA'], ['Portland', 'OR'], ['Denver', 'CO'], ['Columbus', 'OH'], ['Miami', 'FL']];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec', 'January', 'March', 'October'];

function time(r: R): string {
  return pick(r, [`${int(r, 1, 12)}:${pick(r, ['00', '15', '30', '45'])} ${pick(r, ['AM', 'PM', 'am', 'pm'])}`, `${int(r, 8, 17)}:${pick(r, ['00', '30'])}`, `${int(r, 1, 12)}${pick(r, ['am', 'pm'])}`]);
}
function shortDate(r: R): string {
  const m = int(r, 1, 12);
  const d = int(r, 1, 28);
  return pick(r, [`${m}/${d}`, `${pad(m)}/${pad(d)}/2025`, `${pick(r, MONTHS)} ${d}`, `${pick(r, ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])}, ${pick(r, MONTHS)} ${d}`, `2025-${pad(m)}-${pad(d)}`]);
}
function callback(r: R): string {
  const n = pick(r, CALLBACK_NUMBERS);
  const national = n.length === 11 ? n.slice(1) : n;
  const [a, b, c] = [national.slice(0, 3), national.slice(3, 6), national.slice(6)];
  return pick(r, [`(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `${a}.${b}.${c}`, `1-${a}-${b}-${c}`, `+1 ${a} ${b} ${c}`, national]);
}

// ---------------------------------------------------------------- benign

const BENIGN: ((r: R) => string)[] = [
  (r) => `Your ${pick(r, ['Riverside', 'MyChart', 'portal', 'pharmacy'])} verification code is ${digits(r, 6)}. It expires in 10 minutes.`,
  (r) => `${digits(r, int(r, 4, 8))} is your one-time passcode. Do not share it.`,
  (r) => `Use code ${digits(r, 6)} to sign in. Reply STOP to ${digits(r, 5)} to opt out.`,
  (r) => `Reminder: your appointment at ${pick(r, CLINICS)} is on ${shortDate(r)} at ${time(r)}. Call ${callback(r)} to reschedule. Reply C to confirm.`,
  (r) => `Your appointment is on ${shortDate(r)} at ${time(r)}. Please arrive 15 min early and bring your insurance card.`,
  (r) => `${pick(r, CLINICS)}: you have an appointment tomorrow at ${time(r)} in Room ${int(r, 100, 450)}, Suite ${int(r, 100, 900)}. Questions? ${callback(r)}`,
  (r) => `Your order #${digits(r, int(r, 8, 12))} has shipped. Track: 1Z${digits(r, 3)}AA1${digits(r, 12)}`,
  (r) => `USPS: package ${pick(r, ['9400', '9205', '9361'])} ${digits(r, 4)} ${digits(r, 4)} ${digits(r, 4)} ${digits(r, 4)} ${digits(r, 2)} out for delivery.`,
  (r) => `FedEx: your shipment ${digits(r, 12)} will arrive ${shortDate(r)} by ${time(r)}.`,
  (r) => `Order ${digits(r, 10)} confirmed. Total $${int(r, 5, 300)}.${digits(r, 2)}.`,
  (r) => `Confirmation number: ${digits(r, 10)}. Thank you for your payment of $${int(r, 1, 9)},${digits(r, 3)}.${digits(r, 2)}.`,
  (r) => `Your prescription Rx #${digits(r, 7)} is ready for pickup. Call ${callback(r)} with questions.`,
  (r) => `Refill request received for Rx ${digits(r, 7)}-${digits(r, 4)}. Pickup after ${time(r)}.`,
  (r) => `Flu shots available Mon-Fri ${int(r, 8, 10)}am-${int(r, 4, 6)}pm at https://${pick(r, ['clinic.org', 'cityhealth.gov', 'riverside.health'])}/${pick(r, ['flu', 'vaccines', 'covid-19', 'flu2025', 'events/flu-clinic'])}. Adults 65+ welcome.`,
  (r) => `Heat advisory: temps up to ${int(r, 92, 104)}F today. Drink water and check on neighbors. Info: ${callback(r)}`,
  (r) => `Your balance of $${int(r, 1, 9)},${digits(r, 3)}.${digits(r, 2)} is due ${int(r, 1, 12)}/${int(r, 1, 28)}. Pay at https://pay.${pick(r, ['clinic.org', 'cityhealth.com'])}?utm_source=sms&utm_campaign=billing`,
  (r) => `App update v${int(r, 1, 12)}.${int(r, 0, 9)}.${int(r, 0, 20)} is available. Version ${int(r, 1, 9)}.${int(r, 0, 9)}.${int(r, 0, 9)}.${int(r, 0, 99)} fixes login issues.`,
  (r) => `Office hours ${int(r, 7, 9)}:30-${int(r, 16, 18)}:00. Closed ${int(r, 1, 12)}/${int(r, 1, 28)} and ${int(r, 1, 12)}/${int(r, 1, 28)}. Call 911 for emergencies or dial 988.`,
  (r) => `Case #${digits(r, 8)} has been updated. Reply HELP for help, STOP to cancel. Msg&data rates may apply.`,
  (r) => `How was your visit on ${shortDate(r)}? Rate us 1-5 by replying with a number.`,
  (r) => `Happy New Year ${int(r, 2024, 2026)} from ${pick(r, CLINICS)}! Use promo code FLU${int(r, 2024, 2026)} for ${int(r, 10, 50)}% off.`,
  (r) => `Take ${int(r, 1, 3)} tablets by mouth twice daily for ${int(r, 5, 14)} days. Walk ${int(r, 1, 5)} miles a day.`,
  (r) => `Check in at Building ${pick(r, ['A', 'B', 'C'])}, floor ${int(r, 1, 6)}, Room ${int(r, 100, 650)}. Parking in Lot ${int(r, 1, 9)}.`,
  (r) => `Lab hours changed: ${time(r)} to ${time(r)} starting ${shortDate(r)}. See ${pick(r, ['https://clinic.org/labs', 'www.cityhealth.gov/hours'])}`,
  (r) => `Over ${int(r, 90, 120)} years of caring for our community. Join us ${shortDate(r)} at ${time(r)}!`,
  (r) => `Your telehealth visit starts at ${time(r)}. Join at https://telehealth.${pick(r, ['clinic.org', 'riverside.health'])}/waiting-room from your phone.`,
  (r) => `Reminder: ${pick(r, CLINICS)} will be closed on ${shortDate(r)}. For urgent needs call ${callback(r)}.`,
  (r) => `Ticket ${digits(r, 6)}: wait time is about ${int(r, 5, 40)} min. You are number ${int(r, 1, 30)} in line.`,
  (r) => `Your ${int(r, 2024, 2025)} annual wellness visit is due. Book at https://clinic.org/book or call ${callback(r)}.`,
  (r) => `Dose ${int(r, 1, 2)} of ${int(r, 2, 3)} scheduled ${shortDate(r)} ${time(r)}. Reply Y to confirm, N to cancel.`,
  (r) => `Pay your bill online: https://clinic.org/billing. Questions? Call ${callback(r)} Mon-Fri 8-5.`,
  (r) => `Blood drive ${shortDate(r)} ${time(r)}-${time(r)} at the main lobby. ${int(r, 20, 90)} slots left!`,
  (r) => `Questions about COVID-19? Call CDC-INFO ${pick(r, ['1-800-232-4636', '800-232-4636', '(800) 232-4636'])} or text ${pick(r, ['HOME to 741741', '988'])}.`,
  (r) => `Poison control: ${pick(r, ['1-800-222-1222', '(800) 222-1222'])}. Pharmacy line ${pick(r, ['1-888-', '1-877-', '866-'])}${digits(r, 3)}-${digits(r, 4)}.`,
  (r) => `Flu clinic ${shortDate(r)} ${time(r)} at ${pick(r, ['500 Main St', '500 Main Street, Suite 200', '1200 Hospital Dr'])}${pick(r, ['', ', Springfield, IL 62704', ', Austin, TX 78701'])}. Walk-ins welcome.`,
];

// ---------------------------------------------------------------- identifiers

const nanp = (r: R): string => `${int(r, 2, 9)}${digits(r, 2)}`;
const TOLL_FREE = ['800', '833', '844', '855', '866', '877', '888'];
/** A personal number's area code: never toll-free. */
function area(r: R): string {
  for (;;) {
    const a = nanp(r);
    if (!TOLL_FREE.includes(a)) return a;
  }
}
function phone(r: R): string {
  const [a, b, c] = [area(r), nanp(r), digits(r, 4)];
  return pick(r, [`(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `${a}.${b}.${c}`, `+1 ${a} ${b} ${c}`, `${a}${b}${c}`, `1-${a}-${b}-${c}`, `+1${a}${b}${c}`, `(${a})${b}-${c}`, `+44 20 ${digits(r, 4)} ${digits(r, 4)}`, `+49 30 ${digits(r, 6)}`, `+52 55 ${digits(r, 4)} ${digits(r, 4)}`]);
}
function ssn(r: R): string {
  const area = pad(int(r, 1, 899), 3).replace(/^666$/, '667');
  const g = pad(int(r, 1, 99));
  const s = pad(int(r, 1, 9999), 4);
  return pick(r, [`${area}-${g}-${s}`, `${area}-${g}-${s}`, `${area} ${g} ${s}`, `${area}.${g}.${s}`]);
}
function card(r: R): string {
  const [prefix, len] = pick(r, [['4', 16], ['51', 16], ['55', 16], ['2221', 16], ['34', 15], ['37', 15], ['6011', 16], ['3530', 16]] as [string, number][]);
  const n = luhnComplete(r, prefix, len);
  if (len === 15) return pick(r, [n, `${n.slice(0, 4)} ${n.slice(4, 10)} ${n.slice(10)}`]);
  return pick(r, [n, n.replace(/(\d{4})(?=\d)/g, '$1 '), n.replace(/(\d{4})(?=\d)/g, '$1-')]);
}
function npi(r: R): string {
  for (;;) {
    const v = luhnComplete(r, '80840' + pick(r, ['1', '2']), 15).slice(5);
    if (v.length === 10) return v;
  }
}
function dea(r: R): string {
  const d = digits(r, 6);
  const n = (k: number): number => d.charCodeAt(k) - 48;
  const check = (n(0) + n(2) + n(4) + 2 * (n(1) + n(3) + n(5))) % 10;
  return pick(r, ['A', 'B', 'F', 'M']) + pick(r, ['B', 'S', 'J', 'K', '9']) + d + check;
}
const VIN_VALUES: Record<string, number> = { A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9, S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9 };
function vin(r: R): string {
  const chars = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
  const v = Array.from({ length: 17 }, () => pick(r, chars.split('')));
  v[0] = pick(r, ['1', '2', '3', '4', '5']);
  const w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (/\d/.test(v[i]) ? Number(v[i]) : VIN_VALUES[v[i]]) * w[i];
  v[8] = sum % 11 === 10 ? 'X' : String(sum % 11);
  return v.join('');
}
function mbi(r: R): string {
  const A = 'ACDEFGHJKMNPQRTUVWXY'.split('');
  const AN = [...A, ...'0123456789'.split('')];
  const v = [String(int(r, 1, 9)), pick(r, A), pick(r, AN), digits(r, 1), pick(r, A), pick(r, AN), digits(r, 1), pick(r, A), pick(r, A), digits(r, 1), digits(r, 1)].join('');
  return pick(r, [v, `${v.slice(0, 4)}-${v.slice(4, 7)}-${v.slice(7)}`]);
}
function dob(r: R): string {
  const m = int(r, 1, 12);
  const d = int(r, 1, 28);
  const y = int(r, 1925, 2020);
  return pick(r, [`${pad(m)}/${pad(d)}/${y}`, `${m}/${d}/${y}`, `${m}-${d}-${String(y).slice(2)}`, `${y}-${pad(m)}-${pad(d)}`, `${pick(r, MONTHS)} ${d}, ${y}`, `${d} ${pick(r, MONTHS)} ${y}`, `${pick(r, MONTHS)} ${d}`, `${pad(m)}.${pad(d)}.${y}`]);
}
const alnum = (r: R, n: number): string => Array.from({ length: n }, () => pick(r, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'.split(''))).join('');

type Make = (r: R) => [string, string]; // [template with {v}, value]
const PHI: Record<IdentifierCategory, Make[]> = {
  phone: [
    (r) => [`Please call your daughter ${pick(r, FIRST)} at {v} about pickup.`, phone(r)],
    (r) => [`New contact on file: {v}. Reply YES if correct.`, phone(r)],
    (r) => [`Fax the form to {v} before ${time(r)}.`, phone(r)],
    (r) => [`${pick(r, FIRST)}, your callback number {v} was updated.`, phone(r)],
  ],
  email: [
    (r) => [`We sent the results to {v}.`, `${pick(r, FIRST).toLowerCase()}.${pick(r, ['smith', 'lee', 'garcia'])}${int(r, 1, 99)}@${pick(r, ['gmail.com', 'yahoo.com', 'outlook.com', 'comcast.net'])}`],
    (r) => [`Contact email on file: {v}`, `${pick(r, FIRST).toLowerCase()}_${digits(r, 3)}@${pick(r, ['icloud.com', 'mail.example.org'])}`],
  ],
  url: [
    (r) => [`View your results: {v}`, `https://portal.${pick(r, ['clinic.org', 'riverside.health'])}/patient/${digits(r, int(r, 5, 8))}`],
    (r) => [`Complete intake at {v} before your visit.`, `https://forms.clinic.org/intake?pid=${digits(r, 6)}&name=${pick(r, FIRST)}`],
    (r) => [`Confirm: {v}`, `https://clinic.co/c/${pick(r, ['a', 'X', 'k'])}${int(r, 1, 9)}${alnum(r, 1).toLowerCase()}${pick(r, ['Q', 'z'])}${int(r, 1, 9)}${pick(r, ['b', 'T'])}`],
    (r) => [`Reset link {v} expires in 24h.`, `https://portal.clinic.org/reset?token=${alnum(r, 24).toLowerCase()}`],
  ],
  ip: [
    (r) => [`Login from new device at {v}.`, `${int(r, 11, 223)}.${int(r, 0, 255)}.${int(r, 0, 255)}.${int(r, 1, 254)}`],
    (r) => [`Device IP {v} registered.`, `2001:db8:${int(r, 1, 9999).toString(16)}::${int(r, 1, 255).toString(16)}`],
  ],
  ssn: [
    (r) => [`SSN on file: {v}. Please verify.`, ssn(r)],
    (r) => [`We need your social security number {v} confirmed.`, ssn(r)],
    (r) => [`Your SSN is {v}`, digits(r, 0) + pad(int(r, 1, 665), 3) + pad(int(r, 1, 99)) + pad(int(r, 1, 9999), 4)],
    (r) => [`${pick(r, FIRST)} {v} for billing`, ssn(r)],
  ],
  mrn: [
    (r) => [`MRN: {v}. Bring your ID.`, digits(r, int(r, 6, 10))],
    (r) => [`Patient ID {v} checked in.`, `${pick(r, ['', 'A', 'JD-', 'RS'])}${digits(r, int(r, 5, 8))}`],
    (r) => [`Medical record number {v} updated.`, `${digits(r, 2)}-${digits(r, 3)}-${digits(r, 3)}`],
    (r) => [`MR# {v}`, digits(r, 7)],
  ],
  health_plan_id: [
    (r) => [`Member ID: {v}. Group # ${digits(r, 5)} on file.`, `${pick(r, ['XJ', 'W', 'ZGP', ''])}${digits(r, 9)}`],
    (r) => [`Your Medicaid ID {v} is active.`, digits(r, int(r, 8, 12))],
    (r) => [`Subscriber # {v}`, `${alnum(r, 3)}${digits(r, 6)}`],
    (r) => [`Policy number: {v}`, `H${digits(r, 4)}-${digits(r, 4)}`],
  ],
  mbi: [
    (r) => [`Medicare number {v} verified.`, mbi(r)],
    (r) => [`MBI {v}`, mbi(r)],
  ],
  account: [
    (r) => [`Payment posted to acct # {v}.`, `${digits(r, 5)}-${digits(r, 4)}`],
    (r) => [`Account ending in {v} was charged.`, digits(r, 4)],
    (r) => [`Patient account number {v}`, digits(r, int(r, 6, 10))],
  ],
  card: [
    (r) => [`Card {v} was declined.`, card(r)],
    (r) => [`Paid with {v} exp ${int(r, 1, 12)}/${int(r, 25, 30)}.`, card(r)],
  ],
  license: [
    (r) => [`Prescriber DEA {v}.`, dea(r)],
    (r) => [`Provider NPI {v}`, npi(r)],
    (r) => [`Referral from provider {v}.`, npi(r)],
    (r) => [`Driver's license # {v} on file.`, `${pick(r, ['D', 'S', 'F'])}${digits(r, 7)}`],
    (r) => [`DL: {v}`, `${pick(r, ['A', 'B'])}${digits(r, 8)}`],
  ],
  vin: [
    (r) => [`Vehicle VIN {v} for parking permit.`, vin(r)],
    (r) => [`Your car {v} is in the lot.`, vin(r)],
  ],
  device_id: [
    (r) => [`Your phone IMEI {v} is registered.`, luhnComplete(r, pick(r, ['35', '86', '01']), 15)],
    (r) => [`Pacemaker serial {v} checked.`, `${alnum(r, 3)}${digits(r, 6)}`],
    (r) => [`S/N: {v}`, `PX${digits(r, 5)}-${pick(r, ['A', 'B'])}`],
  ],
  address: [
    (r) => [`Home visit at {v} on ${shortDate(r)}.`, `${int(r, 1, 9999)} ${pick(r, STREETS)} ${pick(r, SUFFIXES)}`],
    (r) => [`Deliver supplies to {v}, please.`, `${int(r, 1, 999)} ${pick(r, STREETS)} ${pick(r, SUFFIXES)}, Apt ${int(r, 1, 30)}${pick(r, ['A', 'B', ''])}`],
    (r) => [`Mail to {v}`, `PO Box ${int(r, 1, 99999)}`],
    (r) => [`Patient moved to {v}.`, `${int(r, 10, 9999)} ${pick(r, ['N', 'S', 'E', 'W'])} ${pick(r, STREETS)} ${pick(r, SUFFIXES)}`],
  ],
  zip: [
    (r) => {
      const [city, st] = pick(r, CITIES);
      return [`Lives in ${city}, ${st} {v}.`, pick(r, [digits(r, 5), `${digits(r, 5)}-${digits(r, 4)}`])];
    },
    (r) => [`ZIP code {v} on file.`, digits(r, 5)],
    (r) => [`zip+4 {v}`, `${digits(r, 5)}-${digits(r, 4)}`],
  ],
  date: [
    (r) => [`DOB: {v}. Please confirm.`, dob(r)],
    (r) => [`Patient born {v} needs a recall visit.`, dob(r)],
    (r) => [`${pick(r, FIRST)} was admitted on {v}.`, dob(r)],
    (r) => [`Discharged {v}; follow up in 2 weeks.`, dob(r)],
    (r) => [`Date of death {v} recorded.`, dob(r)],
    (r) => [`Date of birth {v}`, dob(r)],
  ],
  age: [
    (r) => [`{v} with a fall at home.`, `${int(r, 90, 104)} y/o ${pick(r, ['F', 'M'])}`],
    (r) => [`Patient {v}, needs a ride.`, `age ${int(r, 90, 104)}`],
    (r) => [`Happy {v} from all of us!`, `${int(r, 90, 104)}th birthday`],
    (r) => [`Your {v} mother is stable.`, `${int(r, 90, 104)}-year-old`],
    (r) => [`Bed 4 {v} resting.`, `(${int(r, 90, 104)}${pick(r, ['F', 'M'])})`],
    (r) => [`Resident {v} attends today.`, `aged ${int(r, 90, 104)}`],
  ],
  name: [],
};

// ---------------------------------------------------------------- disguises

const ZW = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'];
const CYRILLIC: Record<string, string> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', A: 'А', B: 'В', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х', I: 'І', S: 'Ѕ' };

/** A disguise applied to the whole message; returns the new text and maps each old index to the new one. */
function disguise(r: R, text: string): { text: string; map: number[] } {
  const kind = int(r, 0, 3);
  let out = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    map.push(out.length);
    if (kind === 0 && ch >= '0' && ch <= '9') out += String.fromCharCode(0xff10 + Number(ch));
    else if (kind === 1 && i > 0 && r() < 0.3) out += pick(r, ZW) + ch;
    else if (kind === 2 && CYRILLIC[ch] !== undefined && r() < 0.5) out += CYRILLIC[ch];
    else if (kind === 3 && ch >= '0' && ch <= '9') out += String.fromCharCode(0x660 + Number(ch));
    else out += ch;
  }
  map.push(out.length);
  return { text: out, map };
}

function spacedOut(value: string): string {
  return value.split('').join(' ');
}

export interface CorpusOptions {
  seed?: number;
  benign?: number;
  /** PHI messages per identifier category. */
  perCategory?: number;
  /** Share of PHI messages disguised. */
  disguised?: number;
}

export function generateCorpus(opts: CorpusOptions = {}): { benign: CorpusMessage[]; phi: CorpusMessage[] } {
  const r = rng(opts.seed ?? 42);
  const benign: CorpusMessage[] = [];
  for (let i = 0; i < (opts.benign ?? 2000); i++) benign.push({ text: pick(r, BENIGN)(r), labels: [] });
  const phi: CorpusMessage[] = [];
  for (const [category, makers] of Object.entries(PHI) as [IdentifierCategory, Make[]][]) {
    if (makers.length === 0) continue;
    for (let i = 0; i < (opts.perCategory ?? 200); i++) {
      const [template, raw] = pick(r, makers)(r);
      const value = category === 'ssn' && r() < 0.1 ? spacedOut(raw) : raw;
      const at = template.indexOf('{v}');
      let text = template.replace('{v}', value);
      let start = at;
      let end = at + value.length;
      if (r() < (opts.disguised ?? 0.15)) {
        const d = disguise(r, text);
        text = d.text;
        start = d.map[start];
        end = d.map[end];
      }
      phi.push({ text, labels: [{ category, start, end }] });
    }
  }
  return { benign, phi };
}
