// Ages over 89 (Safe Harbor keeps ages up to 89; 90 and over must be aggregated): "92 y/o", "age 93",
// "(91F)", "95-year-old", "aged 90", "100th birthday", "in her 90s", "91YOF", "Patient is 94,", "Ruth Kaplan,
// 96, fell".
import { agesByPerson } from './age-person.js';
import { factsOf, viewDetector, type Emit } from './scan.js';

const ONES = '(?:one|two|three|four|five|six|seven|eight|nine)';
const OLD = `(?:9\\d|1[0-2]\\d|ninety(?:[\\s\\-]${ONES})?|(?:one |a )?hundred(?: (?:and )?(?:${ONES}|ten|eleven|twelve))?)`;
/** "Our clinic is 95 years old", "the hospital turned 100": an institution's age, not a person's. */
const INSTITUTION = /\b(?:clinic|hospital|practice|center|centre|company|we|building|organi[sz]ation|church|school|institution|pharmacy|office|program|foundation)(?:'s|\sis|\sare|\swas|\sturns|\sturned|\swill be)?\s(?:now\s|just\s|officially\s)?$/;
/** "Happy 104th birthday to our hospital!": whose birthday, said after it. */
const INSTITUTION_AFTER =
  /^[^.!?\n]{0,16}?\b(?:to|for|of)\s(?:our|the|this)\s(?:[a-z'\-]+\s){0,2}(?:hospital|clinic|practice|center|centre|church|school|company|pharmacy|office|building|organi[sz]ation|program|town|city|parish|team|foundation)\b/;
const AGE = new RegExp(
  [
    String.raw`(?<![\w.])${OLD}\s?-?\s?(?:years?|yrs?|yr|y)\.?\s?-?\s?old\b(?!\s(?:hospital|building|clinic|church|house|home|tradition|company|institution|practice|bridge|tree|school|program|organi[sz]ation|business|brand|firm|landmark|campus)\b)`,
    String.raw`(?<![\w.])${OLD}\s?-?\s?(?:y\/o|y\.o\.?|yo|yoa)(?:[mf]\b|(?![a-z])(?:\s?(?:m|f|male|female)\b)?)`,
    // "92 yrs, fall", "92 y F", "92 years, lives alone": clinical shorthand, not "over 100 years, serving"
    String.raw`(?<![\w.])(?<!\b(?:over|than|for|nearly|almost|about|past|last|in|since|our)\s)${OLD}\s?(?:y|yrs?|years?)(?=\s?(?:m|f|male|female)\b|\s?[,;)]|\s[\-–]\s|\s(?:with|w\/|presenting|who|lives|living)\b)`,
    // "Kaplan (92) found", "DOB 1930 (95)": a bare age in parentheses after a name or a birth date
    String.raw`(?<=[a-z\d]{2}\.?\s)(?<!\b(?:room|rm|suite|ste|floor|unit|bed|page|gate|ext|line|box|lot|step|channel|exit|route|bus|no)\.?\s)\(\s?${OLD}\s?(?:y|yo|y\/o|yrs?)?\s?\)`,
    // Spanish "92 anos", Vietnamese "94 tuoi" (accents dropped)
    // Spanish/Portuguese "92 años/anos", French "92 ans", Italian, German, Polish, Tagalog, Somali, Vietnamese
    // "94 tuoi" (accents dropped), Korean "93세", Chinese "93岁"
    String.raw`(?<![\w.])${OLD}\s(?:anos|ano de edad|ans|anni|jahre|jahren|lat|lata|taong gulang|taon|sano|tuoi)\b|(?<![\w.])${OLD}\s?(?:세|岁|歲)`,
    String.raw`(?<![\w.])${OLD}\s?(?:years?|yrs?)\s(?:of\s)?age\b`,
    String.raw`\b(?:age|aged|ages|turned|turning|turns|now|edad|idade|cumplio|cumple|cumplira|fez|completa)\s?:?\s{0,2}${OLD}(?![\w]|\.\d|\s?(?:\+|and (?:over|older|up|above)|or (?:older|over|above)))`,
    String.raw`\(\s?${OLD}\s?(?:y\/?o)?\s?(?:m|f)\s?\)`,
    // "Patient: 97", "Elderly pt, 95, confused": a person noun, then the number alone.
    String.raw`(?<=\b(?:pt|patient|resident|client)\s?:\s{0,2})${OLD}(?![\w.%/°:]|\.\d|\s?(?:%|mg|mcg|ml|units?|lbs?|kg|bpm|min|minutes|hours?|days?))`,
    String.raw`(?<=\b(?:pt|patient|resident|client|man|woman|male|female|gentleman|lady|mom|mother|dad|father|grandma|grandmother|grandpa|grandfather|husband|wife|member|veteran)\s?,\s{0,2})${OLD}(?=\s?[,;)]|\s(?:with|w\/|who|and|is|was|has|had|presents|lives)\b)`,
    String.raw`\bage\s?\/\s?(?:sex|gender)\s?:?\s{0,2}${OLD}\b`,
    String.raw`(?<![\w./$])${OLD}\s?\/\s?(?:m|f)\b`,
    String.raw`\b(?:pt|patient|resident|client)\.?\s(?:is\s)?(?:a\s)?${OLD}\s?(?:m|f)\b`,
    // "Patient is 94,", "mom is now 101", "she turned 96": a person's age said plainly, not a measurement.
    String.raw`\b(?:pt|patient|resident|client|member|he|she|who|mom|mother|dad|father|grandma|grandmother|grandpa|grandfather|husband|wife)(?:'s|\sis|\swas|\sturns|\sturned|\swill be|'ll be)\s(?:now\s|only\s|just\s|almost\s)?${OLD}(?![\w.%/°]|\.\d|\s?(?:%|percent|mg|mcg|ml|units?|min|minutes|hours?|hrs?|lbs?|pounds|kg|bpm|degrees|mmhg|days?|weeks?|months?|percentile|points?|over|out of|miles?|mi|km|feet|ft|inches|cm)\b)`,
    String.raw`(?<![\w.])${OLD}(?:th|st|nd|rd)\s(?:birthday|bday|b-day)\b`,
    String.raw`\b(?:his|her|their|patient'?s?|pt'?s?)\s(?:early\s|mid\s|mid-|late\s)?${OLD}s\b`,
  ].join('|'),
  'g',
);

/** "EMS: 94M fall", "Pt: 91 F": a capital sex letter after a colon (not "Distance: 100 m"). */
const AFTER_COLON = /[:(]\s{0,2}((?:9\d|1[0-2]\d)\s?[MF])\b/g;

/** An age set off by commas after a name, as news and dispatch write it: "Ruth Kaplan, 96, fell". */
const APPOSITION = /\b[A-Z][a-z'\-]{1,20},\s(9\d|1[01]\d)(?:\s?(?:yo|y\/o|[MF]))?(?=,|\s(?:fell|was|is|has|had|died|passed|lives|needs|with)\b)/g;

/** Where an age could be: a number 90-129 or a spelled "ninety"/"hundred". */
const CANDIDATE = /(?<!\d)(?:9\d|1[0-2]\d)(?!\d)|ninety|hundred/g;
/** How much text around a candidate the patterns see (the longest cue, "grandmother will be now", fits). */
const BEFORE = 48;
const AFTER = 40;

/**
 * AGE (and the ages set next to a person, age-person.ts) runs on windows around the candidates rather than on the whole text: most texts that have a number in
 * the nineties or a hundred-something (a room, a price) have one or two, and the patterns are many.
 * Candidates close together share one window, so a text of nothing but candidates is still scanned once.
 */
function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122);
}

function windowed(text: string, lower: string, emit: Emit): void {
  CANDIDATE.lastIndex = 0;
  let c = CANDIDATE.exec(lower);
  while (c !== null) {
    // Start the window between words, so no pattern sees half a word as its left edge.
    let from = Math.max(0, c.index - BEFORE);
    if (from > 0) {
      const space = lower.indexOf(' ', from);
      from = space >= 0 && space < c.index ? space : c.index;
    }
    let to = Math.min(lower.length, c.index + c[0].length + AFTER);
    while ((c = CANDIDATE.exec(lower)) !== null && c.index < to) to = Math.min(lower.length, c.index + c[0].length + AFTER);
    // End the window between words too: a pattern must not read "CA 94" out of "CA 94111".
    while (to < lower.length && isWordChar(lower.charCodeAt(to))) to++;
    const window = lower.slice(from, to);
    AGE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = AGE.exec(window)) !== null) {
      const start = from + m.index;
      const end = start + m[0].length;
      if (INSTITUTION.test(lower.slice(Math.max(0, start - 32), start)) || INSTITUTION_AFTER.test(lower.slice(end, end + 40))) continue;
      emit('age', start, end);
    }
    agesByPerson(text.slice(from, to), window, (category, start, end) => emit(category, from + start, from + end));
  }
}

export const ageDetector = viewDetector('age', (text, lower, emit) => {
  if (!factsOf(text).oldNumber && !lower.includes('ninety') && !lower.includes('hundred')) return;
  windowed(text, lower, emit);
  let m: RegExpExecArray | null;
  if (text.includes(':') || text.includes('(')) {
    AFTER_COLON.lastIndex = 0;
    while ((m = AFTER_COLON.exec(text)) !== null) {
      const start = m.index + m[0].length - m[1].length;
      emit('age', start, start + m[1].length);
    }
  }
  if (!text.includes(',')) return;
  APPOSITION.lastIndex = 0;
  while ((m = APPOSITION.exec(text)) !== null) {
    const start = m.index + m[0].indexOf(m[1], m[0].indexOf(','));
    emit('age', start, m.index + m[0].length);
  }
});
