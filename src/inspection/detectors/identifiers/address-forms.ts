// Street addresses that are not "number, name, suffix": rural and military boxes ("RR 2 Box 114", "R.R. 2
// Box 72", "HC 64 Box 2230", "PSC 802 Box 74"), houses on numbered routes ("4410 Navajo Rte 9", "W5914 State
// Rd 12", "Indian Rte 77, House 22", "BIA Rte 13, HSE 26", "Navajo Rte 21, Mile 15 House 35"), grid addresses
// ("1250 E 3900 S"), and streets named after their type, as Spanish, Portuguese and French write them
// ("Calle Luna 123", "Rua das Flores, 45", "12 rue de la Paix", "Av. Reforma 222"). A route with no house
// number and no house after it ("closed on Hwy 9") is a road, not an address.
import { hasKeyword } from './keywords.js';

/** A rural route or box: "RR 2 Box 114", "Rural Route 2, Box 274", "HC 64 Box 2230", "PSC 802 Box 74". */
const RURAL_BOX =
  /(?<![\w\-])(?:r\.?\s?r\.?|rural route|rfd|r\.f\.d\.?|hc|hcr|highway contract(?: route)?|star route|psc|cmr|unit)\s{0,2}#?\s{0,2}\d{1,4},?\s{1,3}(?:box|bx)\s{0,2}#?\s{0,2}\d{1,6}(?![\w\-])/gi;

const ROUTE_TYPE =
  String.raw`(?:rte|route|hwy|highway|state (?:rd|road|route|hwy|highway)|county (?:rd|road|route|hwy)|us (?:hwy|highway|route)|farm road|ranch road|fm|cr|sr|rd|road)`;
/** Houses on a route, after it ("Rte 77, House 22") or, for the route itself, before it ("4410 Navajo Rte 9"). */
const HOUSE_AFTER = String.raw`,?\s{1,3}(?:(?:house|hse|home|mile|mi|mp|lot|trlr|space|unit|apt|box|bx|#)\.?\s{0,2}#?\s{0,2}\d{1,6}[A-Za-z]?\b,?\s{0,2}){1,2}`;
const ROUTE = new RegExp(
  String.raw`(?<![\w$#:.,/\-])(?:([NSEW]?\d{1,6}[A-Za-z]?)\s{1,3})?((?:(?:[A-Z][A-Za-z'\-]{1,20}|BIA|US)\s{1,3}){0,2})${ROUTE_TYPE}\.?\s{0,2}#?\s{0,2}\d{1,4}[A-Za-z]?\b((?:${HOUSE_AFTER})?)`,
  'gi',
);
/** Grid addresses: "1250 E 3900 S", "N1234 W5678". */
const GRID = /(?<![\w$#:.,\/\-])\d{1,6}\s{1,2}[NSEW]\.?\s{1,2}\d{1,6}\s{1,2}[NSEW]\b\.?|(?<![\w\-])[NSEW]\d{2,6}\s{1,2}[NSEW]\d{2,6}\b/g;
const NAME = String.raw`(?:[A-Za-zÀ-ɏ][A-Za-zÀ-ɏ'\-]{1,20})`;
/** Streets that lead with their type: "Calle Luna 123", "Av. Reforma 222", "Rua das Flores, 45", "12 rue de la Paix". */
const TYPE_FIRST = new RegExp(
  String.raw`(?<![\w\-])(?:calle|c\/|avenida|av\.?|avda\.?|carrera|cra\.?|camino|paseo|callejon|rua|travessa|estrada|alameda|praca)\s{1,2}${NAME}(?:\s{1,2}${NAME}){0,3},?\s{1,2}(?:(?:#|no\.?|n\.?o)\s{0,2})?\d{1,5}(?:[\-]\d{1,4})?[A-Za-z]?\b` +
    String.raw`|(?<![\w$#:.,/\-])\d{1,5}(?:bis|ter)?,?\s{1,2}(?:rue|avenue|boulevard|bd|chemin|allee|impasse)\s{1,2}(?:(?:de|du|des|la|le|l'|d')\s{0,2}){0,2}[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'\-]{1,20}(?:\s{1,2}[A-Z\u00c0-\u00de][A-Za-z\u00c0-\u024f'\-]{1,20}){0,2}`,
  'gi',
);

const PARTICLE = /^(?:de|del|la|las|los|das|dos|da|do|du|des|le|l'|d')$/i;
const TYPE_WORD = /^(?:calle|c\/|avenida|av\.?|avda\.?|carrera|cra\.?|camino|paseo|callejon|rua|travessa|estrada|alameda|praca|rue|avenue|boulevard|bd|chemin|allee|impasse)$/i;

function namedStreet(address: string): boolean {
  let named = 0;
  for (const word of address.split(/[\s,]+/)) {
    if (word === '' || /\d/.test(word) || PARTICLE.test(word) || TYPE_WORD.test(word) || /^(?:#|no\.?|n\.?o|bis|ter)$/i.test(word)) continue;
    if (!/^[A-Z\u00c0-\u00de]/.test(word)) return false;
    named++;
  }
  return named > 0;
}

function push(re: RegExp, text: string, out: [number, number][], keep?: (m: RegExpExecArray) => boolean): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (keep === undefined || keep(m)) out.push([m.index, m.index + m[0].replace(/[\s,]+$/, '').length]);
    else re.lastIndex = m.index + 1;
  }
}

/** Spans of the addresses above in `text`, by start. */
/** A grid address has a lone compass letter between numbers: a literal-led test, cheap to scan for. */
const GRID_HINT = / [NSEW]\.? /;

export function otherAddressForms(text: string, lower: string): [number, number][] {
  const out: [number, number][] = [];
  if (lower.includes('box') || lower.includes('bx')) push(RURAL_BOX, text, out);
  // The route and street-type words come from the shared keyword pass (keywords.ts): texts without them cost
  // nothing here.
  if (hasKeyword(lower, 'addressForm')) {
    // A route is an address with a house number before it or a house after it; a named route needs a capital.
    push(ROUTE, text, out, (m) => {
      const house = m[1] !== undefined && (m[1].length >= 3 || /[NSEW]/i.test(m[1][0]));
      return (house || m[3] !== '') && (m[2] === '' || /^[A-Z]/.test(m[2]));
    });
    // The street's own name is capitalised ("Calle Luna", "Rua das Flores"): "Estrada está retrasado 20" is a
    // surname in a sentence.
    push(TYPE_FIRST, text, out, (m) => namedStreet(m[0]));
  }
  if (GRID_HINT.test(text)) push(GRID, text, out);
  return out.length > 1 ? out.sort((a, b) => a[0] - b[0]) : out;
}
