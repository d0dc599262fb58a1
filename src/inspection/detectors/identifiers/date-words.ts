// The words that tie a date to a person: birth, admission, discharge, transfer, death, injury (an accident, a
// fall), diagnosis, a procedure undergone, service (last visit, specimen collected, tested, vaccinated,
// surgery date, onset), pregnancy (LMP, due date, a delivery), start of care, study enrolment. In English and
// in the languages clinics text their patients in (Spanish, Portuguese, French, Haitian Creole, Tagalog,
// Vietnamese, Polish, Italian, German, Somali), as normalization leaves them: lower case, accents dropped.
// One regex alternation for date.ts; EVENT_VERBS are the words whose date may come first ("On 3/14 she was
// admitted"). Han and Hangul words have no word boundaries and live in CJK_DATE_WORDS.
const ENGLISH = [
  'dob|date of birth|birth ?date|birthdate|birthday|bday|b-day|birth|born',
  'admitted|admissions?(?: date)?|admit(?: date)?|adm|doa|date of admission|date admitted|hospitali[sz]ed|re-?admit(?:ted)?|readmission',
  '(?<=\\b(?:pt|patient|he|she|was|were|been) )transferred|transferred(?= (?:to|from|out|back))|transfer date',
  '(?<=\\bin (?:the )?)(?:hospital|icu|ccu|rehab|snf|nursing home|hospice)(?= since)|inpatient(?= since)|(?<=\\bon )hospice(?= since)',
  'doi|date of injury|injury date|injured|dol|date of (?:loss|accident)|accident date',
  'mvc|mva|motor vehicle (?:collision|crash|accident)|(?<=\\b(?:car|auto|vehicle|bike|bicycle) )(?:accident|crash)',
  'fell(?= (?:on|at home|in|out|down|from|off|again|last))|(?<=\\b(?:a|the|his|her|their) )fall(?= on)|assaulted|bitten',
  '(?:injury|injuries|accident|incident|fall|crash|collision|assault|exposure) (?:occurred|happened|took place)|(?:injured|hurt)(?= (?:on|at))',
  "discharged|discharge(?: date)?|dc'd|dc'ed|dc(?= (?:date|on|home|planned|today|tomorrow))|d\\/c(?:'d| date)?|sent home|went home|released(?= (?:home|from))",
  'died|date of death|dod|tod|time of death|deceased|passed away|passed on|pronounced|death|date of passing',
  'passed(?= (?:peacefully|quietly|suddenly|unexpectedly|overnight|comfortably|at home|in (?:her|his|their) sleep|at|around|early|late|this|last|yesterday|today|\\d))',
  'expired(?<=\\b(?:pt|patient|resident|he|she|who) expired)',
  // "Expired 2/12/25 at 0310": a death, unless a card, a code or a plan is what expired.
  '(?<!\\b(?:card|coupon|licen[cs]e|insurance|policy|prescription|rx|link|code|password|membership|offer|subscription|session|certificate|id|passport|warranty|registration|token|trial|promo|document|lease|contract|visa|permit|plan|has|have|had|it|they|that|which|refill|authorization|auth|referral|benefits?|coverage) )expired(?= (?:at|on|peacefully|overnight|this|today|yesterday|\\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))',
  'date of service|dates of service|service dates?|dos|seen(?<=\\b(?:pt|patient|was|were|been) seen)|seen(?= (?:(?:in|at|by|on) |\\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))|visited|thank(?:s| you) for visiting(?: us)?',
  'start of care|soc|soc date|resumption of care',
  // Service dates: the last encounter, a specimen, a test, a dose, a procedure; pregnancy dates.
  'last (?:seen|visit|visited|appointment|appt|dose|exam|physical|check-?up|vaccine|shot|labs?|mammogram|colonoscopy|menstrual period)',
  "lmp|edd|estimated due date|(?<=\\b(?:baby'?s|her) )due date|gave birth|delivered(?<=\\b(?:she|mom|mother|pt|patient|who|was) delivered)",
  'collected(?<=\\b(?:specimen|sample|swab|blood|urine|labs?|culture) (?:was )?collected)|collection date|specimen date|date collected',
  '(?:tested|vaccinated|immunized)(?<!\\b(?:get|be|getting|being) [a-z]{6,10})(?: positive| negative)?|date tested',
  'date of (?:surgery|procedure|visit|encounter|exam|vaccination|onset|diagnosis)|(?:surgery|procedure|encounter|onset|diagnosis) date|symptom onset|onset|symptoms? (?:began|started)',
  "diagnosed|dx(?:'?d)?(?= (?:with|w\\/|on))|underwent|operated on|s\\/p|status post",
  // A procedure undergone or a treatment begun: "had a hip replacement on", "surgery performed", "started chemo".
  'had (?:a |an |her |his |their |the )?(?:[a-z\\-]+ ){0,2}(?:surgery|procedure|operation|replacement|repair|transplant|biopsy|scan|mri|ct|colonoscopy|endoscopy|delivery|c-section|test|labs?|x-?ray|ultrasound|mammogram|stroke|seizure|fall)(?![a-z])',
  '(?:surgery|procedure|operation|replacement|repair|transplant|biopsy|delivery|c-section|amputation) (?:was )?(?:performed|done|completed)',
  '(?:positive|negative)(?= (?:[a-z0-9\\-]+ ){0,2}(?:test|result|screen|culture|swab))|(?<=\\b(?:test|result|screen|culture|swab)(?:ed)? (?:came back )?)(?:positive|negative)',
  '(?<=\\b(?:started|began|initiated|stopped|completed|finished|ended) (?:on )?)(?:chemo(?:therapy)?|dialysis|radiation|hemodialysis|infusions?|immunotherapy|hormone therapy|methadone|suboxone|buprenorphine|insulin|tpn|hospice|treatment)|(?:chemo(?:therapy)?|dialysis|radiation|hemodialysis|infusions?|immunotherapy|treatment|hospice) (?:started|began|initiated|stopped|completed|ended|start date)',
  'turn(?:s|ed|ing)? \\d{1,3}(?= on)',
  'enrolled|date enrolled|date of enrollment|enrollment date|date of consent|consent date|randomi[sz]ed|randomi[sz]ation date|consented',
  'b(?=\\.\\s?(?:\\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))',
];
const SPANISH = [
  'fecha de nacimiento|f\\. ?(?:de )?nac|nacimiento|nacid[oa]|nacio|cumpleanos',
  'fecha de ingreso|ingreso|ingresad[oa]|internad[oa]|hospitalizad[oa]',
  'fecha de alta|dad[oa] de alta|alta hospitalaria|egreso|egresad[oa]',
  'fallecio|fallecid[oa]|fecha de defuncion|defuncion|murio|fecha del accidente|fecha de la lesion|fecha de servicio',
];
const PORTUGUESE = [
  'data de nascimento|nascid[oa]|nasceu|data de internacao|internacao|(?:recebeu|teve|deu) alta|data da alta',
  'faleceu|falecid[oa]|obito|data do obito|data do acidente',
];
const FRENCH = ["date de naissance|nee? le|date d'admission|hospitalisee?|sortie? le|decedee?|deces|date du deces"];
const CREOLE = ['dat (?:de )?nesans|dat li fet|te fet|fet(?= (?:le|nan|\\d))|antre (?:nan )?lopital|soti (?:nan )?lopital|te mouri|mouri|dat lanmo'];
const TAGALOG = ['petsa ng kapanganakan|kapanganakan|ipinanganak|isinilang|kaarawan|na-?admit|na-?confine|na-?discharge|pumanaw|namatay|yumao'];
const VIETNAMESE = ['ngay sinh|sinh ngay|nhap vien|xuat vien|qua đoi|qua doi|tu vong|ngay mat'];
const OTHERS = [
  'data urodzenia|urodzon[ya]|ur\\.|data przyjecia|przyjet[ya]|wypisan[ya]|zmarl[a]?|data zgonu', // Polish
  'data di nascita|nat[oa] il|ricoverat[oa]|dimess[oa]|decedut[oa]', // Italian
  'geburtsdatum|geboren|aufgenommen|entlassen|verstorben|gestorben', // German
  'taariikhda dhalashada|dhalashada|dhashay', // Somali
  'aso fanau|hnub yug|janma miti', // Samoan, Hmong, Nepali (romanized)
];

