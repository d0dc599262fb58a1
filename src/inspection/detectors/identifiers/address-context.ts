// Whose address is it? A clinic's, pharmacy's or event venue's address in a broadcast or a reminder is not
// PHI ("Our new location at 500 Main St opens Monday", "ready for pickup at Lakeshore Pharmacy, 88 Commerce
// Blvd", "Blood drive Sat at 310 Riverside Pkwy"); a patient's is ("Transport for Kowalczyk from 12 Birch Ln",
// "aide arriving at 2998 Old Mill Ct", "New address for Noor Farouk: ..."). The words of the sentence before
// the address decide: the cue nearest the address wins ("you", "her", "from" only count when no organisation is
// named), and with no cue at all the address is reported.

/** Words that put the address at a person's: pickup, home, delivery, dispatch, a visit to them. */
const PERSON_CUE =
  /\b(?:pick[ \-]?up|pickups?|picked up|pick (?:you|him|her|them) up|(?:see|meet|visit|find|have|has|show|shows|list|lists) (?:you|him|her|them)|transport(?:ed|ing)?|rides? (?:for|from)|(?:in[ \-])?home (?:health|care|infusion|visit|hospice|services?)|mobile|home|house|lives?|living|resides?|residence|residing|stay(?:s|ing)|patient(?:'s)?|pt'?s?|client(?:'s)?|resident(?:'s)?|(?:your|his|her|their) (?:home|house|address|place|residence|door)|address (?:for|of|on file|is|was|changed)|mailing|deliver(?:y|ed|ing)?|ship(?:ped|ping)?|send|sent|mail(?:ed)? to|en route|enroute|dispatch(?:ed)?|respond(?:ing)?|arriv(?:ing|es?|al)|aide|caregiver|home ?visit|visit(?:ing)? (?:at|to)|wellness check|welfare check|ems|ambulance|medics?|911|fall|fell|found|swap|serial|drop[ \-]?off|moved to|relocat(?:ed|ing) to|apartment|unit)\b/g;

/** Words that point at a person only when nothing in the sentence names an organisation. */
const WEAK_PERSON_CUE = /\b(?:you|your|his|her|their|him|them|from)\b/;

/** Words that put the address at an organisation: "our", "find us", "located at", a venue or an event. */
const ORG_CUE =
  /\b(?:our|we(?:'re|'ve| are| have)?|find us|visit us|join us|meet us|see us|located|location|locations|offices?|clinics?|campus|directions|new address|moved|moving|opening|opens|open house|headquarters|branch|building|venue|blood drive|drive|screenings?|fairs?|events?|class(?:es)?|workshops?|seminars?|sessions?|meetings?|talks?|lectures?|webinars?|tours?|celebrations?|party|picnic|festival|5k|10k|race|walk|run|appointments?|appts?|reminder|vaccin\w*|flu shots?|walk[ \-]in|support group|fundraiser|everyone|welcome|free|pharmacy|hospital|center|centre|health|medical|labs?|dental|pediatrics|associates|urgent care|telehealth|imaging|radiology|practice|institute|dr|doctors?|providers?|physicians?|patients|library|church|school|ymca|hall|payments?|remit(?:tance)?|payable|billing|parking|garage|lobby|entrance|shuttle|station|cafeteria|gift shop)\b/g;

/** The address is where a trip starts or ends: "... to 45 Elm St", "... from 45 Elm St". */
const ENDPOINT = /\b(?:to|from)\s$/;

/** After the address, words that only a venue's announcement uses. */
const ORG_AFTER = /^[^.!?\n]{0,40}?\b(?:opens|opening|now open|starting|everyone welcome|all welcome|enter from|parking)\b/;

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
  const person = lastMatchEnd(PERSON_CUE, before);
  const org = lastMatchEnd(ORG_CUE, before);
  // "Transport from St. Mary's Hospital to 45 Elm St": the trip's other end is the person's.
  if (person >= 0 && ENDPOINT.test(before)) return false;
  if (org > person) return true;
  if (person >= 0 || WEAK_PERSON_CUE.test(before)) return false;
  return ORG_AFTER.test(lower.slice(end, end + 48));
}
