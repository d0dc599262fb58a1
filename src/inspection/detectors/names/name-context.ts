// Words around a name that say whose name it is. Keys are lower-case tokens (punctuation is not part of a
// token, so "Mr." and "Mr" are both "mr").

const set = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

/** "Hi Maria", "Dear Mr. Okafor", "Good morning Wei". */
export const GREETINGS = set(
  `hi hello hey dear hiya heya greetings hola bonjour salaam shalom morning afternoon evening howdy yo ola oi talofa
   aloha namaste namaskar bonjou bonswa kumusta kamusta ciao salut marhaba ahlan salam privet jambo habari mabuhay`,
);

/** "morning", "evening" greet only after "good" or before a vocative comma: "Evening Light" is a clinic. */
export const TIME_GREETINGS = set('morning afternoon evening');

/** Two-word greetings, keyed by their second word: "Nyob zoo Pa Nhia", "Xin chao Lan", "Buenos dias Sra. Ruiz". */
export const GREETING_PAIRS: ReadonlyMap<string, string> = new Map([
  ['zoo', 'nyob'],
  ['chao', 'xin'],
  ['dobry', 'dzien'],
  ['dias', 'buenos'],
  ['tardes', 'buenas'],
  ['dia', 'bom'],
  ['tarde', 'boa'],
]);

/**
 * Kin words and honorifics of the languages clinics text in (Spanish, Portuguese, Tagalog, Haitian Creole,
 * Polish, Nepali, Somali, Hmong): what follows is a person, as after "Mrs.". Never names themselves.
 */
export const FOREIGN_KIN = set(
  `dona senhor senhora pani madan msye misye tatay nanay lola lolo tita tito kuya manang manong buwa aama didi aabe
   hooyo abuela abuelo abuelita abuelito tia tio hijo hija bebe manman pitit niam txiv`,
);

/**
 * Titles that are also words or names elsewhere ("Don", Vietnamese "anh", "ba", "ong", "chi", Polish "pan",
 * Samoan "tama"): an anchor only before a capitalized word, and not as part of an acronym.
 */
export const AMBIGUOUS_TITLES = set('don pan ba ong anh chi co chu bac em tama tata mama papa si mang aling ate ya');

/** Honorifics: what follows is a person (patients and relatives are addressed this way). */
export const HONORIFICS = set('mr mrs ms miss mx mister mstr sra srta sr senor senora madame mme monsieur herr frau');

/**
 * Clinician and staff titles. A name after these is the provider's, not the patient's: a provider's name alone
 * is not patient PHI, so it is not reported (decision recorded in the report and in the tests).
 */
export const PROVIDER_TITLES = set(
  `dr doctor dra doc nurse np pa rn lpn provider therapist pharmacist counselor counsellor midwife surgeon dentist prof
   professor coach navigator coordinator physician hygienist technician tech driver courier agent rep representative
   advisor advocate assistant receptionist scheduler caseworker manager specialist dietitian chaplain interpreter
   pastor reverend rev rabbi imam officer judge senator mayor councilman councilwoman sheriff captain coach dog cat pet
   puppy kitten practitioner clinician optometrist ophthalmologist audiologist podiatrist chiropractor psychologist
   psychiatrist cardiologist dermatologist oncologist radiologist anesthesiologist pediatrician gynecologist
   urologist neurologist endocrinologist nephrologist rheumatologist gastroenterologist pulmonologist allergist
   orthodontist physiotherapist nutritionist educator doula sonographer phlebotomist paramedic emt aide liaison
   volunteer instructor trainer teacher host speaker presenter author founder ceo president director supervisor
   hospitalist intern fellow attending chef artist singer musician dj`,
);

/** Credentials after a name: "Sarah Chen, NP", "J. Lee MD". */
export const CREDENTIALS = set(
  'md do np pa pac rn lpn dds dmd phd psyd lcsw lmft lpc msw fnp dnp aprn pharmd dpm cnm crna od mph facp facs ot slp rd',
);

/** Roles: "patient Kowalczyk", "pt Wei Zhang", "member Maria Lopez", "Name: ...", "RE: ...". */
export const ROLES = set(
  'pt patient resident member client participant subscriber beneficiary enrollee name re attn fao insured caller guarantor policyholder dependent decedent subject owner',
);

