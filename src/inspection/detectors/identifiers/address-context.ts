// Whose address is it? A clinic's, pharmacy's or event venue's address in a broadcast or a reminder is not
// PHI ("Our new location at 500 Main St opens Monday", "ready for pickup at Lakeshore Pharmacy, 88 Commerce
// Blvd", "Blood drive Sat at 310 Riverside Pkwy"); a patient's is ("Transport for Kowalczyk from 12 Birch Ln",
// "aide arriving at 2998 Old Mill Ct", "New address for Noor Farouk: ..."). The sentence before the address
// decides. An organisation counts when the sentence announces a place or an event ("our new office", "find
// us", "located at", "blood drive", "directions") or names it right before the address ("Harbor Pharmacy,
// 12 Dock St", "the flu clinic moves to 12 Birch Ln"); a clinic named elsewhere in the sentence is usually the sender ("this is Dana from Lakeside
// Cardiology calling about ... at 12 Birch Ln") and does not count. The cue nearest the address wins; a
// reminder or appointment counts for the organisation only when no person is pointed at, and "you", "her",
// "from" for the person only when no organisation is named; with no cue at all the address is reported.

/** Words that put the address at a person's: pickup, home, delivery, dispatch, a visit to them, a relative. */
const PERSON_CUE =
  /\b(?:(?:mr|mrs|ms|miss|mx)\.?\s[a-z][a-z'\-]+|pick[ \-]?up|pickups?|picked up|pick (?:you|him|her|them) up|(?:see|meet|visit|find|have|has|show|shows|list|lists) (?:you|him|her|them)|transport(?:ed|ing)?|rides? (?:for|from)|(?:in[ \-])?home (?:health|care|infusion|visit|hospice|services?)|mobile|home|house|lives?|living|resides?|residence|residing|stay(?:s|ing)|patient(?:'s)?|pt'?s?|client(?:'s)?|resident(?:'s)?|participant(?:'s)?|subject(?:'s)?|member(?:'s)?|caller(?:'s)?|family|daughter|son|wife|husband|mother|father|mom|dad|spouse|guardian|(?:your|his|her|their) (?:home|house|address|place|residence|door)|(?<!\bour (?:new |mailing |street |physical )?)address (?:for|of|on file|is|was|changed|as)|on file|records? shows?|mailing|billing (?:zip|zip code|address|postal code)|cardholder|deliver(?:y|ed|ing)?|ship(?:ped|ping)?|send|sent|mail(?:ed)? to|en route|enroute|dispatch(?:ed)?|respond(?:ing)?|arriv(?:ing|es?|al)|aide|caregiver|home ?visit|visit(?:ing)? (?:at|to)|wellness check|welfare check|ems|ambulance|medics?|911|fall|fell|found|swap|serial|drop[ \-]?off|moved to|relocat(?:ed|ing) to|apartment|unit)\b/g;

/** Words that point at a person only when nothing in the sentence names an organisation. */
const WEAK_PERSON_CUE = /\b(?:you|your|his|her|their|him|them|he|she|from)\b/;

const PLACE =
  'location|locations|office|offices|clinic|clinics|site|sites|campus|building|pharmacy|practice|hospital|center|centers|centre|centres|' +
  'lab|branch|facility|team|staff|hours|services?|programs?|entrance|shelters?';
/** What "our ..." may name besides a place: "our address is", "our new suite is at". */
const OUR_PLACE = `${PLACE}|suite|address|addresses`;

/** A sentence that announces a place, an event or a service point. */
const ORG_CUE = new RegExp(
  String.raw`\b(?:our (?:[a-z'\-]+ ){0,3}(?:${OUR_PLACE})|we(?:'ve| have| are|'re)? (?:moved|moving|relocated|now (?:at|open|located))|we're at|(?:find|visit|join|meet|see) (?:us|our)|stop by|(?<!\b(?:pt|patient|caller|resident|victim|he|she|they|who|person|man|woman|child|member|client)\s(?:is\s|was\s|now\s)?)located|hours|closed|directions|new (?:${PLACE})|moved|opening|opens|now open|open house|headquarters|venue|` +
    String.raw`blood drive|drive|screenings?|fairs?|events?|class(?:es)?|workshops?|seminars?|sessions?|meetings?|talks?|lectures?|webinars?|tours?|celebrations?|party|picnic|festival|5k|10k|race|(?:fun|charity|memorial|awareness|heart) (?:walk|run)|walkathon|vaccin\w*|flu shots?|walk[ \-]in|support group|groups?|clubs?|meetups?|fundraiser|everyone|welcome|free|` +
    String.raw`parking|garage|lobby|entrance|shuttle|cafeteria|gift shop|payments?|remit(?:tance)?|payable|billing (?:office|department|dept)|sees patients|accepting (?:new )?patients|` +
    String.raw`(?:mailing )?address for (?:forms|payments|correspondence|claims|records|returns|billing|mail|donations)|warming|cooling|` +
    // Spanish, Portuguese, French, Creole, Tagalog, Vietnamese: "we are at", "our office", "visit us at"
    String.raw`estamos (?:en|ubicados en|ahora en)|nos encontramos en|nuestr[ao]s? (?:[a-z]+ )?(?:oficinas?|clinicas?|direccion|ubicacion|sede|consultorio|farmacia)|ubicad[oa]s? en|visitenos|nos mudamos|los esperamos|` +
    String.raw`estamos n[ao]|nosso endereco|noss[ao] (?:clinica|unidade|consultorio)|visite-nos|nous sommes|notre (?:adresse|clinique|bureau)|nos bureaux|` +
    String.raw`nou la nan|adres nou|klinik nou|kami ay nasa|aming (?:address|opisina|klinika)|dia chi (?:cua )?(?:chung toi|phong kham))\b`,
  'g',
);

/** Words that make it the organisation's only when nothing in the sentence points at a person. */
const WEAK_ORG_CUE = /\b(?:appointments?|appts?|reminder)\b/;

/** After the address, words that put it at someone's home: "12 Birch Ln (home visit)", "... for homebound pt". */
const PERSON_AFTER =
  /^[^.!?\n]{0,24}?\b(?:home visit|home health|in-home|at home|residence|home-?bound|bed-?bound|for (?:the )?(?:pt|patient|resident|client|member)|for (?:mr|mrs|ms|miss)\.?\s)/;

/** An organisation or venue named right before the address: "Harbor Pharmacy, 12 Dock St", "the library, 1 ...". */
const ORG_NAMED_BEFORE = new RegExp(
  String.raw`\b(?:our|${PLACE}|health|medical|labs|dental|dentistry|pediatrics|associates|urgent care|telehealth|imaging|radiology|orthopedics|oncology|cardiology|institute|library|church|school|ymca|hall|garage|lobby|walgreens|cvs|rite aid|walmart|target|costco|kroger|st\. [a-z']+)(?:'s)?\s{0,2}(?:\((?:[^()]{0,20})\))?(?:\s{1,2}(?:(?:is|are)\s{1,2})?(?:now\s{1,2})?(?:open\s{1,2})?(?:at|on|@|(?:moves|moved|moving|relocat(?:es|ed|ing)) to)|[,:\-–]|\s)\s{0,2}$`,
);

const ORG_MOVED = /\b(?:moves|moved|moving|relocat(?:es|ed|ing))\s{1,2}to\s{0,2}$/;

/**
 * The reader is told to go there: "or visit 1200 Medical Center Dr", "Please come to 45 Elm St" (but a nurse who
 * "will visit 12 Oak St" is going to someone's home).
 */
const GO_THERE =
  /(?:^|[.!?:;,]\s{0,2}|\b(?:please|pls|or|and|then|just)\s{1,2})(?:visit|come to|stop by|go to|head to|drop by|swing by)\s{1,2}$/;

/** The address is where a trip starts or ends: "... to 45 Elm St", "... from 45 Elm St". */
const ENDPOINT = /\b(?:to|from)\s$/;

/** After the address, words that only a venue's announcement uses. */
const ORG_AFTER =
  /^[^.!?\n]{0,40}?\b(?:opens|opening|now open|reopens|starting|everyone welcome|all welcome|enter from|parking|location|office|campus|branch|is open|closes|closed|extended hours)\b/;

const SENTENCE_END = /(?<!\b(?:st|dr|ave|blvd|rd|ln|mr|mrs|ms|no|apt|ste|[a-z]))[.!?\n]\s/g;

function lastMatchEnd(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let end = -1;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) end = m.index + m[0].length;
  return end;
}

