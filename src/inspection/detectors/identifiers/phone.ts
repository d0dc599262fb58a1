// Phone and fax numbers: NANP in its usual spellings, E.164 with "+", and 7-digit local numbers when a
// phone word precedes them. The sender's own callback numbers (DetectContext.callbackAllowList) are not PHI.
// A bare 10-digit run is a phone only when no label says it is an order, code or other id. Toll-free numbers
// (800, 833, 844, 855, 866, 877, 888) belong to organisations, never to a person, and are not reported.
import type { DetectContext } from '../../types.js';
import { ID_LABEL, PHONE_WORD } from './context.js';
import { digitsOf, factsOf, viewDetector } from './scan.js';

// The area code may be set off by a slash too ("216/306-7378"), as forms and older directories write it.
const NANP =
  /(?<![\w+@/=#])(?<!\d[\s.\-])(\+?1[\s.\-]{0,3})?(\(\d{3}\)|\d{3})([\s.\-]{0,3}|\/)\d{3}([\s.\-]{0,3})\d{4}(?![\w@])(?![\s.\-]\d)/g;
const E164 = /(?<![\w+@/=])\+[2-9][\d\s.\-()]{6,20}\d(?![\w@])/g;
const LOCAL = /(?<![\w+@/=.\-])[2-9]\d{2}[\-. ]\d{4}(?![\w@])(?![\-. ]\d)/g;
const TOLL_FREE = new Set(['800', '833', '844', '855', '866', '877', '888']);

function allowed(ctx: DetectContext, national: string): boolean {
  const list = ctx.callbackAllowList;
  return list.size > 0 && (list.has(national) || list.has('1' + national));
}

function allowedLocal(ctx: DetectContext, seven: string): boolean {
  for (const n of ctx.callbackAllowList) if (n.endsWith(seven)) return true;
  return false;
}

export const phoneDetector = viewDetector('phone', (text, lower, emit, ctx) => {
  const facts = factsOf(text);
  if (facts.digits < 7 || facts.digitRun < 3) return;
  NANP.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NANP.exec(text)) !== null) {
    const digits = digitsOf(m[0]);
    const national = digits.length === 11 ? digits.slice(1) : digits;
    if (national.length !== 10) continue;
    const bare = /^\+?\d+$/.test(m[0]);
    if (bare) {
      // A bare run is a phone when it could be one (area codes start 2-9) and no label calls it an order,
      // a code or another id. Formatted numbers are phones even when made up ("(555) 123-4567").
      if (national[0] < '2') continue;
      if (ID_LABEL.before(lower, m.index)) continue;
    } else {
      // Formatted: both groups separated (or the area code in parentheses), "1" prefix set off too.
      const parens = m[2].length === 5;
      // A slash also writes ratios and fractions: after one, only a valid area code and exchange.
      if (m[3] === '/' && (national[0] < '2' || national[3] < '2')) continue;
      if (!parens && (m[3] === '') !== (m[4] === '')) continue;
      if (m[4] === '' && !parens) continue;
      if (m[1] !== undefined && m[1] === '1') continue;
    }
    if (TOLL_FREE.has(national.slice(0, 3)) || allowed(ctx, national)) continue;
    emit('phone', m.index, m.index + m[0].length);
  }
  if (text.includes('+')) {
    E164.lastIndex = 0;
    while ((m = E164.exec(text)) !== null) {
      const digits = digitsOf(m[0]);
      if (digits.length < 8 || digits.length > 15) continue;
      if (ctx.callbackAllowList.has(digits)) continue;
      emit('phone', m.index, m.index + m[0].length);
    }
  }
  // Seven digits after a phone word ("cell: 555 1234", "call 555-1234").
  LOCAL.lastIndex = 0;
  while ((m = LOCAL.exec(text)) !== null) {
    if (!PHONE_WORD.before(lower, m.index)) continue;
    if (allowedLocal(ctx, digitsOf(m[0]))) continue;
    emit('phone', m.index, m.index + m[0].length);
  }
});