export const DATE_WORDS = [...ENGLISH, ...SPANISH, ...PORTUGUESE, ...FRENCH, ...CREOLE, ...TAGALOG, ...VIETNAMESE, ...OTHERS].join('|');

/** Events whose date may come before the word, in the same clause: "On 3/14/2024 she was admitted". */
/** Birth words a date may stand right before: "03/14/1952 (DOB)", "3/14/52 - DOB". */
export const BIRTH_AFTER_DATE = /^(?:dob|d\.o\.b|birthdate|birth date|date of birth|born|bday|b-day)$/;

export const EVENT_VERBS = new RegExp(
  '^(?:' +
    [
      'seen|collected|tested|vaccinated|immunized|admitted|injured|readmitted|hospitali[sz]ed|discharged|' +
        "dc'd|d\\/c'd|died|passed away|passed on|passed|expired|pronounced|born|deceased|enrolled|randomi[sz]ed|consented|" +
        'sent home|went home|released|diagnosed|underwent|gave birth|delivered|visited|mvc|mva|fell|assaulted|bitten',
      'nacid[oa]|nacio|ingreso|ingresad[oa]|internad[oa]|falleci[oó]|fallecid[oa]|murio|nasceu|faleceu',
      'ipinanganak|isinilang|pumanaw|namatay|na-?admit|na-?discharge|mouri|te mouri|te fet|zmarl[a]?|urodzon[ya]',
    ].join('|') +
    ')$',
);

/** Han and Hangul words for birth, admission, discharge and death (matched as substrings). */
export const CJK_DATE_WORDS = /出生日期|出生|生日|生年月日|入院|住院|出院|去世|逝世|死亡|생년월일|생일|출생|입원|퇴원|사망|별세/g;
