// Whole messages through every identifier detector, written for these tests (not from the corpus): the shapes
// SMS traffic takes beyond one label and one value — voicemail transcripts, secure chat, dispatch, hospice,
// trial coordinators, billing — and the look-alikes a benign broadcast or reminder carries. Each positive lists
// the values that must be covered by a finding of their category; each benign message must have no finding.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { detect } from '../../../../src/inspection/detect.js';
import { identifierDetectors } from '../../../../src/inspection/detectors/identifiers/index.js';
import { CTX } from './table.js';

const CLINIC_CTX = { ...CTX, callbackAllowList: new Set([...CTX.callbackAllowList, '3129074455', '13129074455']) };

function covered(text: string, category: string, value: string): boolean {
  const at = text.indexOf(value);
  if (at < 0) throw new Error(`test value not in text: ${value}`);
  return detect(text, CLINIC_CTX, identifierDetectors).some((f) => f.category === category && f.start <= at && f.end >= at + value.length);
}

const POSITIVES: [text: string, expected: [category: string, value: string][]][] = [
  ['Hi, this is Dana from Lakeside Cardiology for Mr. Okafor; his date of birth is March fourteenth nineteen fifty two.', [['date', 'March fourteenth nineteen fifty two']]],
  ['Secure chat: pt born 03.14.1952, admitted overnight, MRN 00482913.', [['date', '03.14.1952'], ['mrn', '00482913']]],
  ['Can you confirm her DOB? I have 14/03/1952 in the chart.', [['date', '14/03/1952']]],
  ['Subject 1042 randomized on 2024-03-14, consented 03/02/2024.', [['date', '2024-03-14'], ['date', '03/02/2024']]],
  ['Hospice update: Mrs. Alvarez passed peacefully on the evening of March 3rd, 2025.', [['date', 'March 3rd, 2025']]],
  ['On 4/2/2025 Mr. Baptiste was readmitted through the ED.', [['date', '4/2/2025']]],
  ['Pt expired 0310 on 5/12/2025, family notified.', [['date', '5/12/2025']]],
  ['Mr. Diaz (DOB Nov. 2 1940) was discharged yesterday.', [['date', 'Nov. 2 1940']]],
  ['DOS 02/11/2025 claim denied, please resubmit.', [['date', '02/11/2025']]],
  ['DOB 19610704 does not match our records.', [['date', '19610704']]],
  ['Dispatch: pickup at 418 Oakmont Dr, Evanston 60201, dialysis chair 3.', [['address', '418 Oakmont Dr'], ['zip', '60201']]],
  ['We have her at 22 Linden Ave, Apt 5, Brookline, MA 02446 for the home visit.', [['address', '22 Linden Ave, Apt 5'], ['zip', '02446']]],
  ["Patient's zip is 60614; she lives on the north side.", [['zip', '60614']]],
  ['Member ID on file: ZQX 449120773, group 00812, please bring the card.', [['health_plan_id', 'ZQX 449120773'], ['health_plan_id', '00812']]],
  ['Please fix the claim: insurance record shows member W2231884 for Ruiz.', [['health_plan_id', 'W2231884']]],
  ['Insurance: Cigna, member 0082193344, please verify eligibility.', [['health_plan_id', '0082193344']]],
  ['UHC 998213774 is inactive as of 1/1, ask for a new card.', [['health_plan_id', '998213774']]],
  ['889213340 is her member ID, please rebill.', [['health_plan_id', '889213340']]],
  ['We need your insurance info; the ID on your card is YHG 2284019.', [['health_plan_id', 'YHG 2284019']]],
  ['Orders for Ito went under chart B7730192 by mistake.', [['mrn', 'B7730192']]],
  ['Chart number for Mr. Ito: 00391822.', [['mrn', '00391822']]],
  ['SSN for the guarantor: 512884471, please keep on file.', [['ssn', '512884471']]],
  ['Her social for the claim is 512884471.', [['ssn', '512884471']]],
  ['Upload documents here: https://portal.examplehealth.org/u/Kx82mPq', [['url', 'https://portal.examplehealth.org/u/Kx82mPq']]],
  ['Check in before your visit: https://go.northshoreclinic.com/Tq7mWpZ', [['url', 'https://go.northshoreclinic.com/Tq7mWpZ']]],
  ['Serial# of the insulin pump: PMP40332, please replace.', [['device_id', 'PMP40332']]],
  ['Swap the CPAP, serial KXTRQ7, at her apartment tomorrow.', [['device_id', 'KXTRQ7']]],
  ['DL WDLTR88K2 scanned at registration.', [['license', 'WDLTR88K2']]],
  ['Patient is 94, lives alone, needs home health.', [['age', '94']]],
  ['Ms Ruth Kaplan, 96, fell at home this morning.', [['age', '96']]],
  ['EMS: 91YOF unresponsive, 12 Birch Ln.', [['age', '91YOF'], ['address', '12 Birch Ln']]],
  ['Member M V 9 0 7 3 8 3 M, Medicare 1 R 7 8 A K 9 X Q 0 1', [['health_plan_id', 'M V 9 0 7 3 8 3 M'], ['mbi', '1 R 7 8 A K 9 X Q 0 1']]],
  ['Email the forms to maria.lopez77@gmail.com please.', [['email', 'maria.lopez77@gmail.com']]],
  ["Voicemail: hi it's Rosa, my member ID is, um, XJ4412908, call me back.", [['health_plan_id', 'XJ4412908']]],
  ["Voicemail: the member's ID is HGT 55129034 and the group is 4471.", [['health_plan_id', 'HGT 55129034'], ['health_plan_id', '4471']]],
  ['Calling about my dad, his Medicare number is 1EG4 TE5 MK73.', [['mbi', '1EG4 TE5 MK73']]],
  ['Secure msg: pt Lopez, DOA 3/14/2025, MRN# 4471902.', [['date', '3/14/2025'], ['mrn', '4471902']]],
  ['Workers comp: DOI 02/03/2025, claim pending.', [['date', '02/03/2025']]],
  ['PCP note: pt seen 3/10/2025 for follow-up.', [['date', '3/10/2025']]],
  ['Age/Sex: 92/F, c/o chest pain.', [['age', '92']]],
  ["She'll be 100 on Sunday!", [['age', '100']]],
  ['She lives in Oak Park 60302 with her son.', [['zip', '60302']]],
  ['In the 60614 zip code, pt lives alone.', [['zip', '60614']]],
  ['Pacemaker 3STFJE transmitted overnight.', [['device_id', '3STFJE']]],
  ['Hub ID RPMH-8842-X assigned to Mr. Ruiz.', [['device_id', 'RPMH-8842-X']]],
  ['Fecha de nacimiento: 3 de marzo de 1952.', [['date', '3 de marzo de 1952']]],
  ['Falleció el 2 de febrero de 2025 en casa.', [['date', '2 de febrero de 2025']]],
  ['Bà Lan nhập viện ngày 3/3/2025.', [['date', '3/3/2025']]],
  ['TOD 0412 3/2/25, family present.', [['date', '3/2/25']]],
  ['SOC 03/01/2025 for home health, RN to visit.', [['date', '03/01/2025']]],
  ['Paciente de 93 años con caída en casa.', [['age', '93 años']]],
  ['Pacemaker: Medtronic Azure, ID PZK604321S.', [['device_id', 'PZK604321S']]],
  ['ID W88213340 (Aetna) needs verification.', [['health_plan_id', 'W88213340']]],
  ['Records request: please send notes from her 3/14/2024 visit.', [['date', '3/14/2024']]],
  ['Last seen in clinic 02/11/2025, no show since.', [['date', '02/11/2025']]],
  ['LMP 1/2/2025, EDD 10/9/2025.', [['date', '1/2/2025'], ['date', '10/9/2025']]],
  ['Specimen collected 3/14/2025 08:10, results pending.', [['date', '3/14/2025']]],
  ['She tested positive on 3/10 and is isolating.', [['date', '3/10']]],
  ['Subject (92 y) enrolled in the falls study.', [['age', '92 y']]],
  ['Kaplan (92) found on floor by neighbor.', [['age', '92']]],
  ['Hi, this is Dana from Lakeside Cardiology calling for John at 12 Birch Ln about his results.', [['address', '12 Birch Ln']]],
  ['Our records show 12 Birch Ln, Oak Park IL 60302 as your address. Reply Y if correct.', [['address', '12 Birch Ln'], ['zip', '60302']]],
];

