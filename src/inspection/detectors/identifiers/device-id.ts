// Device identifiers: IMEI (15 digits, Luhn; anywhere with a common reporting-body prefix, else after a
// label), MEID, MAC addresses, GS1 UDI device identifiers "(01)" + 14 digits, and serial numbers after
// their label ("S/N", "serial #", "device ID", "pump SN", "CPAP serial", "transmitter ID").
import { eachKeywordValue, ID_LABEL, Label } from './context.js';
import { luhnValid } from './checks/luhn.js';
import { idValueOk, phoneShaped } from './id-value.js';
import { digitsOf, factsOf, viewDetector } from './scan.js';
import { hasKeyword } from './keywords.js';

const IMEI = /(?<![\w\-.])\d{2}[ \-]?\d{6}[ \-]?\d{6}[ \-]?\d(?![\w\-]|\.\d)/g;
const IMEI_LABEL = new Label('imei|imeisv|meid|device|phone|handset|serial', 'id|number|num|no|is');
const IMEI_PREFIXES = new Set(['01', '35', '86', '99', '30', '33', '44', '45', '49', '50', '51', '52', '53', '54', '98']);
const MAC_LABEL = /\bmac(?: address| addr| id)?(?![a-z])/g;
const MAC = /(?<![\w:\-])[0-9a-f]{2}([:\-])[0-9a-f]{2}(?:\1[0-9a-f]{2}){4}(?![\w:\-])/gi;
const UDI = /\(01\) ?\d{14}/g;
/** Devices whose name alone labels the number after it ("pacemaker PX40231-B"). */
const DEVICES = 'pacemaker|implant|defibrillator|icd|lvad|insulin pump|pump|cgm|transmitter|cpap|bipap|ventilator|concentrator|' +
  'neurostimulator|hearing aid|cochlear implant';
/** Devices that label a number only with "serial"/"ID"/"#" ("meter SN 4471AB", not "monitor 2 weeks"). */
const DEVICES_SUFFIXED = 'sensor|receiver|reader|monitor|meter|glucometer|vent|oximeter|nebulizer|wheelchair|stimulator|' +
  'generator|pdm|handset|tablet|hub|tracker|watch|device|processor|sound processor|speech processor|walker|scooter|power chair|' +
  'hospital bed|patient lift|brace|prosthesis|prosthetic|hearing aids?|holter|loop recorder|feeding pump|infusion pump|' +
  'apnea monitor|bp cuff|scale|tens unit|concentrator|ventilator|headset|dexcom|libre|omnipod|tandem|medtronic';
const KEYWORD = new RegExp(
  String.raw`\b(?:s\/n|sn|serial(?: number| no| #| num)?|ser\.? ?(?:no|#)|device identifier|imei|imeisv|meid|esn|udi(?:-di)?|bluetooth id|` +
    String.raw`model ?(?:\/|and) ?serial|(?:${DEVICES})(?: ?(?:serial|s\/n|sn))?|(?:${DEVICES_SUFFIXED})(?: ?(?:serial|s\/n|sn|id|#|number|no))?)` +
    String.raw`(?: ?(?:#|number|num|no|id)(?!(?<=[a-z])[a-z]))?(?!(?<=[a-z])[a-z])`,
  'g',
);
/**
 * Labels that name the number itself, or a device whose name labels it, after which a mostly-letter serial
 * ("6TSFUD", "pacemaker 3STFJE") still counts.
 */
const STRONG = new RegExp(String.raw`(?:s\/n|sn|serial|ser\.? ?(?:no|#)|imei|imeisv|meid|esn|udi|mac|id|identifier|#|number|num|no|${DEVICES})$`);
const BARE_ID = /\bid(?: ?(?:#|number|no))?(?!(?<=[a-z])[a-z])/g;
const DEVICE_CUE = new RegExp(String.raw`\b(?:${DEVICES}|${DEVICES_SUFFIXED})\b`);
const VALUE = /(?:[A-Z]{1,4}[ .](?=\d))?[A-Za-z0-9][A-Za-z0-9\-]{3,29}(?![\w\-])/y;
/** A MAC address written without separators or in Cisco's dotted groups, after its label. */
const MAC_BARE = /(?:[0-9a-f]{4}\.){2}[0-9a-f]{4}(?![\w.])|[0-9a-f]{12}(?![\w\-])/iy;

/** A device named alone before a number ("wheelchair WC22-401187", "processor 482C10917"): an id-shaped one only. */
const BARE_DEVICE = new RegExp(String.raw`^(?:${DEVICES_SUFFIXED})$`);

/** Letters and digits mixed with five or more digits, or seven digits: a serial, not "monitor 2 weeks". */
function serialShaped(value: string): boolean {
  let digits = 0;
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) >= 48 && value.charCodeAt(i) <= 57) digits++;
  const letters = /[A-Za-z]/.test(value.replace(/^[A-Z]{1,4}[ .]/, ''));
  // Ten or eleven bare digits are a phone number's shape.
  if (!letters && (digits === 10 || digits === 11)) return false;
  return (letters && digits >= 5) || digits >= 7;
}

function serialOk(value: string, strong: boolean): boolean {
  if (phoneShaped(value)) return false;
  if (idValueOk(value, 2, 5)) return true;
  // After "serial"/"S/N" a serial may be nearly all letters; it still needs a digit, and not to be a word.
  return strong && value.length >= 5 && /\d/.test(value) && value !== value.toLowerCase();
}

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
  if (digits < 1 || !hasKeyword(lower, 'device')) return;
  eachKeywordValue(lower, text, KEYWORD, VALUE, (start, end, v, k) => {
    if (BARE_DEVICE.test(k) ? serialShaped(v[0]) && serialOk(v[0], false) : serialOk(v[0], STRONG.test(k))) emit('device_id', start, end);
  });
  // "Pacemaker: Medtronic Azure, ID PZK604321S": a bare "ID" a few words after a device's name.
  if (lower.includes('id')) {
    eachKeywordValue(lower, text, BARE_ID, VALUE, (start, end, v, _k, at) => {
      if (DEVICE_CUE.test(lower.slice(Math.max(0, at - 40), at)) && serialOk(v[0], true)) emit('device_id', start, end);
    });
  }
  if (lower.includes('mac')) {
    eachKeywordValue(lower, text, MAC_LABEL, MAC_BARE, (start, end) => emit('device_id', start, end));
  }
});
