// E-mail addresses. Scanned outward from each "@" with bounded loops rather than one regex: a regex over
// "local@domain" backtracks quadratically on long runs of local-part characters.
// Also "name (at) example (dot) com" and "name at gmail dot com" for the big mail providers. Role mailboxes
// ("billing@clinic.org") are an organisation's, like its callback number, and are not reported.
import { viewDetector } from './scan.js';

function isLocalChar(c: number): boolean {
  return (
    (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ||
    c === 46 || c === 95 || c === 37 || c === 43 || c === 45 || c === 39 // . _ % + - '
  );
}
function isDomainChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 45;
}
function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

// Role mailboxes ("billing@", "appointments@", "front.desk@", "no-reply@") belong to an organisation, not a
// person: a local part made only of these words is not a finding.
const ROLE_WORDS = new Set(
  (
    'billing bill bills info information support help helpdesk contact contactus hello hi office frontdesk front desk ' +
    'reception appointments appointment appts appt scheduling schedule booking bookings records medicalrecords health ' +
    'him pharmacy refills refill rx nurse nurses nursing triage careteam care patientcare patient patients services ' +
    'service customerservice customer feedback privacy compliance hr careers jobs admin administrator noreply no reply ' +
    'donotreply do not notifications notification alerts news newsletter marketing media press events volunteer ' +
    'volunteers foundation giving donate referrals referral intake lab labs results radiology imaging portal webmaster ' +
    'postmaster sales accounts payments payment claims benefits enrollment membership members team staff clinic dental ' +
    'telehealth virtual wellness outreach community questions ask inquiries enquiries mail general main dept department ' +
    'line center centre us our the of and research trials studies study registration admissions finance accounting'
  ).split(' '),
);

function roleMailbox(local: string): boolean {
  const words = local.toLowerCase().split(/[._\-+]/);
  for (const w of words) if (w !== '' && !ROLE_WORDS.has(w)) return false;
  return true;
}

const SPELLED =
  /\b[a-z0-9._%+\-]{1,64} ?(?:\(at\)|\[at\]|\{at\}| at ) ?(?:[a-z0-9\-]{1,63} ?(?:\(dot\)|\[dot\]|\{dot\}| dot |\.) ?){1,4}(?:com|org|net|edu|gov|us|io|co|info|biz|me)\b/g;
const PROVIDER = /(?:\(at\)|\[at\]|\{at\})|\bat (?:gmail|yahoo|hotmail|outlook|aol|icloud|comcast|verizon|att|msn|live|protonmail|ymail|sbcglobal|bellsouth|me)\b/;

export const emailDetector = viewDetector('email', (text, lower, emit) => {
  let at = text.indexOf('@');
  let lastEnd = 0;
  while (at >= 0) {
    let s = at;
    while (s > lastEnd && at - s < 64 && isLocalChar(text.charCodeAt(s - 1))) s--;
    while (s < at && text.charCodeAt(s) === 46) s++;
    let e = at + 1;
    while (e < text.length && e - at <= 253 && isDomainChar(text.charCodeAt(e))) e++;
    while (e > at + 1 && (text.charCodeAt(e - 1) === 46 || text.charCodeAt(e - 1) === 45)) e--;
    let dot = e - 1;
    while (dot > at && text.charCodeAt(dot) !== 46) dot--;
    if (s < at && dot > at + 1 && e - dot >= 3 && isLetter(text.charCodeAt(dot + 1)) && isLetter(text.charCodeAt(e - 1))) {
      if (!roleMailbox(text.slice(s, at))) emit('email', s, e);
      lastEnd = e;
    }
    at = text.indexOf('@', Math.max(at + 1, e));
  }
  if (lower.includes('at') && (lower.includes('dot') || lower.includes('.')) && PROVIDER.test(lower)) {
    SPELLED.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = SPELLED.exec(lower)) !== null) {
      if (PROVIDER.test(m[0])) emit('email', m.index, m.index + m[0].length);
    }
  }
});