const BENIGN: string[] = [
  'Our new Eastside office at 2100 Oak Park Ave opens March 3. Same hours, more parking.',
  'Flu shot clinic at Lincoln Elementary, 400 School St, Saturday 9-1. All welcome.',
  'Reminder: your appointment is Mar 14 at 10:30 at 500 Main St, Suite 210.',
  'Free BP checks at Walgreens, 1520 W Madison St, Chicago, IL 60607 this weekend.',
  'Join us for a health fair at 350 W Harrison St, Chicago IL 60607, June 12 10am-2pm.',
  'New patients welcome! Find us at 77 Elm Street, Springfield, MA 01103.',
  'Your prescription is ready for pickup at Harbor Pharmacy, 12 Dock St. Questions: 312-907-4455',
  'Support group meets the 2nd Tuesday at St. Mark\'s, 120 Church St.',
  'Billing questions? Email billing@riverclinic.org or call 312-907-4455.',
  'Appointments: appointments@northshoreclinic.com, or reply to this text.',
  'Questions about your plan? Call Member Services at 1-888-555-0142.',
  'Members: open enrollment runs 11/1-12/15. Group sessions at 2100 Oak Park Ave.',
  'Aetna, Cigna and UHC plans accepted. Learn more at clinic.org/insurance',
  'Policy 2024-07 on visitor hours is posted at the front desk.',
  'Order #1122334455 has shipped. Track at https://track.example.com/1122334455',
  'Track your package: https://tools.usps.com/go/TrackConfirmAction?tLabels=9400111899223197428490',
  'USPS: tracking 9400 1118 9922 3197 4284 90 out for delivery.',
  'Download our app: https://apps.apple.com/us/app/mychart/id382952264',
  'Quarterly survey: https://survey.clinic.org/s/Q4-2025 takes 2 minutes.',
  'Visit https://clinic.org/FluShots2025 for times.',
  'Discharge planning class for families: Wed 3/5 at 6pm, room 3B.',
  'Admissions office open 8-5, Mon 3/3 through Fri 3/7.',
  'Birth center tours on 3/14 and 3/28 at 6pm.',
  'Born in 1950-1965? Ask about hepatitis C screening.',
  'Your appointment on 3/14/2025 at 2:15pm is confirmed. Reply C to confirm.',
  'Flu clinic for ages 90 and over at 10am on Friday.',
  'We are 100% committed to your care. 95% of patients recommend us.',
  'Group 4 yoga class at 6:30pm in Room 12.',
  'Your confirmation number is 88213009. See you Monday!',
  'Chart your progress with our new app, version 2.4.',
  'Closed Monday for Memorial Day. Our 500 Main St location opens Tuesday at 8.',
  'Directions to our Oak Park office: 1000 Lake St, Oak Park, IL 60301.',
  'Reminder: Dr. Patel sees patients at 45 Hospital Plaza, Suite 300, on Tuesdays.',
  'The 100-year-old hospital building at 1 Medical Center Dr will close.',
  'Call 1-800-MEDICARE (1-800-633-4227) for plan help.',
  'Order 4411-2290-18 ships today via UPS 1Z999AA10123456784.',
  'Watch our video: https://youtu.be/dQw4w9WgXcQ',
  'Su cita es el 9/15 a las 3:00pm. Para cambiarla llame al (888) 321-7740.',
  'Dos tabletas al día, empezando el 3/14.',
  'Quality week 3/14-3/18 at our clinic.',
  'Your visit on 3/14 at 10am is confirmed. Reply C to confirm.',
  'Get tested 3/14 at our free testing event.',
  'Payment collected 3/14. Thank you!',
  'Payment due date: 4/15/2025.',
  'Over 100 years, serving the community.',
  'Suite (100) on the 2nd floor.',
  'Lakeside Cardiology is now at 12 Birch Ln, Suite 200.',
  'The flu clinic moves to 12 Birch Ln next week.',
  'Our Medicaid enrollment team is at 2100 Oak Park Ave on Tuesdays.',
  'Pharmacy hours: Mon-Fri 9-6 at 3301 W Lawrence Ave, Chicago, IL 60625.',
];

for (const [text, expected] of POSITIVES) {
  test(`identifiers find ${expected.map(([c, v]) => `${c}:${v}`).join(', ')} in ${JSON.stringify(text)}`, () => {
    for (const [category, value] of expected) assert.ok(covered(text, category, value), `${category}:${value} not found`);
  });
}

for (const text of BENIGN) {
  test(`identifiers leave ${JSON.stringify(text)} alone`, () => {
    const got = detect(text, CLINIC_CTX, identifierDetectors).map((f) => `${f.category}:${text.slice(f.start, f.end)}`);
    assert.equal(got, []);
  });
}

test.run();
