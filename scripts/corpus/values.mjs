// Identifier values. Each generator takes the rng and returns a plain string; templates decide the label.
import { deaCheckDigit, luhnCheckDigit, MBI_LETTERS, MBI_SHAPE, npiCheckDigit, ssnValid, vinCheckDigit } from './checksums.mjs';

const AREA_CODES = [
  '617', '312', '213', '404', '718', '646', '305', '512', '206', '503', '702', '214', '602', '415', '808', '907',
  '313', '216', '414', '612', '901', '504', '919', '704', '215', '412', '973', '347', '832', '469', '786', '720',
];

export function phoneDigits(r) {
  let exchange;
  do exchange = String(r.int(2, 9)) + r.digits(2);
  while (exchange.endsWith('11'));
  return r.pick(AREA_CODES) + exchange + r.digits(4);
}

/** Formats a 10-digit NANP number the many ways people type them. */
export function formatPhone(r, d) {
  const [a, e, l] = [d.slice(0, 3), d.slice(3, 6), d.slice(6)];
  return r.pick([
    `(${a}) ${e}-${l}`, `${a}-${e}-${l}`, `${a}.${e}.${l}`, `${a}${e}${l}`, `+1 ${a} ${e} ${l}`, `+1${a}${e}${l}`,
    `1-${a}-${e}-${l}`, `${a} ${e} ${l}`, `(${a})${e}-${l}`,
  ]);
}

export const phone = (r) => formatPhone(r, phoneDigits(r));

export function ssn(r) {
  let a, g, s;
  do [a, g, s] = [r.digits(3), r.digits(2), r.digits(4)];
  while (!ssnValid(a, g, s));
  return r.pick([`${a}-${g}-${s}`, `${a}-${g}-${s}`, `${a} ${g} ${s}`, `${a}${g}${s}`]);
}

const ascii = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[^A-Za-z]/g, '').toLowerCase();
const MAIL_DOMAINS = ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'hotmail.com', 'aol.com', 'comcast.net', 'proton.me', 'att.net', 'ymail.com'];

export function email(r, person) {
  const f = ascii(person.given);
  const l = ascii(person.family);
  const local = r.pick([`${f}.${l}`, `${f}${l}${r.int(1, 99)}`, `${f[0]}${l}`, `${l}.${f}${r.int(40, 99)}`, `${f}_${l}`, `${f}${r.int(1950, 2005)}`]);
  return `${local}@${r.pick(MAIL_DOMAINS)}`;
}

const ID_CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
export const linkToken = (r, n = r.int(6, 10)) => {
  let t;
  do t = r.letters(n, ID_CHARS);
  while (!/\d/.test(t) || !/[A-Za-z]/.test(t));
  return t;
};