/** Relations, anchors after a possessive: "your son Tim", "her mother Ana". */
export const RELATIONS = set(
  `child infant baby kid son daughter mother mom mum father dad wife husband partner spouse grandmother grandma granny
   grandfather grandpa grandson granddaughter brother sister sibling aunt uncle niece nephew cousin guardian ward
   newborn twin stepson stepdaughter`,
);
export const POSSESSIVES = set('your his her their my our ur yr');

/** After these a capitalized word is an organisation or a place, not a person: "St. Luke's", "Mount Sinai". */
export const PLACE_PREFIXES = set('st saint mt mount fort ft lake port san santa los las new north south east west camp upper lower');

/** A word after the name that makes it an organisation or a street: "Kowalczyk Pharmacy", "12 Birch Ln". */
export const ORG_SUFFIXES = set(
  `clinic clinics hospital hospitals medical medicine health healthcare center centre centers pharmacy pharmacies care
   labs lab laboratory urgent physicians associates group family pediatrics paediatrics dental dentistry imaging
   radiology orthopedics orthopaedics institute university college memorial general regional community county
   street st ave avenue rd road ln lane blvd boulevard dr drive way ct court pl place pkwy parkway hwy highway circle
   cir terrace ter park plaza square sq building bldg tower hall library church school elementary high middle
   academy foundation inc llc corp co company drug drugs market mall store bank insurance hotel inn airport
   station river lake mountain valley heights hills beach springs city town village township chapel cathedral
   temple mosque synagogue ministries baptist methodist lutheran catholic behavioral wellness rehab recovery
   surgical surgery cardiology oncology dermatology eye vision hearing therapy services solutions network system
   systems partners practice office offices campus wing tower pavilion unit floor suite county's hs schools grill
   restaurant cafe bistro kitchen diner bakery pizzeria common commons garden gardens children childrens falls forest
   woods creek apartments apts estates manor trail`,
);

/** Clinical shorthand or events right after a bare surname: "Adeyemi fell overnight", "Lopez needs transport". */
export const CLINICAL_VERBS = set(
  `fell falls fall has had was is needs need missed refused declined reports reported complains complained admitted discharged
   transferred expired passed vomited c o s p w pt dx hx sx tx bp vitals meds labs sats o2 npo prn requests
   requested states stated denies tolerated ambulating ambulated scheduled arrived arrives confirmed cancelled
   canceled rescheduled tested cleared due noshow eloped agitated combative stable unstable improving declining
   febrile afebrile sleeping awake alert oriented nauseous consented signed ready seen evaluated checked
   desatting desaturating refusing requesting complaining doing did didn't can't cannot couldn't won't wants
   wanted asked asking called calling needed received got getting went going left post pre s/p
   fue esta necesita tuvo ay jest`,
);

/** After a name, these say it is a person on record: "Judith SSN ...", "Lopez DOB 1/2/1950". */
export const RECORD_AFTER = set('dob mrn ssn mbi dl age aged yo yof yom member medicaid medicare acct');

/**
 * Calendar words: never a name ("Tue 3/14", "Jun 20", "Mon-Fri"). Month names that are also given names
 * (April, May, June, August) are not here: they are ambiguous names and lose even that beside a number.
 */
export const CALENDAR = set(
  `mon tue tues wed weds thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday sunday jan feb
   mar apr jun jul aug sep sept oct nov dec january february march july september october november december am pm
   noon midnight today tonight tomorrow yesterday weekend weekday lunes martes miercoles jueves viernes sabado
   enero febrero septiembre octubre noviembre diciembre janeiro fevereiro setembro outubro novembro dezembro terca
   quarta sexta miyerkules huwebes biyernes linggo lendi madi mekredi jedi vandredi samdi dimanch`,
);

/**
 * Function words of the other languages clinics text in (Spanish, Vietnamese, Portuguese, French, Tagalog):
 * capitalized at a sentence start they look like names ("Para cambiarla llame...", "Gọi (312)...").
 */
export const FOREIGN_WORDS = set(
  `para por con los las una unos unas que llame llamar cita citas usted favor gracias recuerde recordatorio confirme
   responda estimado estimada paciente goi vui xin pour avec votre vous merci voce obrigado obrigada esta este estos
   lista listo listos recoger receta resultado resultados clinica farmacia llamenos ahora manana hoy dia dias como cuando donde quien cual porque si`,
);

