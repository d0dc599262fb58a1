// URLs that carry an identifier: a query or fragment parameter named like an id or holding an id-like
// value, or a path segment that looks like an id (digits, a UUID, a random token) or follows an entity word
// ("/patient/88231"). "https://clinic.org/flu" and "?utm_source=sms" are not identifiers.
import { factsOf, viewDetector } from './scan.js';

const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"'`{}|\\^]{1,2048}/gi;
// Any two-letter country domain ("sbc.gu/...", "olfc.org"), and the generic ones clinics and link shorteners use.
const BARE_RE =
  /\b[a-z0-9][a-z0-9\-]{0,62}(?:\.[a-z0-9\-]{1,63}){0,4}\.(?:[a-z]{2}|com|org|net|edu|gov|health|care|info|app|link|biz|clinic|hospital|doctor|dental|pharmacy|site|online|page|pro|live|life|club|xyz|one|network|center|services|help|today|world|website|space|tech|cloud|digital)\/[^\s<>"'`{}|\\^]{1,2048}/gi;
const TRAILING = /[.,;:!?)\]}'"*]+$/;

const SENSITIVE_PARAM =
  /^(?:id|pid|uid|userid|user|username|login|patient|patientid|patient_id|pt|ptid|mrn|member|memberid|member_id|subscriber|name|fname|lname|first|last|firstname|lastname|first_name|last_name|fullname|dob|birth|birthdate|email|mail|e|phone|mobile|cell|tel|ssn|token|tok|t|key|auth|authtoken|access_token|code|session|sessionid|sid|acct|account|appt|appointment|appointmentid|encounter|encounterid|visit|visitid|claim|case|caseid|rx|order|orderid|invite|inviteid|recipient|to|u|p|k|h|hash|sig|signature|ref|r|c|x|z|data|payload)$/;
const ENTITY_SEGMENT =
  /^(?:patient|patients|pt|p|user|users|u|member|members|m|account|accounts|acct|record|records|chart|charts|mrn|id|ids|result|results|r|appt|appointment|appointments|visit|visits|encounter|encounters|invite|invites|i|s|t|c|v|x|profile|profiles|person|people|subscriber|subscribers|claim|claims|case|cases|order|orders|rx|token|auth|confirm|verify|reset|pay|bill|bills|invoice|doc|docs|document|documents|file|files|report|reports|portal)$/i;

/** Sites whose links name public content (videos, apps, posts, maps, public-health pages), never a patient. */
const PUBLIC_HOST =
  /(?:^|\.)(?:youtube\.com|youtu\.be|vimeo\.com|apps\.apple\.com|play\.google\.com|facebook\.com|fb\.com|fb\.me|instagram\.com|twitter\.com|x\.com|linkedin\.com|tiktok\.com|maps\.google\.com|maps\.app\.goo\.gl|wikipedia\.org|cdc\.gov|nih\.gov|fda\.gov|medlineplus\.gov|who\.int)$/;
const SHIPPING = /(?:^|\.)(?:track|tracking|ship|shipping|shipment|parcel|packages?|delivery|ups|usps|fedex|dhl)\./i;
const SHIPPING_SEGMENT = /^(?:track|tracking|trackconfirmaction|shipment|shipments|parcel|package|packages|delivery|order-status)$/i;

/** An id-like value: long digits (not a year), a UUID, a long token, or a short random letter-digit mix. */
export function idLike(value: string): boolean {
  const v = value;
  if (/^[A-Za-z0-9]+(?:[\-_][A-Za-z0-9]+)+$/.test(v) && !UUID.test(v)) return partsIdLike(v);
  if (/^\d{4,}$/.test(v)) return !(v.length === 4 && /^(?:19|20)\d\d$/.test(v));
  if (UUID.test(v)) return true;
  if (!/^[A-Za-z0-9_\-.~%+=]+$/.test(v)) return v.includes('@') && v.length > 5;
  let digits = 0;
  let letters = 0;
  let transitions = 0;
  let prev = 0; // 1 letter, 2 digit
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    const kind = c >= 48 && c <= 57 ? 2 : (c | 32) >= 97 && (c | 32) <= 122 ? 1 : 0;
    if (kind === 2) digits++;
    if (kind === 1) letters++;
    if (kind !== 0 && prev !== 0 && kind !== prev) transitions++;
    if (kind !== 0) prev = kind;
  }
  if (v.length >= 16 && digits > 0 && letters > 0) return true;
  if (digits >= 5) return true;
  if (v.length >= 5 && digits > 0 && letters > 0 && transitions >= 3) return true;
  return v.length <= 32 && randomCase(v);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A period rather than an id: a year, a date, a quarter or half ("2025", "2025-03", "Q4-2025", "FY2025"). */
const PERIOD_SLUG = /^(?:(?:q[1-4]|h[12]|fy)[\-_]?)?(?:19|20)\d\d(?:[\-_](?:q?[1-4]|\d\d?)){0,2}$/i;
const DATE_SLUG = /^(?:19|20)\d\d(?:[\-_]\d\d?){1,2}$/;

