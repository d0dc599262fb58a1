// The ways a calendar date is written in a message: numeric with separators (3/14/1952, 14.03.1952,
// 1952-03-14, "03 14 1952"), run together (03141952, 19520314, 031452), with a month name (Mar 14, 1952;
// 14th of March; 14-Mar-52; March 1952; Mar 14 '52), and spoken ("March fourteenth nineteen fifty-two",
// "the third of May"), and in Spanish and Vietnamese ("3 de marzo de 1952", "ngay 14 thang 3 nam 1952"). Only
// the shape lives here; whether a date is tied to a person is date.ts's call.
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const MONTH_ES = '(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)';
const UNITS = '(?:one|two|three|four|five|six|seven|eight|nine)';
const ORDINAL_UNITS = '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)';
const SPOKEN_DAY =
  `(?:${ORDINAL_UNITS}|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|` +
  `twentieth|twenty[\\s\\-]${ORDINAL_UNITS}|thirtieth|thirty[\\s\\-]first)`;
const TENS = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
const TEENS = '(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)';
/** "nineteen fifty-two", "nineteen oh five", "two thousand three", "twenty twenty-one". */
const SPOKEN_YEAR =
  `(?:(?:nineteen|twenty)[\\s\\-](?:${TENS}(?:[\\s\\-]${UNITS})?|${TEENS}|(?:oh|o)[\\s\\-]${UNITS}|hundred)|` +
  `two thousand(?: and)?(?:[\\s\\-](?:${UNITS}|${TEENS}|twenty(?:[\\s\\-]${UNITS})?))?)`;
const DAY = `(?:\\d{1,2}(?:st|nd|rd|th)?|${SPOKEN_DAY})`;
const YEAR = `(?:\\d{4}|'\\d{2}|${SPOKEN_YEAR})`;

/** Every written form; the capture groups tell date.ts which numeric form matched. */
export const DATE = new RegExp(
  [
    // 3/14/1952, 3-14-52, 3 / 14, 14.03.1952 (group 1: the whole numeric date, group 2: its separator)
    String.raw`(?<![\w/.])((\d{1,2}) ?([/.\-]) ?(\d{1,2})(?: ?\3 ?(\d{4}|\d{2}))?)(?![\w/\-]|\.\d)`,
    // 1952-03-14, 1952/03/14
    String.raw`(?<![\w/.])((?:19|20)\d\d([/.\-])(\d{1,2})\7(\d{1,2}))(?![\w/\-])`,
    // 03 14 1952, 3 14 52
    String.raw`(?<![\w/.:])((\d{1,2}) (\d{1,2}) ((?:19|20)?\d\d))(?![\w/\-:])`,
    // 03141952, 19520314, 031452
    String.raw`(?<![\w\-./])(\d{6}|\d{8})(?![\w\-/]|\.\d)`,
    // Mar 14, 1952; March 14th; Mar. 14 '52; March fourteenth nineteen fifty-two
    String.raw`\b${MONTH}\.?,?\s{1,2}(?:the\s{1,2})?${DAY}\b(?:,?\s{1,2}(?:of\s{1,2})?${YEAR}\b)?`,
    // 14 Mar 1952; 14th of March, 1952; the fourteenth of March
    String.raw`\b${DAY}\s{1,2}(?:of\s{1,2})?${MONTH}\b\.?(?:,?\s{1,2}${YEAR}\b)?`,
    // 14-Mar-1952, 14/Mar/52, Mar-14-1952
    String.raw`\b\d{1,2}[\-/ ]${MONTH}[\-/ ](?:\d{4}|\d{2})\b`,
    String.raw`\b${MONTH}[\-/]\d{1,2}[\-/](?:\d{4}|\d{2})\b`,
    // March 1952, March of 1952, Mar '52
    String.raw`\b${MONTH}\.?,?\s{1,2}(?:of\s{1,2})?(?:\d{4}|'\d{2})\b`,
    // Spanish "3 de marzo de 1952", Vietnamese "ngay 14 thang 3 nam 1952" (accents dropped by normalization)
    String.raw`\b\d{1,2}\s(?:de\s)?${MONTH_ES}\b(?:\s(?:de|del)\s\d{4}\b)?`,
    String.raw`\b(?:ngay\s)?\d{1,2}\sthang\s\d{1,2}\b(?:,?\snam\s\d{4}\b)?`,
  ].join('|'),
  'gi',
);

function monthDay(a: number, b: number): boolean {
  return a >= 1 && b >= 1 && ((a <= 12 && b <= 31) || (b <= 12 && a <= 31));
}

function ymd(y: number, m: number, d: number): boolean {
  return y >= 1890 && y <= 2099 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/** Whether a match of DATE is a real calendar date (numeric forms are checked; named months always are). */
export function plausibleDate(m: RegExpExecArray): boolean {
  if (m[1] !== undefined) {
    // Without a year only "3/14" is a date: "2-3 days" and "1.5" are not.
    if (m[5] === undefined && m[3] !== '/') return false;
    return monthDay(Number(m[2]), Number(m[4]));
  }
  if (m[6] !== undefined) return ymd(Number(m[6].slice(0, 4)), Number(m[8]), Number(m[9]));
  if (m[10] !== undefined) return monthDay(Number(m[11]), Number(m[12]));
  if (m[14] !== undefined) {
    const d = m[14];
    const two = (i: number): number => Number(d.slice(i, i + 2));
    if (d.length === 6) return monthDay(two(0), two(2)); // MMDDYY, DDMMYY
    if (ymd(Number(d.slice(0, 4)), two(4), two(6))) return true; // YYYYMMDD
    const y = Number(d.slice(4));
    return y >= 1890 && y <= 2099 && monthDay(two(0), two(2)); // MMDDYYYY, DDMMYYYY
  }
  return true;
}