export function ipv4(r) {
  // Residential / mobile ranges; avoid 10/8, 127/8 and multicast so it reads as a patient's address.
  let first;
  do first = r.int(23, 223);
  while (first === 127 || first === 100);
  return `${first}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}

export function ipv6(r) {
  const h = () => r.int(0, 0xffff).toString(16);
  return `2601:${h()}:${h()}:${h()}::${h()}`;
}

export const privateIp = (r) => `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(2, 254)}`;

export function mrn(r) {
  return r.pick([
    () => r.digits(8), () => '00' + r.digits(6), () => 'E' + r.digits(7), () => 'MR' + r.digits(6), () => r.digits(7),
    () => `${r.digits(3)}-${r.digits(2)}-${r.digits(2)}`, () => 'A' + r.digits(7), () => `${r.int(10, 99)}-${r.digits(6)}`,
  ])();
}

export function healthPlanId(r) {
  return r.pick([
    () => r.letters(3) + r.digits(9), () => 'W' + r.digits(9), () => r.digits(9) + '-0' + r.int(1, 4), () => r.digits(8) + r.letters(1),
    () => r.letters(3) + r.digits(7), () => 'U' + r.digits(8) + '01', () => 'H' + r.digits(8), () => r.letters(2) + r.digits(6) + r.letters(1),
  ])();
}

export const groupNumber = (r) => r.pick([() => r.digits(7), () => `${r.digits(4)}-${r.digits(2)}`, () => 'G' + r.digits(6)])();

export function mbi(r) {
  let out = '';
  for (const slot of MBI_SHAPE) {
    if (slot === 'C') out += String(r.int(1, 9));
    else if (slot === 'N') out += r.digits(1);
    else if (slot === 'A') out += r.letters(1, MBI_LETTERS);
    else out += r.chance(0.5) ? r.digits(1) : r.letters(1, MBI_LETTERS);
  }
  return r.chance(0.5) ? `${out.slice(0, 4)}-${out.slice(4, 7)}-${out.slice(7)}` : out;
}

export function account(r) {
  return r.pick([() => r.digits(8), () => `${r.digits(4)}-${r.digits(2)}-${r.digits(3)}`, () => 'ACC' + r.digits(6), () => r.digits(10), () => `${r.digits(3)}${r.letters(2)}${r.digits(5)}`])();
}

export function card(r) {
  const kind = r.pick(['visa', 'visa', 'mc', 'mc2', 'amex', 'disc']);
  const prefix = { visa: '4' + r.digits(5), mc: '5' + r.int(1, 5) + r.digits(4), mc2: '2' + r.int(221, 720) + r.digits(2), amex: r.pick(['34', '37']) + r.digits(4), disc: '6011' + r.digits(2) }[kind];
  const len = kind === 'amex' ? 15 : 16;
  const payload = prefix + r.digits(len - 1 - prefix.length);
  const pan = payload + luhnCheckDigit(payload);
  if (len === 15) return r.chance(0.5) ? `${pan.slice(0, 4)} ${pan.slice(4, 10)} ${pan.slice(10)}` : pan;
  return r.pick([pan, pan.replace(/(\d{4})(?=\d)/g, '$1 '), pan.replace(/(\d{4})(?=\d)/g, '$1-')]);
}

export function npi(r) {
  const nine = String(r.int(1, 2)) + r.digits(8);
  return nine + npiCheckDigit(nine);
}

export function dea(r, surnameInitial) {
  const six = r.digits(6);
  return r.pick(['A', 'B', 'F', 'G', 'M']) + (surnameInitial ?? r.letters(1)) + six + deaCheckDigit(six);
}

export function driversLicense(r) {
  return r.pick([
    () => r.letters(1) + r.digits(7), // CA
    () => `${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`, // NY
    () => `${r.letters(1)}${r.digits(3)}-${r.digits(3)}-${r.digits(2)}-${r.digits(3)}-${r.digits(1)}`, // FL
    () => r.digits(8), // TX
    () => `${r.letters(1)}${r.digits(3)}-${r.digits(4)}-${r.digits(4)}`, // IL
    () => 'WDL' + r.letters(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'), // WA
  ])();
}

const VIN_CHARS = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
const WMI = ['1HG', '1FT', '2T1', '3VW', '5YJ', 'JTD', 'KMH', 'WBA', '1G1', '4T1', '1C4', '5FN', 'JN1', '19X'];
const MODEL_YEAR = 'DEFGHJKLMNPR';

export function vin(r) {
  const body = r.pick(WMI) + r.letters(5, VIN_CHARS) + '0' + r.pick([...MODEL_YEAR]) + r.letters(1, VIN_CHARS) + r.digits(6);
  return body.slice(0, 8) + vinCheckDigit(body) + body.slice(9);
}

const TACS = ['35209900', '35391110', '86753104', '35875406', '01332700', '35328811', '99001234', '35925406'];
export function imei(r) {
  const payload = r.pick(TACS) + r.digits(6);
  const full = payload + luhnCheckDigit(payload);
  return r.chance(0.3) ? `${full.slice(0, 2)}-${full.slice(2, 8)}-${full.slice(8, 14)}-${full.slice(14)}` : full;
}

export function deviceSerial(r) {
  return r.pick([
    () => 'PJN' + r.digits(6) + 'H', () => 'NWR' + r.digits(6) + 'S', () => r.digits(4) + r.letters(2) + r.digits(4),
    () => `HA-${r.digits(4)}-${r.digits(5)}`, () => r.digits(1) + r.letters(2, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') + r.letters(3, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'),
    () => 'PMP' + r.digits(7) + r.letters(1), () => 'SN' + r.digits(9),
  ])();
}

const STREETS = [
  'Birch', 'Maple', 'Fullerton', 'Kedzie', 'Peachtree', 'Magnolia', 'Sunset', 'Juniper', 'Old Mill', 'Kingsbury', 'Halsted',
  'Ashland', 'Rosewood', 'Orchard', 'Lakeview', 'Cottonwood', 'Sycamore', 'Elm Grove', 'Bayview', 'Chestnut', 'Wabash',
  'Dorchester', 'Pulaski', 'Alvarado', 'Mission', 'Valencia', 'Cherokee', 'Tremont', 'Shelby', 'Bishop', 'Quarry', 'Harmon',
  'Linden', 'Wexford', 'Pinecrest', 'Greenbriar', 'Hollister', 'Calumet', 'Delmar', 'Fairmount', 'Jasper', 'Marigold',
];
const STREET_TYPES = ['St', 'Street', 'Ave', 'Avenue', 'Ln', 'Rd', 'Road', 'Dr', 'Blvd', 'Ct', 'Way', 'Pl', 'Terrace', 'Cir', 'Pkwy'];
const UNITS = ['Apt 3B', 'Apt 12', 'Unit 4', '#204', 'Apt 1F', 'Lot 17', 'Unit 22C', 'Apt 407', 'Fl 2'];

export function streetAddress(r) {
  const dir = r.chance(0.25) ? r.pick(['N ', 'S ', 'E ', 'W ', 'NE ', 'SW ']) : '';
  const num = r.chance(0.15) ? String(r.int(1, 99)) : String(r.int(100, 12999));
  const unit = r.chance(0.3) ? (r.chance(0.5) ? ', ' : ' ') + r.pick(UNITS) : '';
  return `${num} ${dir}${r.pick(STREETS)} ${r.pick(STREET_TYPES)}${unit}`;
}

const ZIP_PREFIXES = ['021', '606', '900', '303', '112', '100', '331', '787', '981', '972', '891', '752', '850', '941', '967', '482', '441', '532', '554', '381', '701', '275', '282', '191', '152'];
export const zip = (r) => zipIn(r, r.pick(ZIP_PREFIXES));

/** City and the first three digits of its ZIP codes, so an address line reads true. */
export const CITY_ZIPS = [
  ['Chicago, IL', '606'], ['Boston, MA', '021'], ['Atlanta, GA', '303'], ['Houston, TX', '770'], ['Dallas, TX', '752'],
  ['Phoenix, AZ', '850'], ['Seattle, WA', '981'], ['Queens, NY', '113'], ['Miami, FL', '331'], ['Cleveland, OH', '441'],
  ['Memphis, TN', '381'], ['Raleigh, NC', '276'], ['Oakland, CA', '946'], ['Detroit, MI', '482'], ['Honolulu, HI', '968'],
];
export const zipIn = (r, prefix) => prefix + r.digits(2) + (r.chance(0.2) ? '-' + r.digits(4) : '');

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const pad = (n) => String(n).padStart(2, '0');

/** A calendar date in one of many written forms. `withYear` false gives "3/14" or "Mar 14". */
export function dateText(r, { from = 1925, to = 2015, withYear = true } = {}) {
  const y = r.int(from, to);
  const m = r.int(1, 12);
  const d = r.int(1, 28);
  const mon = MONTHS[m - 1];
  if (!withYear) return r.pick([`${m}/${d}`, `${pad(m)}/${pad(d)}`, `${mon.slice(0, 3)} ${d}`, `${mon} ${d}`, `${d} ${mon.slice(0, 3)}`]);
  return r.pick([
    `${pad(m)}/${pad(d)}/${y}`, `${m}/${d}/${y}`, `${m}/${d}/${String(y).slice(2)}`, `${y}-${pad(m)}-${pad(d)}`,
    `${mon.slice(0, 3)} ${d}, ${y}`, `${mon} ${d}, ${y}`, `${d} ${mon} ${y}`, `${pad(d)}-${mon.slice(0, 3)}-${y}`, `${pad(m)}-${pad(d)}-${y}`,
    `${mon.slice(0, 3)}. ${d} ${y}`,
  ]);
}

export const recentDate = (r, withYear = r.chance(0.6)) => dateText(r, { from: 2023, to: 2025, withYear });
export const dob = (r) => dateText(r, { from: 1926, to: 2016 });
export const ageOver89 = (r) => r.int(90, 104);

/** Area codes used with the fictional 555-01xx range. */
export const AREA_CODES_FOR_FICTION = ['212', '312', '617', '415', '305'];
