// Device identifiers: IMEI (15 digits, Luhn; anywhere with a common reporting-body prefix, else after a
// label), MEID, MAC addresses, GS1 UDI device identifiers "(01)" + 14 digits, and serial numbers after
// their label ("S/N", "serial #", "device ID").
import { eachKeywordValue, ID_LABEL, Label } from './context.js';
import { luhnValid } from './checks/luhn.js';
import { idValueOk } from './id-value.js';
import { digitsOf, factsOf, viewDetector } from './scan.js';
import { hasKeyword } from './keywords.js';

const IMEI = /(?<![\w\-.])\d{2}[ \-]?\d{6}[ \-]?\d{6}[ \-]?\d(?![\w\-]|\.\d)/g;
const IMEI_LABEL = new Label('imei|imeisv|meid|device|phone|handset|serial', 'id|number|num|no|is');
const IMEI_PREFIXES = new Set(['01', '35', '86', '99', '30', '33', '44', '45', '49', '50', '51', '52', '53', '54', '98']);
const MAC = /(?<![\w:\-])[0-9a-f]{2}([:\-])[0-9a-f]{2}(?:\1[0-9a-f]{2}){4}(?![\w:\-])/gi;
const UDI = /\(01\) ?\d{14}/g;
const KEYWORD =
  /\b(?:s\/n|sn|serial|serial number|serial no|ser no|device(?: id| identifier| serial| number| #)|imei|imeisv|meid|esn|udi|mac address|model\/serial|pacemaker|implant|defibrillator|pump|cgm|transmitter|hearing aid)(?: ?(?:#|number|num|no|id)(?!(?<=[a-z])[a-z]))?(?!(?<=[a-z])[a-z])/g;
const VALUE = /[A-Za-z0-9][A-Za-z0-9\-]{3,29}(?![\w\-])/y;

export const deviceIdDetector = viewDetector('device_id', (text, lower, emit) => {
  const facts = factsOf(text);
  const digits = facts.digits;
  let m: RegExpExecArray | null;
  if (digits >= 15 && facts.digitRun >= 6) {
    IMEI.lastIndex = 0;
    while ((m = IMEI.exec(text)) !== null) {
      const d = digitsOf(m[0]);
      if (!luhnValid(d)) continue;
      const labelled = IMEI_LABEL.before(lower, m.index);
      if (!labelled && (!IMEI_PREFIXES.has(d.slice(0, 2)) || ID_LABEL.before(lower, m.index))) continue;
      emit('device_id', m.index, m.index + m[0].length);
    }
    if (text.includes('(01)')) {
      UDI.lastIndex = 0;
      while ((m = UDI.exec(text)) !== null) emit('device_id', m.index, m.index + m[0].length);
    }
  }
  if (facts.colons >= 5 || facts.dashes >= 5) {
    MAC.lastIndex = 0;
    while ((m = MAC.exec(text)) !== null) emit('device_id', m.index, m.index + m[0].length);
  }
  if (digits < 2 || !hasKeyword(lower, 'device')) return;
  eachKeywordValue(lower, text, KEYWORD, VALUE, (start, end, v) => {
    if (idValueOk(v[0], 2, 5)) emit('device_id', start, end);
  });
});
