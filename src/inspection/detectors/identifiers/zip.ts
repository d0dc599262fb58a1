// ZIP codes tied to a place: after a state ("Springfield, IL 62704", "Illinois 62704"), after "zip"/"postal
// code", and ZIP+4 anywhere a label does not say it is something else. A bare 5-digit number is not a ZIP.
import { eachKeywordValue, ID_LABEL } from './context.js';
import { allowedStreetKeys } from './address-allow.js';
import { factsOf, viewDetector } from './scan.js';

const STATES =
  'AL|AK|AZ|AR|CA|CO|CT|DC|FL|GA|IA|IL|KS|KY|LA|MA|MI|MN|MO|MS|MT|NC|ND|NE|NH|NJ|NM|NV|NY|OH|PR|RI|SC|SD|TN|TX|UT|VA|VI|VT|WA|WI|WV|WY|GU|AS|MP';
// Two-letter states that are also words or titles ("OK", "IN", "HI", "ME", "OR", "MD", "PA", "DE", "ID"):
// only after "City, " or a title-case city ("Portland OR 97201"), not after a command ("Reply OK 55555").
const AMBIGUOUS = 'IN|ME|OK|HI|OR|MD|PA|DE|ID';
const STATE_NAMES =
  'alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming|puerto rico';
const ZIP = String.raw`\d{5}(?:-\d{4})?(?![\w\-])`;
const AFTER_STATE = new RegExp(
  String.raw`(?:\b(?:${STATES})|[A-Za-z],\s{0,2}(?:${AMBIGUOUS})|\b(?!(?:Reply|Text|Send|Call|Press|Dial|Enter|Say|Type)\b)[A-Z][a-z]{2,}\s(?:${AMBIGUOUS}))\.?,?\s{1,3}(${ZIP})`,
  'g',
);
const AFTER_STATE_NAME = new RegExp(String.raw`\b(?:${STATE_NAMES}),?\s{1,3}(${ZIP})`, 'g');
const KEYWORD = /\b(?:zip|zip code|zipcode|zip\+4|postal code|postcode|postal)(?!(?<=[a-z])[a-z])/g;
const VALUE = new RegExp(ZIP, 'y');
const ZIP4 = /(?<![\w\-.$])\d{5}-\d{4}(?![\w\-])/g;

export const zipDetector = viewDetector('zip', (text, lower, emit, ctx) => {
  const allowed = allowedStreetKeys(ctx);
  const own = (at: number): boolean => allowed.length > 0 && allowed.some((k) => lower.lastIndexOf(k, at) >= Math.max(0, at - 64));
  if (factsOf(text).digitRun < 5) return;
  let m: RegExpExecArray | null;
  AFTER_STATE.lastIndex = 0;
  while ((m = AFTER_STATE.exec(text)) !== null) {
    const start = m.index + m[0].length - m[1].length;
    if (!own(start)) emit('zip', start, start + m[1].length);
  }
  AFTER_STATE_NAME.lastIndex = 0;
  while ((m = AFTER_STATE_NAME.exec(lower)) !== null) {
    const start = m.index + m[0].length - m[1].length;
    if (!own(start)) emit('zip', start, start + m[1].length);
  }
  if (lower.includes('zip') || lower.includes('post')) {
    eachKeywordValue(lower, text, KEYWORD, VALUE, (start, end) => emit('zip', start, end));
  }
  if (text.includes('-')) {
    ZIP4.lastIndex = 0;
    while ((m = ZIP4.exec(text)) !== null) {
      if (!ID_LABEL.before(lower, m.index) && !own(m.index)) emit('zip', m.index, m.index + 10);
    }
  }
});
