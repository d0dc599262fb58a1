// Account numbers after their label ("acct # 00412-8831", "account ending in 4821", "a/c 3312990").
import { eachKeywordValue } from './context.js';
import { ID_VALUE, idValueOk } from './id-value.js';
import { factsOf, viewDetector } from './scan.js';
import { hasKeyword } from './keywords.js';

const KEYWORD =
  /\b(?:(?:bank |billing |patient |hospital |guarantor |checking |savings |card |credit card |debit card )?(?:account|acct|acc)(?: ?(?:#|number|num|nbr|no|id)(?!(?<=[a-z])[a-z]))?|a\/c|har(?: ?#| number)|iban|routing(?: number| no| #)?|aba)(?!(?<=[a-z])[a-z])/g;

export const accountDetector = viewDetector('account', (text, lower, emit) => {
  if (factsOf(text).digits < 4 || !hasKeyword(lower, 'account')) return;
  eachKeywordValue(lower, text, KEYWORD, ID_VALUE, (start, end, m) => {
    // "ending in 1962": after an account label even a year-shaped value is the number.
    if (idValueOk(m[0], 4, 4, true)) emit('account', start, end);
  });
});