/**
 * A value in dashed or underscored parts ("flu-clinic-2025", "Q4-2025", "88231-77", "a8Kq-77Zp"): an id when
 * a part is one, or when it is all digits in long groups that do not read as a date ("123-456-789").
 */
function partsIdLike(v: string): boolean {
  const parts = v.split(/[\-_]/);
  if (parts.some((p) => idLike(p))) return true;
  if (DATE_SLUG.test(v) || !parts.every((p) => /^\d+$/.test(p))) return false;
  return parts.join('').length >= 7;
}

/** Letter-case words, all-caps runs and digit runs: "FluShots2024" -> Flu, Shots, 2024. */
const SEGMENT = /[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+/g;

/** Consonant-only abbreviations that do occur inside slugs ("MyRxPlan", "DrLee"). */
const CONSONANT_WORDS = new Set(
  'rx dr mr ms st pt hx tx dx sx hr wk pm bp md np pa ct ny hb mg ml kg cm mm lb lbs'.split(' '),
);

/**
 * A short-link token ("Wd5yNNa", "g4xLQxu", "MDZjwHup", "ngCRw"): read as camel-case words it falls apart into
 * many pieces of one or two characters, or into pieces no language writes (mixed-case letters without a
 * vowel: "Zjw", "Pz", "ng"), where a slug ("FluShots2024", "COVID19Info", "myChart", "HowToPay") reads as
 * a few real words.
 */
function randomCase(v: string): boolean {
  if (!/^[A-Za-z0-9]+$/.test(v) || !/[A-Z]/.test(v) || !/[a-z]/.test(v)) return false;
  let count = 0;
  let unpronounceable = false;
  SEGMENT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SEGMENT.exec(v)) !== null) {
    count++;
    const piece = m[0];
    if (piece.length >= 2 && /[a-z]/.test(piece) && !/[aeiouy]/i.test(piece) && !CONSONANT_WORDS.has(piece.toLowerCase())) {
      unpronounceable = true;
    }
  }
  if (count >= 4 && v.length / count <= 2.5 && (v.length >= 7 || /\d.*\d/.test(v))) return true;
  return v.length >= 5 && count >= 3 && unpronounceable;
}

function sensitiveParams(query: string): boolean {
  for (const pair of query.split(/[&;]/)) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const name = (eq >= 0 ? pair.slice(0, eq) : pair).toLowerCase();
    const value = eq >= 0 ? safeDecode(pair.slice(eq + 1)) : '';
    if (name.startsWith('utm_')) continue;
    if (idLike(value) || value.includes('@')) return true;
    if (SENSITIVE_PARAM.test(name) && value.length >= 3 && (/\d/.test(value) || value.length >= 8)) return true;
    if (eq < 0 && idLike(name)) return true;
  }
  return false;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

/** Whether a URL (scheme optional) carries an identifier. */
export function urlCarriesIdentifier(url: string): boolean {
  const noScheme = url.replace(/^[a-z]+:\/\//i, '');
  const hashAt = noScheme.indexOf('#');
  const beforeHash = hashAt >= 0 ? noScheme.slice(0, hashAt) : noScheme;
  const fragment = hashAt >= 0 ? noScheme.slice(hashAt + 1) : '';
  const q = beforeHash.indexOf('?');
  const hostPath = q >= 0 ? beforeHash.slice(0, q) : beforeHash;
  const query = q >= 0 ? beforeHash.slice(q + 1) : '';
  const slash = hostPath.indexOf('/');
  const host = (slash >= 0 ? hostPath.slice(0, slash) : hostPath).toLowerCase();
  if (host.includes('@')) return true; // credentials or an address in the authority
  const segments = slash >= 0 ? hostPath.slice(slash + 1).split('/') : [];
  // A parcel's tracking link carries the parcel's number, a video or app store link a public item's id.
  if (PUBLIC_HOST.test(host) || SHIPPING.test(host) || segments.some((s) => SHIPPING_SEGMENT.test(s))) return false;
  if (query !== '' && sensitiveParams(query)) return true;
  if (fragment !== '' && (fragment.includes('=') ? sensitiveParams(fragment) : idLike(fragment))) return true;
  for (let i = 0; i < segments.length; i++) {
    const seg = safeDecode(segments[i]);
    if (seg === '') continue;
    if (idLike(seg)) return true;
    if (i > 0 && ENTITY_SEGMENT.test(segments[i - 1]) && /\d/.test(seg) && seg.length >= 3 && !PERIOD_SLUG.test(seg)) {
      return true;
    }
  }
  return false;
}

export const urlDetector = viewDetector('url', (text, lower, emit) => {
  const slash = lower.includes('/');
  const scheme = slash && lower.includes('://');
  const www = lower.includes('www.');
  if (!scheme && !www && !(slash && factsOf(text).dots > 0)) return;
  const seen: number[] = [];
  for (const re of scheme || www ? [URL_RE, BARE_RE] : [BARE_RE]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const start = m.index;
      if (seen.some((s, k) => k % 2 === 0 && start >= s && start < seen[k + 1])) continue;
      const url = m[0].replace(TRAILING, '');
      seen.push(start, start + url.length);
      if (urlCarriesIdentifier(url)) emit('url', start, start + url.length);
    }
  }
});