/** What a person has, after "Maria's ...": "Stanislav's well-child visit", "Ana's ride". */
export const PERSONAL_THINGS = set(
  `appointment appt visit ride forms form chart results result labs prescription prescriptions refill refills
   medication medications meds insurance discharge surgery procedure therapy treatment care vaccines vaccine shots
   checkup physical transport pickup room bed nurse doctor provider mom dad mother father wife husband son daughter
   parent parents family caregiver record records file files chart belongings sibling siblings house home apartment`
);

/** Tests and imaging someone has: "Manase's CT chest" (not in the health lexicon without a body part). */
export const OWNED_TESTS = set('ct mri xray scan scans echo ekg ecg bloodwork biopsy');

/** Verbs whose object is the patient: "Please remind Okafor", "reposition Lindqvist q2h", "discharge Tran". */
export const CARE_VERBS = set(
  `remind tell notify inform page see visit cover covering discharge discharging admit admitting transfer transport
   reposition turn bathe weigh medicate assess reassess evaluate examine room triage sedate wean extubate intubate
   ambulate escort wheel bring enrolled randomized consented admitted discharged visited saw per called`,
);

/** Languages: "Reply 1 for English" is not a person. */
export const LANGUAGES = set(
  `english spanish french german chinese mandarin cantonese vietnamese korean tagalog arabic russian portuguese haitian
   creole polish italian japanese hindi somali amharic farsi urdu bengali punjabi hmong espanol ingles portugues
   frances kreyol`,
);

/** Verbs before "to" that hand something to a person: "registered to Arellano", "assigned to Fatima". */
export const TO_VERBS = set('belongs belong belonging issued sent given assigned registered billed mailed delivered released transferred charged');

/** Name particles inside a full name: "Maria de la Cruz", "Ahmed al Hashimi", "Ludwig van Beethoven". */
export const PARTICLES = set('de la del della der den van von da di du dos das le al el bin ibn ben bint abu y');

/** Staff introducing themselves or signing off: "This is Jessica from ...", "Jessica here". */
export const STAFF_BEFORE = set('this thanks regards sincerely cheers from ask look call contact text vote elect meet');

/** Before a bare word these make it a place or a venue: "in Fairfax", "at Hertz". */
/** US state and territory codes: "Austin, TX" is a city. */
export const STATE_CODES = set(
  `al ak az ar ca co ct de dc fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh ok or pa
   ri sc sd tn tx ut vt va wa wv wi wy pr gu vi`,
);

/**
 * Words only a veterinary message has: its names without a strong anchor are pets' ("Bright Paws: Luna is due
 * for rabies vaccine", "Bella's heartworm refill is ready").
 */
export const VET_CUES = set(
  `vet vets veterinary veterinarian paws puppy puppies kitten kittens canine feline heartworm rabies flea
   fleas neuter neutered spay spayed kennel bordetella fvrcp dhpp parvo distemper leptospirosis apoquel vetsulin
   heartgard nexgard bravecto simparica cytopoint proheart microchip deworming dewormer grooming litter leash`,
);

/** Before a capitalized word these make it the name of a clinic, pharmacy or school ("Clínica Brighton"). */
export const ORG_BEFORE = set('clinica clinique consultorio farmacia centro escuela colegio iglesia hospital');

/** After "Ricky is ...": staff covering a shift, not a patient. */
export const COVER_WORDS = set('covering cover off');

export const PLACE_BEFORE = set('in at near on via to into across around sa en em');
export const STAFF_AFTER = set('here from at with');

/** Words outside the common-word list that are no one's name: service and product words of clinics. */
export const NOT_NAMES = set(
  `telehealth telemedicine televisit teledoc ehr emr portal app online inpatient outpatient rx pharm meds covid
   covid19 ultrasound mri xray lab labs ok okay reg desk triage intake pcp ob gyn obgyn er ed icu nicu picu pacu
   ortho neuro cardio derm onc peds psych rehab urology appt appts rm bldg dept ext tmrw tmr pls plz thx ur voicemail
   voicemails vm transcript transcribed securechat`,
);
