// Classes of context the health detector judges: whose health it is (a pet's, nobody's in a place name or an
// idiom), whether a broadcast is general, and vocabulary in the languages clinics text in.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { detect } from '../../../../src/inspection/detect.js';
import type { Finding } from '../../../../src/inspection/types.js';

const HEALTH = new Set(['condition', 'medication', 'lab', 'procedure']);
const health = (text: string): Finding[] => detect(text).filter((f) => HEALTH.has(f.category));
const spans = (text: string): string[] => health(text).map((f) => text.slice(f.start, f.end));
const cats = (text: string): string[] => health(text).map((f) => f.category);

test('a vet message is about an animal; the owner\'s own drug stays', () => {
  assert.equal(spans('Rocco tested positive for giardia. Meds ready at the front desk.'), []);
  assert.equal(spans('Pepper tested positive for kennel cough. Meds ready at the front desk.'), []);
  assert.equal(spans('Reminder: Bella\'s insulin (Vetsulin) refill is ready for pickup.'), []);
  assert.equal(
    spans("Your dog's meds are ready too! Ms. Cardoso, your Synthroid and Biscuit's Apoquel are at counter 2."),
    ['Synthroid'],
  );
  // An animal word in a street name or a health term says nothing about a pet.
  assert.ok(spans('Home care plan for Morag Urquhart (39 Prairie Dog Pl): nurse visits for major depressive disorder').length > 0);
  assert.equal(spans('Your son was treated for a dog bite, keep the wound clean'), ['dog bite']);
});

test('taking, running out of or switching a drug gives a word with an ordinary sense its medical one', () => {
  assert.equal(spans('Sofia takes tramadol'), ['tramadol']);
  assert.equal(spans('Mom ran out of Norco'), ['Norco']);
  assert.equal(spans('Running low on Norco, can you call it in'), ['Norco']);
  assert.equal(spans('Dad switched to lithium last week'), ['lithium']);
  // The town keeps its ordinary sense.
  assert.equal(spans('Sofia took the bus to Norco'), []);
});

test('a service named as a place is not a procedure done to someone', () => {
  assert.equal(spans('The infusion center moved to Bay 24.'), []);
  assert.equal(spans('Your infusion chair is Room 394. Check in at the desk.'), []);
  assert.equal(spans('MRI is in the basement level B2. Follow the green line.'), []);
  assert.equal(spans('ICU 15 is clean and ready. ICU 8 pending EVS.'), []);
  assert.equal(spans('Pyxis on ICU is down. Use the PACU machine.'), []);
  assert.equal(spans('Firmware 2.4.118 for your blood pressure cuff is ready.'), []);
  assert.equal(spans('Dialysis chair time changed to 5:30am MWF'), ['Dialysis chair']);
  assert.equal(spans('Your MRI is in the morning, no metal'), ['MRI']);
});

test('idioms and parcels are not health information', () => {
  assert.equal(spans('that plot twist gave me a heart attack lol'), []);
  assert.equal(spans('that exam gave me PTSD lol (it was calc)'), []);
  assert.equal(spans('the office wifi has a fever today'), []);
  assert.equal(spans('New: pharmacy delivery at Telava. Reply STOP to opt out.'), []);
  assert.equal(spans('Your baby\'s delivery is scheduled for Monday at 7am'), ['delivery']);
});

test('a symptom someone has is personal without other clinical words', () => {
  assert.equal(spans('Hi, Tomas has a fever since Monday, can we come in today?'), ['fever']);
  assert.equal(spans('Mi hijo Brayan tiene fiebre de 39.5 desde ayer'), ['fiebre']);
  assert.equal(spans('If you have a fever, please reschedule'), []);
});

test('a brand name after a person\'s name, or "your" in offer wording, is that person\'s drug', () => {
  assert.equal(spans("Receipt for Aram's Tamiflu sent to akontos@example.com"), ['Tamiflu']);
  assert.equal(spans("Can u double check Aizhan Akhmetov's insulin - got 40u instead of 4??"), ['insulin']);
  assert.equal(spans('Kalena, home delivery to ZIP 58126 is now available for your Synthroid.'), ['Synthroid']);
  assert.equal(spans("Today's flu clinic runs 9-5 at all our locations"), []);
});

test('an identified person gives an ambiguous word its medical sense', () => {
  assert.ok(spans('Driver note: Kele at 48345 S Blossom Hill Way needs wheelchair van, seizure').includes('seizure'));
  assert.equal(spans('Hi Camila, your appointment is tomorrow'), []);
});

test('broadcasts in other languages, staff notices and public-health tips are general', () => {
  assert.equal(spans('Libreng flu shot sa Sablan Clinic sa 1/2. Walang appointment na kailangan.'), []);
  assert.equal(spans('Brighton CHC: vacunas contra la gripe gratis el 8/12. No necesita cita.'), []);
  assert.equal(spans('Opioid overdose signs: slow breathing, blue lips, no response. Give naloxone and call 911.'), []);
  assert.equal(spans('Pharmacy: heparin 5,000 unit vials on backorder. Use prefilled syringes until further notice.'), []);
  assert.equal(spans('Postpartum depression is common and treatable. Talk to your provider.'), []);
  assert.equal(spans('PrEP is 99% effective at preventing HIV from sex when taken as prescribed.'), []);
  assert.equal(spans('Westbrook Schools: hearing and vision screening for 3rd grade 03/21.'), []);
  // ... but a message to one patient is not, whatever words it shares with them.
  assert.equal(cats('Shortage notice: Singulair on backorder, pharmacist will call.'), ['medication']);
  assert.equal(cats('Public Health: your syphilis test from the outreach van was reactive. Free treatment at our clinic.').includes('lab'), true);
});