/** The part of the sentence before `start`, at most 96 characters. */
function sentenceBefore(lower: string, start: number): string {
  let s = lower.slice(Math.max(0, start - 96), start);
  SENTENCE_END.lastIndex = 0;
  let cut = -1;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE_END.exec(s)) !== null) cut = m.index + m[0].length;
  if (cut >= 0) s = s.slice(cut);
  return s;
}

/** Whether the address (or ZIP) at [start, end) of `lower` is an organisation's, by the words around it. */
export function organisationAddress(lower: string, start: number, end: number): boolean {
  const before = sentenceBefore(lower, start);
  const orgNamed = ORG_NAMED_BEFORE.test(before) || GO_THERE.test(before);
  // "Lakeside Clinic moved to 12 Birch Ln": the place named is what moved.
  if (orgNamed && ORG_MOVED.test(before)) return true;
  const person = lastMatchEnd(PERSON_CUE, before);
  // "Transport from St. Mary's Hospital to 45 Elm St": the trip's other end is the person's.
  if (person >= 0 && ENDPOINT.test(before)) return false;
  const after = lower.slice(end, end + 48);
  if (PERSON_AFTER.test(after)) return false;
  const org = orgNamed ? before.length : lastMatchEnd(ORG_CUE, before);
  if (org > person) return true;
  if (person >= 0) return false;
  if (WEAK_ORG_CUE.test(before)) return true;
  if (WEAK_PERSON_CUE.test(before)) return false;
  return ORG_AFTER.test(after);
}
