// The words that tie a date to a person: birth, admission, discharge, death, injury, service (last visit,
// specimen collected, tested, vaccinated, surgery date, onset), pregnancy (LMP, due date), start of care, study
// enrolment — in English, Spanish and Vietnamese (as normalization leaves them: lower case, accents
// dropped), as one regex alternation for date.ts.
const ENGLISH = [
  'dob|date of birth|birth ?date|birthdate|birthday|bday|b-day|birth|born',
  'admitted|admissions?(?: date)?|admit(?: date)?|adm|doa|date of admission|date admitted|hospitali[sz]ed|readmitted',
  'doi|date of injury|injury date|injured',
  "discharged|discharge(?: date)?|dc'd|d\\/c(?:'d| date)?",
  'died|date of death|dod|tod|time of death|deceased|passed away|passed on|pronounced|death|date of passing',
  'passed(?= (?:peacefully|quietly|suddenly|unexpectedly|overnight|comfortably|at home|in (?:her|his|their) sleep))',
  'expired(?<=\\b(?:pt|patient|resident|he|she|who) expired)',
  'date of service|dates of service|service dates?|dos|seen(?<=\\b(?:pt|patient|was|were|been) seen)',
  'start of care|soc|soc date|resumption of care',
  // Service dates: the last encounter, a specimen, a test, a dose, a procedure; pregnancy dates.
  'last (?:seen|visit|visited|appointment|appt|dose|exam|physical|check-?up|vaccine|shot|labs?|mammogram|colonoscopy|menstrual period)',
  'lmp|edd|estimated due date|(?:baby\'?s|her) due date',
  'collected(?<=\\b(?:specimen|sample|swab|blood|urine|labs?|culture) (?:was )?collected)|collection date|specimen date|date collected',
  '(?:tested|vaccinated|immunized)(?<!\\b(?:get|be|getting|being) [a-z]{6,10})(?: positive| negative)?|date tested',
  'date of (?:surgery|procedure|visit|encounter|exam|vaccination|onset|diagnosis)|(?:surgery|procedure|encounter|onset|diagnosis) date|symptom onset|onset',
  'enrolled|date enrolled|date of enrollment|enrollment date|date of consent|consent date|randomi[sz]ed|randomi[sz]ation date|consented',
  'b(?=\\.\\s?\\d)',
];
const SPANISH = [
  'fecha de nacimiento|f\\. ?nac|nacid[oa]|nacio|cumpleanos',
  'fecha de ingreso|ingreso|ingresad[oa]|hospitalizad[oa]',
  'fecha de alta|dad[oa] de alta',
  'fallecio|fallecid[oa]|fecha de defuncion|murio',
];
const VIETNAMESE = ['ngay sinh|sinh ngay|nhap vien|xuat vien|qua đoi|qua doi|tu vong'];

export const DATE_WORDS = [...ENGLISH, ...SPANISH, ...VIETNAMESE].join('|');
