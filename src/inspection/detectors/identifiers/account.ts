// Account numbers after their label. Billing and bank accounts ("acct # 00412-8831", "account ending in
// 4821", "a/c 3312990", "IBAN ..."); a hospital's billing and encounter numbers (FIN, HAR, CSN, encounter #,
// visit #); claim numbers ("claim 14346620", "Claim # 01-4126767"); the same labels in Spanish, Portuguese,
// French, Creole, Polish and Vietnamese ("su cuenta 70430-345", "conta 8812-33", "numéro de compte");
// a value written before its label ("10515-558 (account)"); and a case or reference number only when it is
// someone's ("Case 4471-22 for Maria Lopez"), not a support ticket's ("Case 00441287 has been assigned").
import { eachKeywordValue, eachValueBefore } from './context.js';
import { ID_VALUE, idValueOk, phoneShaped } from './id-value.js';
import { listedAfter } from './id-list.js';
import { factsOf, viewDetector, type Emit } from './scan.js';
import { hasKeyword } from './keywords.js';

const SUFFIX = '(?: ?(?:#|number|num|nbr|no|id)(?!(?<=[a-z])[a-z]))';
const FOREIGN =
  '(?:(?:numero|num|no|n)\\.? ?(?:de |da |do )?)?(?:cuenta|conta|compte|konta|kont|tai khoan|so tai khoan)|reclamo|reclamacion|siniestro|sinistro|reclamacao';
const KEYWORD = new RegExp(
  String.raw`\b(?:(?:bank |billing |patient |hospital |guarantor |checking |savings |card |credit card |debit card |statement |self-pay )?(?:account|acct|acc)${SUFFIX}?|` +
    String.raw`a\/c|iban|routing(?: number| no| #)?|aba|(?:fin|har|csn)${SUFFIX}?|(?:encounter|enc|visit|billing|guarantor)${SUFFIX}|encounter|` +
    String.raw`claims?${SUFFIX}?|${FOREIGN}|(?:case|ref|reference|file|docket)${SUFFIX}?)(?!(?<=[a-z])[a-z])`,
  'g',
);
/** Labels that are also words: only the capitals ("FIN", "HAR") stand alone. */
const SHOUTED = /^(?:fin|har)$/;
/** Labels that need a longer value when they stand alone ("claim 2 of 3", "encounter 1"). */
const BARE = /^(?:claims?|encounter|kont|case|ref|reference|file|docket)$/;
/** Labels whose number is someone's only when a person is named next to it. */
const PERSON_TIED = /^(?:case|ref|reference|file|docket)/;
/** After the value: "for Maria Lopez", "re: Mr. Chen" (not "for the Lakers game", "for your records"). */
const PERSON_AFTER = /^[^.!?\n]{0,12}?\b(?:for|re|regarding|of|about)\b:?\s{1,2}(?:(?:mr|mrs|ms|miss|mx|pt|patient)\.?\s{1,2})?(?!(?:the|our|your|a|an|this|that|my)\b)[A-Z][A-Za-z'\-]+/;
/** Labels written after their value: "10515-558 (account)", "14346620 is the claim number". */
const LABEL_AFTER = /\b(?:account|acct|cuenta|conta|claim|fin|har|csn|encounter)(?: ?(?:#|number|no))?(?![a-z])/g;

function valueOk(value: string, bare: boolean): boolean {
  // "ending in 1962": after an account label even a year-shaped value is the number.
  return idValueOk(value, bare ? 5 : 4, 4, !bare) && !phoneShaped(value);
}

function scan(text: string, lower: string, emit: Emit): void {
  eachKeywordValue(lower, text, KEYWORD, ID_VALUE, (start, end, m, k, at) => {
    if (SHOUTED.test(k) && text.slice(at, at + 3) !== k.toUpperCase()) return;
    if (!valueOk(m[0], BARE.test(k))) return;
    if (PERSON_TIED.test(k) && !PERSON_AFTER.test(text.slice(end, end + 64))) return;
    emit('account', start, end);
    for (const [s, e] of listedAfter(text, end, m[0])) emit('account', s, e);
  });
  eachValueBefore(lower, text, LABEL_AFTER, ID_VALUE, (start, end, value) => {
    if (valueOk(value, true)) emit('account', start, end);
  });
}

export const accountDetector = viewDetector('account', (text, lower, emit) => {
  if (factsOf(text).digits < 4 || !hasKeyword(lower, 'account')) return;
  scan(text, lower, emit);
});
