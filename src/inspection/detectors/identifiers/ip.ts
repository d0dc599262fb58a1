// IP addresses: dotted IPv4 (not when labelled a version: "v1.2.3.4") and IPv6 (validated by node:net).
import { isIPv6 } from 'node:net';
import { Label } from './context.js';
import { factsOf, viewDetector } from './scan.js';

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`(?<![\\w.])${OCTET}(?:\\.${OCTET}){3}(?![\\w]|\\.\\d)`, 'g');
const IPV6 = /(?<![\w:.])(?:[0-9a-f]{0,4}:){2,7}(?:[0-9a-f]{0,4}|\d{1,3}(?:\.\d{1,3}){3})(?![\w:])/gi;
const VERSION_LABEL = new Label('v|ver|version|build|release|ios|android|app|update|firmware|fw|software|sw', 'is|number|no', 1);

export const ipDetector = viewDetector('ip', (text, lower, emit) => {
  let m: RegExpExecArray | null;
  const facts = factsOf(text);
  if (facts.dots >= 3 && facts.digits >= 4) {
    IPV4.lastIndex = 0;
    while ((m = IPV4.exec(text)) !== null) {
      if (VERSION_LABEL.before(lower, m.index)) continue;
      emit('ip', m.index, m.index + m[0].length);
    }
  }
  if (facts.colons >= 5 || (facts.colons >= 2 && text.includes('::'))) {
    IPV6.lastIndex = 0;
    while ((m = IPV6.exec(text)) !== null) {
      const v = m[0];
      // Times and ratios ("10:30:00", "12::30") are decimal and short: require a hex letter or 3+ groups.
      const groups = (v.match(/[0-9a-f]+/gi) ?? []).length;
      if (!isIPv6(v) || groups < 2 || !(/[a-f]/i.test(v) || groups >= 3)) continue;
      emit('ip', m.index, m.index + v.length);
    }
  }
});

