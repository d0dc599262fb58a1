// Payment card numbers: 13-19 digits (one separator style between groups), a known issuer prefix with a
// length that issuer uses, and a valid Luhn check digit.
import { ID_LABEL } from './context.js';
import { luhnValid } from './checks/luhn.js';
import { digitsOf, factsOf, viewDetector } from './scan.js';

const CANDIDATE = /(?<![\w\-.])\d(?:[ \-]?\d){12,18}(?![\w]|[\-.]\d)/g;

/** Issuer prefixes (ISO/IEC 7812 IIN ranges of the major networks) and the lengths each issues. */
export function issuerKnown(d: string): boolean {
  const n = d.length;
  const p2 = Number(d.slice(0, 2));
  const p3 = Number(d.slice(0, 3));
  const p4 = Number(d.slice(0, 4));
  const p6 = Number(d.slice(0, 6));
  if (d[0] === '4') return n === 13 || n === 16 || n === 19; // Visa
  if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) return n === 16; // Mastercard
  if (p2 === 34 || p2 === 37) return n === 15; // American Express
  if (p4 === 6011 || p2 === 65 || (p3 >= 644 && p3 <= 649) || (p6 >= 622126 && p6 <= 622925)) return n >= 16 && n <= 19; // Discover
  if (p4 >= 3528 && p4 <= 3589) return n >= 16 && n <= 19; // JCB
  if ((p3 >= 300 && p3 <= 305) || p2 === 36 || p2 === 38 || p2 === 39) return n >= 14 && n <= 19; // Diners
  if (p2 === 62) return n >= 16 && n <= 19; // UnionPay
  if (p2 === 50 || (p2 >= 56 && p2 <= 69)) return n >= 13 && n <= 19; // Maestro (12-digit ones look like FedEx numbers)
  return false;
}

function cardOk(raw: string): boolean {
  const d = digitsOf(raw);
  return d.length >= 13 && d.length <= 19 && issuerKnown(d) && luhnValid(d);
}

/**
 * Length of the longest prefix of `raw` that is a card number, or 0. Separated forms must use one
 * separator and groups of 3+ digits ("4111 1111 1111 1111", "3782-822463-10005"); trailing groups may be
 * something else (an expiry or a CVV after the number).
 */
function cardPrefix(raw: string): number {
  if (/^\d+$/.test(raw)) return cardOk(raw) ? raw.length : 0;
  if (raw.includes(' ') && raw.includes('-')) return 0;
  const groups = raw.split(/[ \-]/);
  if (groups[0].length < 3) return 0;
  let end = raw.length;
  for (let k = groups.length; k >= 2; k--) {
    const prefix = raw.slice(0, end);
    if (groups.slice(0, k).every((g) => g.length >= 3) && cardOk(prefix)) return end;
    end -= groups[k - 1].length + 1;
  }
  return 0;
}

/**
 * Whether the candidate's digit groups go on past 20 digits in all ("9400 1000 0000 0000 0000 00", a 22-digit
 * USPS tracking number); a card followed by its CVV or a four-digit expiry stays within 20.
 */
function longerRun(text: string, start: number, end: number): boolean {
  let digits = digitsOf(text.slice(start, end)).length;
  let i = end;
  while (i + 1 < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 45)) {
    let j = i + 1;
    while (j < text.length && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
    if (j === i + 1) break;
    digits += j - i - 1;
    if (digits > 20) return true;
    i = j;
  }
  return false;
}

export const cardDetector = viewDetector('card', (text, lower, emit) => {
  const facts = factsOf(text);
  if (facts.digits < 13 || facts.digitRun < 3) return;
  CANDIDATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CANDIDATE.exec(text)) !== null) {
    // A run after "order", "tracking", ... is that number, whatever its checksum; so is a grouped run that
    // goes on past 20 digits (a 22-digit USPS tracking number in groups of four).
    if (ID_LABEL.before(lower, m.index) || longerRun(text, m.index, m.index + m[0].length)) continue;
    const len = cardPrefix(m[0]);
    if (len > 0) emit('card', m.index, m.index + len);
  }
});