test('Spanish and Portuguese drug names, and conditions, tests and procedures in the corpus languages', () => {
  assert.equal(spans('Su sertralina de 50 mg está lista para recoger'), ['sertralina']);
  assert.equal(spans('Dona Conceição recebeu alta hoje. Continuar losartana 50 mg.'), ['losartana']);
  assert.equal(spans('Le mandamos amoxicilina a la farmacia para su bebé'), ['amoxicilina']);
  assert.equal(health('Mamá, a Yahir le diagnosticaron cáncer de mama')[0]?.sensitive, 'oncology');
  assert.equal(cats('Randevou Frantz pou dyaliz chanje pou 2/4 a 1500.'), ['procedure']);
  assert.equal(cats('Bonjou Madan Célestin, rezilta sik ou a se 298.'), ['lab']);
  assert.equal(cats('Nhắc lịch hẹn: Võ Trọng Nhân nội soi đại tràng ngày 22/1 lúc 9:30.'), ['procedure']);
  assert.equal(cats('Magandang araw po, si Lola Teresita ay na-admit dahil sa pulmonya.'), ['condition']);
  assert.equal(cats('Recordatorio: Rosalba tiene cita para consulta de psiquiatría el lunes.'), ['procedure']);
  assert.equal(spans('Oficina cerrada el lunes. Medicina familiar abre el martes.'), []);
});

test('disguised spellings are read back: digits and "@" for letters, dotted letters', () => {
  assert.equal(cats('dx H1V, started b1ktarvy, f/u 4 wks'), ['condition', 'medication']);
  assert.equal(spans('my chl@mydia is back?? can i get the doxycycline again')[0], 'chl@mydia');
  assert.equal(spans('ok so fetu is on m.e.t.h.a.d.o.n.e now, 80mg'), ['m.e.t.h.a.d.o.n.e']);
  assert.equal(spans('Update: Htoo is out of C-53c710n. Surgeon will call you.'), ['C-53c710n']);
  assert.equal(spans('Questions? email chemo@clinic.org'), []);
  assert.equal(spans('Your code is 4B7X1, it expires at 10am'), []);
});

test('one letter wrong, missing, added or masked: the listed word is read', () => {
  assert.equal(spans('PillPoint: Seroquil for Hằng Lâm ready. Rx ready until Sat.'), ['Seroquil']);
  assert.equal(spans('Pt Maria Lopez dx diabeetes, please call back'), ['diabeetes']);
  assert.equal(cats('Pt Maria Lopez dx d*abetes, please call back'), ['condition']);
  assert.equal(spans('Hgb dropped to 6.8 overnight, transfusing 1 unit'), ['Hgb dropped to 6.8']);
  assert.equal(spans('La línea 988 también atiende en español, 24 horas.'), []);
});

test('a finding covers the words that make it specific', () => {
  assert.equal(spans('We missed you at your MRI of the lumbar spine today'), ['MRI of the lumbar spine']);
  assert.equal(spans('Your BRCA2 carrier result is in the portal'), ['BRCA2 carrier']);
  assert.equal(spans('Reminder: pacemaker placement Monday at 7am'), ['pacemaker placement']);
  assert.equal(spans('Dx: stage IIIA NSCLC, onc consult Friday').includes('stage IIIA NSCLC'), true);
  assert.equal(spans('Problem list: Atrial Fibrillation, Chronic Kidney Disease'), ['Atrial Fibrillation', 'Chronic Kidney Disease']);
  assert.equal(spans('Your Colonoscopy Prep Instructions are attached'), ['Colonoscopy Prep']);
});

test('words written together or with particles in other scripts', () => {
  assert.equal(cats('邓惠芳女士，您的糖化血红蛋白结果为8.7%，请尽快复诊。'), ['lab']);
  assert.equal(cats('백하은님, 당뇨병 검사 결과가 나왔습니다'), ['condition']);
  assert.equal(cats('مريض بالسكري في الغرفة 5'), ['condition']);
  assert.equal(cats('У вас диабет, пожалуйста, позвоните'), ['condition']);
  assert.equal(spans('您好，您的预约已确认'), []);
  assert.equal(spans('Привет, как дела?'), []);
});

test('an order or reference number is not a test, a phone number is not a value', () => {
  assert.equal(spans('Order #A1C-4491 has shipped'), []);
  assert.equal(spans('COVID-19 test positive, isolate 5 days'), ['COVID-19 test positive']);
  assert.equal(spans("Please fax TKACHENKO,DVORA's PT/INR to 1-505-305-7925"), ['PT/INR']);
});

test('short tests take their value right after them', () => {
  assert.equal(spans('pt Vlachos, K 2.6'), ['K 2.6']);
  assert.equal(spans('Westbrook Schools: lice check for K-2 Thu.'), []);
  assert.equal(spans('HR meeting at 2pm in room 4'), []);
  assert.equal(spans('Lose weight in 30 days with our program!'), []);
  assert.equal(cats('Room 4: 33F G2P1 at 38 wks, contractions q5').includes('condition'), true);
});

test.run();
