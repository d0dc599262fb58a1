// IP addresses: dotted IPv4 (not when labelled a version: "v1.2.3.4") and IPv6 (validated by node:net, letters
// typed for hex digits folded first: "26O1:2fl::3fdO"). An address tied to a person's session is PHI ("sign-in
// from", "Kiosk check-in by X at", "RPM hub ... last seen at"); a server's, in a sentence that names
// infrastructure and nobody's session, is not ("IT notice: server 10.20.0.15 (PACS) rebooting").
import { isIPv6 } from 'node:net';
import { Label, sentenceAround } from './context.js';
import { factsOf, viewDetector } from './scan.js';

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`(?<![\\w.])${OCTET}(?:\\.${OCTET}){3}(?![\\w]|\\.\\d)`, 'g');
const IPV6 = /(?<![\w:.])(?:[0-9a-fol]{0,4}:){2,7}(?:[0-9a-fol]{0,4}|\d{1,3}(?:\.\d{1,3}){3})(?![\w:])/gi;
const VERSION_LABEL = new Label('v|ver|version|build|release|ios|android|app|update|firmware|fw|software|sw', 'is|number|no', 1);
/** Infrastructure named in the sentence before the address. */
const INFRA_BEFORE =
  /\b(?:servers?|gateway|vpn|dns|router|proxy|firewall|subnet|printers?|pacs|endpoint|hostname|host|switch|load balancer|database|db|smtp|ntp|dhcp|ldap|domain controller|access point|nas|storage|backup|cluster|node|it notice|maintenance|outage|downtime)\b/;
/** Someone's session, device or visit in the same sentence. */
const PERSON_SESSION =
  /\b(?:from|by|for|your|you|pt|patient|mr|mrs|ms|hub|kiosk|home|device|sign(?:ed)?[ \-]?in|sign-?ins?|log(?:ged)?[ \-]?in|logins?|session|seen|viewed|uploaded|connection|user|member|account)\b/;


function infrastructure(lower: string, start: number, end: number): boolean {
  const sentence = sentenceAround(lower, start, end, 80, 60);
  return INFRA_BEFORE.test(sentence) && !PERSON_SESSION.test(sentence);
}

export const ipDetector = viewDetector('ip', (text, lower, emit) => {
  let m: RegExpExecArray | null;
  const facts = factsOf(text);
  if (facts.dots >= 3 && facts.digits >= 4) {
    IPV4.lastIndex = 0;
    while ((m = IPV4.exec(text)) !== null) {
      if (VERSION_LABEL.before(lower, m.index) || infrastructure(lower, m.index, m.index + m[0].length)) continue;
      emit('ip', m.index, m.index + m[0].length);
    }
  }
  if (facts.colons >= 5 || (facts.colons >= 2 && text.includes('::'))) {
    IPV6.lastIndex = 0;
    while ((m = IPV6.exec(text)) !== null) {
      const v = m[0].replace(/[oO]/g, '0').replace(/l/g, '1');
      // Times and ratios ("10:30:00", "12::30") are decimal and short: require a hex letter or 3+ groups.
      const groups = (v.match(/[0-9a-f]+/gi) ?? []).length;
      if (!isIPv6(v) || groups < 2 || !(/[a-f]/i.test(v) || groups >= 3)) continue;
      // Typed letters for digits only in an address that has real digits too ("foo:lol::" is not one).
      if (v !== m[0] && (m[0].match(/\d/g) ?? []).length < 4) continue;
      if (infrastructure(lower, m.index, m.index + m[0].length)) continue;
      emit('ip', m.index, m.index + m[0].length);
    }
  }
});
