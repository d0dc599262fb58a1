// Hand-written long messages (concatenated SMS, 160-450 characters): discharge instructions, detailed family
// updates, prep instructions, billing explanations, public notices. PHI can sit deep inside a long benign-looking text.

export default [
  {
    kind: 'discharge',
    texts: [
      'Kaimana Health discharge instructions for [[n:Sione Vaipulu]]: you were treated for [[c:cellulitis]] of the left leg. Take [[m:cephalexin]] 500 mg four times a day for 7 more days. Keep the leg raised when sitting. Come back to the ED for fever over 101, red streaks, or pain that gets worse. Follow up with your PCP in 3-5 days. Questions: {cb}',
      'Prairie Lakes: [[n:Mr. Halvorsen]], your home medicine list changed. STOP [[m:metoprolol tartrate]]. START [[m:carvedilol]] 6.25 mg twice daily with food. CONTINUE [[m:Eliquis]] 5 mg twice daily and [[m:furosemide]] 40 mg every morning. Weigh yourself every morning; call if you gain more than 3 lb in a day or 5 lb in a week.',
      'After your [[p:colonoscopy]] today, [[n:Dorota]]: the doctor removed 2 small polyps. Results will be sent to the portal in 7-10 days. You may have some gas and bloating. No driving, alcohol or important decisions for the rest of the day. Call {cb} for heavy bleeding, severe belly pain or fever.',
      'Discharge summary texted at your request: [[n:Yusupova, Feruza]], admitted [[d:10/02/2025]] for [[c:DKA]], discharged [[d:10/05/2025]]. New: [[m:Tresiba]] 22 units nightly, [[m:Novolog]] per sliding scale. Endocrine follow-up in 1 week. Diabetes educator will call you.',
      'Hi [[n:Kalena]], this is your nurse from Alder. Now that you are home after your [[p/rep:C-section]]: keep the incision clean and dry, no lifting more than your baby for 6 weeks, and take [[m:ibuprofen]] 600 mg every 6 hours as needed. Call us if you have a fever, heavy bleeding, or feel hopeless or unable to care for yourself or the baby.',
      'Northstar BH discharge plan for [[n:Ruaridh]]: continue [[m/mh:sertraline]] 100 mg daily and [[m/mh:hydroxyzine]] as needed for [[c/mh:anxiety]]. Your outpatient therapist appointment is {appt} at {time}. Your safety plan is in your folder. If you are in crisis call or text 988, or come to our walk-in center any time.',
    ],
  },
  {
    kind: 'family-update',
    texts: [
      'ok long update on dad: surgeon came out at 4, the [[p:bypass]] was a triple not a double, they had to go in through his leg for the vein. he\'s in CVICU bed 6, still intubated but they think they\'ll wake him up tonight. [[n:Aunty Mele]] is staying with mom at the hotel. I\'ll text when he\'s awake ❤️',
      'Family update from the ICU team for [[n:Ikaika Kamakana]]\'s family: his oxygen needs went down overnight and he is now on 40% oxygen. We are treating his [[c:pneumonia]] with [[m:ceftriaxone]] and [[m:azithromycin]]. The doctor will call [[n:Leilani]] at noon. Visiting hours are 10-8, two people at a time.',
      'Hi everyone, quick update on Grandma [[n:Wiesława]]. The CT showed a small bleed in the brain from the fall, so they stopped her [[m:warfarin]] and gave her a reversal med. Neuro says it\'s stable on the repeat scan. She knows who we are and is annoyed about the hospital food, which is a good sign. Visiting is fine but only 2 at a time.',
      'Hey, so the [[l/onc:biopsy results]] came back for mom. It is [[c/onc:breast cancer]], stage 2, HER2 positive. The oncologist is Dr. Kapoor at Mid-Valley and she starts [[p/onc:chemo]] in 3 weeks, then surgery. She wants people to know but asks that nobody posts about it online. She\'d love cards and casseroles.',
      'update: [[n:Jomar]] is home!! the doctors think the [[c:seizure]] was from low sodium, not epilepsy, so no [[m:Keppra]] for now. he has to get [[l:labs]] again friday and can\'t drive for 6 months (he is NOT happy about that lol). thank you all for the food and rides this week',
    ],
  },
  {
    kind: 'care-team',
    texts: [
      'Night sign-out, 4W: [[n:Mkrtchyan]] rm 402 [[c:CHF]], diuresing well, [[l:K 3.2]] repleted, recheck at 0400. [[n:Bekele]] rm 405 [[c/su:EtOH withdrawal]] day 2, CIWA 6, on [[m/su:Librium]] taper. [[n:Mrs. Nakagawa]] rm 411 [[c:hip fx]] s/p [[p:ORIF]], pain controlled, PT in AM. Nothing pending except 0400 labs.',
      'Hospice IDT summary: [[n:Verna Chee]] ([[c/onc:pancreatic cancer]]) declining, sleeping 20 hrs/day, family requests more visits. [[n:Mr. Kaʻaihue]] ([[c:ESRD]], stopped [[p:dialysis]] [[d:11/2]]) comfortable, daughter flying in Friday. [[n:Ms. Szymańska]] ([[c:dementia]]) stable, recert due. Chaplain to see all three this week.',
      'Hospice RN visit note for the family of [[n:Torbjørn Nygaard]]: he is resting comfortably. Breathing is slower with some pauses, which is expected at this stage. His hands and feet feel cool. We gave [[m:morphine]] 5 mg at 14:10 for air hunger and [[m:glycopyrrolate]] for the secretions. Keep his lips moist, talk to him - hearing is often the last sense to go. Call the 24-hour line any time, day or night, and a nurse will come.',
      'Case conference re [[n:Yonas Bekele]], 54M, [[c:SCI]] C5 from MVC: wheelchair [[dev:WC22-401187]] delivered, home ramp still not built, Medicaid [[plan:MCD-400871122]] approved PCA 40 hrs/wk. Barrier: apartment at [[addr:3310 Kestrel Ln Apt 2B]] is 2nd floor, no elevator. SW pursuing accessible housing.',
    ],
  },
  {
    kind: 'reminder',
    benign: true,
    texts: [
      'Prairie Lakes Endoscopy: your procedure is {appt}. The day before: clear liquids only (broth, apple juice, Jell-O - nothing red or purple). At 5pm drink the first half of the prep; 5 hours before arrival drink the second half. You must have a driver; rides by taxi or rideshare alone are not allowed. Questions: {cb}',
      'Kaimana Health: we look forward to seeing you {appt} at {time}. Please bring your insurance card, a photo ID, all your medicine bottles, and a list of questions. If you need an interpreter, we provide one at no cost - just reply with your language. Parking is free in the visitor garage on Kapiolani Blvd, level 2.',
      'Tidewater Family Dental: thanks for booking! Your visit is {appt} at {time} at our Laskin Rd office, Unit 4. New patients please arrive 15 minutes early to fill out forms. We accept most PPO plans. If you need to cancel, please give us 24 hours notice so another patient can have your spot.',
      'Westbrook Schools Health Office: kindergarten registration requires proof of immunizations (DTaP, polio, MMR, varicella, hepatitis B) and a physical exam completed within the last 12 months. Forms are at wbsd.link/health. If your child has a medical exemption, please contact the school nurse before August 15.',
    ],
  },
  {
    kind: 'broadcast',
    benign: true,
    texts: [
      'Clearwater County Public Health: heat warning Thursday-Sunday with highs up to 108°F. Cooling centers are open 10am-8pm at the public library and the senior center. Drink water before you feel thirsty, avoid outdoor work from noon to 6, and check on older neighbors, people living alone and anyone with heart or lung disease. Never leave children or pets in cars.',
      'PillPoint pharmacy update: starting next month, prescriptions left unclaimed for 10 days will be returned to stock. We will text you when your prescription is ready and again after 5 days. To keep it longer, reply HOLD. Auto-refill customers are not affected. Thank you for choosing PillPoint.',
      'Kaimana Health visitor policy update: because of high flu and RSV activity, visitors under 12 are not allowed on inpatient units until further notice. Adults with cough, fever or a runny nose should not visit. Masks are available at every entrance. Thank you for helping us protect our patients.',
      'Keystone Mutual: your 2026 plan documents are ready. Changes this year include lower copays for generic drugs ($5), coverage for telehealth therapy visits, and a new 24/7 nurse line. Your member ID stays the same. Review your Evidence of Coverage at keystonemutual.com/2026 or call {cb} for a printed copy.',
      'Saint Anselm Medical Center is changing its billing system on Jan 1. Statements will look different, and you may receive one final statement from the old system. Payment plans and financial assistance approvals carry over automatically. If you have questions about a bill, call {cb}, Monday-Friday 8am-5pm.',
    ],
  },
  {
    kind: 'billing',
    texts: [
      'St. Anselm billing: [[n:Ms. Kaczmarek]], your statement for the [[p:MRI of the lumbar spine]] on [[d:08/21/2025]] shows $1,840.00 charged, insurance paid $1,312.60, adjustment $302.40, your share $225.00. You can set up a payment plan with no interest, or apply for financial assistance at stanselm.org/help. Account [[acct:88-4410922]].',
      'Hi [[n:Gbenga]], Copper Ridge Urgent Care here. Your insurance denied the claim for your [[d:6/14/25]] visit because the plan shows as inactive. If you had other coverage on that date, reply with a photo of the card. Otherwise your self-pay balance is $125 (discounted from $189). Card on file {card} will not be charged without your OK.',
    ],
  },
  {
    kind: 'spanish',
    lang: 'es',
    texts: [
      'Instrucciones de alta para [[n:Anselmo Villarreal]]: usted fue tratado por [[c:cálculos renales]]. Tome mucha agua (8 a 10 vasos al día), tome [[m:tamsulosina]] 0.4 mg cada noche y [[m:ibuprofeno]] si tiene dolor. Cuele la orina y guarde la piedra si sale. Regrese a urgencias si tiene fiebre, vómito que no para o no puede orinar.',
      'Actualización para la familia de [[n:Doña Socorro]]: la [[p:operación de la cadera]] salió bien. Está en recuperación y la pasarán a su cuarto en unas 2 horas. Puede tener un poco de confusión esta noche por la anestesia; es normal. Solo dos visitantes a la vez, hasta las 8 de la noche.',
      'Mensaje para la familia de [[n:Eusebio Paredes]]: hoy la doctora habló con ustedes sobre el [[c/onc:cáncer de páncreas]] y los cuidados de hospicio. Él puede seguir tomando [[m:morfina]] líquida para el dolor y [[m:lorazepam]] si está inquieto. No tiene que comer si no quiere. Pueden llamar a la enfermera de guardia las 24 horas. Gracias por dejarnos acompañarlos en este tiempo tan difícil.',
      'Clínica Brighton: le recordamos que su cita es el {appt} a las {time}. Traiga su tarjeta de seguro, una identificación y todos sus medicamentos. Si necesita intérprete de otro idioma, avísenos. Si no puede venir, llame al {cb} con al menos 24 horas de anticipación para dar su lugar a otro paciente.',
    ],
  },
];
