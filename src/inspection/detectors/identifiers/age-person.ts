// Ages set next to the person rather than labelled, as pagers, dispatch and chart notes write them:
// "BEGAY 93F UROSEPSIS", "pt ID Z0044127, 97F, hip fx", "KEALA KAMAKANA 94f", "(M 91)", "Ms. Mamatova 98 not
// eating", "Halvorsen, Solveig 91, hip fx", "Grandpa Leota is ninety-six". A number with a sex letter is
// a temperature after a weather or fever word ("Temps up to 95F") and a place after a room word ("Rm 94F").
import type { Emit } from './scan.js';

const OLD_DIGITS = '(?:9\\d|1[01]\\d)';
const ONES = '(?:one|two|three|four|five|six|seven|eight|nine)';
const OLD_ANY = `(?:${OLD_DIGITS}|ninety(?:[\\s\\-]${ONES})?|(?:one |a )?hundred(?: (?:and )?(?:${ONES}|ten))?)`;

/** "93F", "94f", "104M", "93 F": a sex letter on the number (capital M or F; a lower-case "m" is minutes or metres). */
const WITH_SEX = new RegExp(`(?<![\\w.#/$\\-])(${OLD_DIGITS})\\s?(?:[MF]|f)(?![\\w°'])`, 'g');
const TEMPERATURE_BEFORE = /\b(?:temps?|temperatures?|tmax|tm|t|fever|febrile|afebrile|highs?|lows?|forecast|heat|weather|degrees|oven|water)\b[^.!?\n]{0,14}$/;
const TEMPERATURE_AFTER = /^\s{0,2}(?:°|degrees?|today|tonight|tomorrow|outside|out there|this|and (?:sunny|rain|cloudy|humid))/;
const PLACE_BEFORE =
  /\b(?:room|rm|bed|beds|unit|suite|ste|apt|bay|pod|floor|fl|gate|seat|row|locker|box|lot|exit|bus|route|rte|hwy|ward|level|building|bldg|door|page|pg|channel|aisle|zone|station|ext|grade|size|model|version|v)\.?\s?#?\s{0,2}$/;
/** "(M 91)", "(F, 96)": the sex first. */
const SEX_FIRST = new RegExp(`\\(\\s?[MFmf]\\s?[,/]?\\s?(${OLD_DIGITS})\\s?\\)|(?<![\\w/])[MF]\\s?\\/\\s?(${OLD_DIGITS})(?![\\w/.%])`, 'g');

/** What may not follow a bare number that is an age: a unit, a fraction, a decimal, a time. */
const NOT_AN_AGE = `(?![\\w.%/°:]|\\.\\d|\\s?(?:years?|yrs?)\\s(?:of|celebration|anniversary|since|in|ago|serving|strong)\\b|\\s?(?:%|percent|mg|mcg|ml|units?|u\\b|min|mins|minutes|hours?|hrs?|lbs?|pounds|kg|bpm|beats|degrees|mmhg|days?|weeks?|months?|percentile|points?|pts|over|out of|miles?|mi|km|feet|ft|inches|cm|x\\b|times|tabs?|tablets?|pills?|caps?|ml|cc))`;
const NAME = "[A-Z][A-Za-z'\\-]{1,20}";
const TITLE = '(?:[Mm]r|[Mm]rs|[Mm]s|[Mm]iss|[Mm]x|[Ss]ra?|[Ss]rta|[Dd]o[nñ]a?|[Pp]t|[Pp]atient|[Rr]esident|PT|MR|MRS|MS)';
const KIN = '(?:[Gg]randpa|[Gg]randma|[Gg]randmother|[Gg]randfather|[Mm]om|[Mm]other|[Dd]ad|[Ff]ather|[Uu]ncle|[Aa]unt|[Aa]untie|[Ll]ola|[Ll]olo|[Aa]buel[ao]|[Tt][ií][ao])';
const UNIT_WORD =
  '(?:Room|Rm|Suite|Ste|Bed|Unit|Floor|Gate|Bay|Pod|Ward|Level|Building|Bldg|Exit|Route|Rte|Hwy|Highway|Apt|Lot|Box|Page|Channel|Line|Aisle|Door|Zone|Station|Ext|Step|Grade|Score|Item|Question|Chapter|Section|Table|Interstate|Terminal|Pier|Studio|Area|Sector)';
/** A title and a name, then the number: "Ms. Mamatova 98 not eating", "Pt Wróblewski 96, family ...". */
const AFTER_TITLED_NAME = new RegExp(`\\b${TITLE}\\.?\\s{1,2}(?!${UNIT_WORD}\\b)${NAME}(?:\\s{1,2}${NAME})?,?\\s{1,2}(${OLD_DIGITS})${NOT_AN_AGE}`, 'g');
/** Surname, given name, then the number and a mark: "Halvorsen, Solveig 91, hip fx". */
const AFTER_INVERTED_NAME = new RegExp(`\\b${NAME},\\s{0,2}(?!${UNIT_WORD}\\b)${NAME}\\s{1,2}(${OLD_DIGITS})(?=\\s?(?:[,;)]|yo\\b|y\\/o|y\\b|[MF]\\b|$))`, 'g');
/** A kin word or title, a name, a verb of being: "Grandpa Leota is ninety-six", "Mrs. Ode turns 100". */
const NAME_IS = new RegExp(
  `\\b(?:${KIN}|${TITLE}\\.?)\\s{1,2}${NAME}(?:\\s{1,2}${NAME})?\\s{1,2}(?:is|was|turns|turned|will be|'s)\\s{1,2}(?:now\\s|just\\s|almost\\s|nearly\\s)?(${OLD_ANY})${NOT_AN_AGE}`,
  'g',
);

function each(re: RegExp, text: string, found: (start: number, end: number) => void): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const value = m[1] ?? m[2];
    const start = m.index + m[0].lastIndexOf(value);
    found(start, start + value.length);
  }
}

export function agesByPerson(text: string, lower: string, emit: Emit): void {
  WITH_SEX.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WITH_SEX.exec(text)) !== null) {
    const before = lower.slice(Math.max(0, m.index - 28), m.index);
    const after = lower.slice(m.index + m[0].length, m.index + m[0].length + 20);
    if (TEMPERATURE_BEFORE.test(before) || PLACE_BEFORE.test(before) || TEMPERATURE_AFTER.test(after)) continue;
    emit('age', m.index, m.index + m[0].length);
  }
  if (text.includes('(') || text.includes('/')) each(SEX_FIRST, text, (s, e) => emit('age', s, e));
  each(AFTER_TITLED_NAME, text, (s, e) => emit('age', s, e));
  if (text.includes(',')) each(AFTER_INVERTED_NAME, text, (s, e) => emit('age', s, e));
  each(NAME_IS, text, (s, e) => emit('age', s, e));
}
