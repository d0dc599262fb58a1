import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { detect } from '../../../../src/inspection/detect.js';
import { NAME_LEXICON_SIZE } from '../../../../src/inspection/lexicon/name-lexicon.js';
import { BENIGN_MESSAGES } from '../health/fixtures/benign-messages.js';
import { PHI_MESSAGES } from '../health/fixtures/phi-messages.js';

const names = (text: string): string[] =>
  detect(text)
    .filter((f) => f.category === 'name')
    .map((f) => text.slice(f.start, f.end));

test('the lexicon is large and multi-ethnic', () => {
  assert.ok(NAME_LEXICON_SIZE > 100_000, String(NAME_LEXICON_SIZE));
  for (const n of ['Oluwaseun', 'Chukwuemeka', 'Akosua', 'Wanjiru', 'Tesfaye', 'Nguyen', 'Jiwoo', 'Haruto', 'Priya', 'Mohammed', 'DeShawn', 'Yitzchak', 'Wojciech', 'Kowalczyk', 'Xiaoming', 'Guadalupe', 'Adeyemi', 'Okonkwo', 'Mensah', 'Odhiambo', 'Takahashi', 'Haddad', 'Svetlana']) {
    assert.equal(names(`Hi ${n}, call us`), [n], n);
  }
});

test('benign traffic gets no name finding', () => {
  for (const text of BENIGN_MESSAGES) assert.equal(names(text), [], text);
});

test('every message with a name gets a name finding', () => {
  for (const c of PHI_MESSAGES.filter((x) => x.categories.includes('name'))) {
    assert.ok(names(c.text).length > 0, c.text);
  }
});

test('greetings, honorifics, roles and relations anchor a name', () => {
  assert.equal(names('Hi Maria, your appointment is tomorrow'), ['Maria']);
  assert.equal(names('Dear Mrs. Okafor, your bill is ready'), ['Okafor']);
  assert.equal(names('Pt Wei Zhang needs transport'), ['Wei Zhang']);
  assert.equal(names('Your son Tim has an appointment'), ['Tim']);
  assert.equal(names('Patient Chukwuemeka Okafor checked in'), ['Chukwuemeka Okafor']);
  assert.equal(names('RE: Maria Lopez'), ['Maria Lopez']);
});

test('a vocative opening the message', () => {
  assert.equal(names('Maria, your ride is here'), ['Maria']);
  assert.equal(names('Kowalczyk - please call the office'), ['Kowalczyk']);
  assert.equal(names('Thanks, your order shipped'), []);
});

test('lower case after a greeting', () => {
  assert.equal(names('hi maria, ur appt is at 3'), ['maria']);
  assert.equal(names('hi there, ur appt is at 3'), []);
  assert.equal(names('hey u, appt at 3'), []);
});

test('surnames in clinical shorthand and with age/sex notation', () => {
  assert.equal(names('Transport for Kowalczyk from 12 Birch Ln at 6am'), ['Kowalczyk']);
  assert.equal(names('Adeyemi (88F) fell overnight, ortho consult'), ['Adeyemi']);
  assert.equal(names('Adeyemi fell overnight, ortho consult'), ['Adeyemi']);
  assert.equal(names('Nguyen missed dose this am'), ['Nguyen']);
});

test('full names with initials, particles and hyphens', () => {
  assert.equal(names('Grace Kowalczyk has an appointment'), ['Grace Kowalczyk']);
  assert.equal(names('Reminder for Maria J. Gonzalez: bring your card'), ['Maria J. Gonzalez']);
  assert.equal(names('Patient Maria de la Cruz is here'), ['Maria de la Cruz']);
  assert.equal(names('Hi Soo-jin, your forms are ready'), ['Soo-jin']);
});

test('names that are common words need a strong anchor', () => {
  assert.equal(names('Will you be home on May 5?'), []);
  assert.equal(names('Hope you had a great weekend'), []);
  assert.equal(names('Mark your calendar for June'), []);
  assert.equal(names('Hi Grace, see you soon'), ['Grace']);
  assert.equal(names('Hi Will, your refill is ready'), ['Will']);
  assert.equal(names('Ms. May, your forms are ready'), ['May']);
});

test('providers are not patients: after Dr., before a credential, staff introductions', () => {
  assert.equal(names('Your appointment with Dr. Sarah Chen is Monday'), []);
  assert.equal(names('Call Sarah Chen, NP at 555-0123'), []);
  assert.equal(names('This is Jessica from Sunrise Clinic'), []);
  assert.equal(names('Victoria from billing called'), []);
  assert.equal(names('Your driver Jamal is arriving'), []);
  assert.equal(names('Hi Maria, Dr. Patel will call you'), ['Maria']);
});

test('organisations, places and brands are not people', () => {
  assert.equal(names("St. Luke's Hospital reminder"), []);
  assert.equal(names('Kaiser Permanente: your visit is confirmed'), []);
  assert.equal(names('Your refill is ready at Kowalczyk Pharmacy'), []);
  assert.equal(names('Your vehicle is ready at Jiffy Lube'), []);
  assert.equal(names('Sunny skies today in Austin'), []);
  assert.equal(names("Join the Parkinson's Foundation walk"), []);
});

test('ALL-CAPS messages: full names and anchors only', () => {
  assert.equal(names('REMINDER: APPT TOMORROW 9AM WITH DR LEE'), []);
  assert.equal(names('MARIA GONZALEZ - APPT CONFIRMED 3PM'), ['MARIA GONZALEZ']);
  assert.equal(names('HI MARIA, APPT TOMORROW'), ['MARIA']);
});

test('single surnames in broadcasts are not reported', () => {
  assert.equal(names('Join Adeyemi and friends at our free health fair for everyone'), []);
});

test('full names where one half is in no list, after a soft anchor or a clinical verb', () => {
  assert.equal(names('Hospice RN: Chiyo Hasegawa passed at 0410 on 11/19/2025.'), ['Chiyo Hasegawa']);
  assert.equal(names('Claim 4471 for Waisale Tuivaga, DOS 25 Aug 2022, sent to insurance'), ['Waisale Tuivaga']);
  assert.equal(names('Join us at Bright Horizons for story time'), []);
});

test('greetings, kin words and honorifics of other languages', () => {
  assert.equal(names('Olá Luana, seu exame de colesterol deu 275.'), ['Luana']);
  assert.equal(names('Talofa Fetu, o le suka o lou tama e 350'), ['Fetu']);
  assert.equal(names('Nyob zoo Pa Nhia Xiong, koj lub sij hawm kuaj ntshav yog 14/5'), ['Nhia Xiong']);
  assert.equal(names('Pani Halina Krawczyk, wynik cukru 245'), ['Halina Krawczyk']);
  assert.equal(names('Bonjou Madan Célestin, rezilta sik ou a se 298.'), ['Célestin']);
  assert.equal(names('Octubre es el mes del cáncer de mama. Pregunte por su mamografía.'), []);
});

test('after an honorific an ordinary word is a surname', () => {
  assert.equal(names('Mr. Brings Plenty, please call us about your test'), ['Brings Plenty']);
  assert.equal(names('Don Day, su fecha de nacimiento es 18 de enero?'), ['Day']);
  assert.equal(names('MS Teams link for the volunteer orientation'), []);
});

test('"morning" and "evening" greet only as greetings', () => {
  assert.equal(names('Good evening Maria, your ride is here'), ['Maria']);
  assert.equal(names('Reminder: Evening Light is closed Fri 6/20.'), []);
  assert.equal(names('Your care team today: Dr. Haddad, Nurse Bashir and MA Lupe.'), []);
});

test('kin words of other languages, subjects of their clinical verbs, possessed health terms', () => {
  assert.equal(names('Su hijo/a Yadira necesita radioterapia antes del viernes.'), ['Yadira']);
  assert.equal(names('Mi hijo Brayan tiene fiebre de 39.5 desde ayer'), ['Brayan']);
  assert.equal(names('Nayeli fue internado/a con neumonía, está en el cuarto 612.'), ['Nayeli']);
  assert.equal(names('Receipt for Aram\'s Tamiflu sent to the pharmacy'), ['Aram']);
  assert.equal(names('¿Cómo fue su visita? Responda del 1 al 5.'), []);
});

test('staff covering a shift, an appointed colleague, a sign-off only at the end', () => {
  assert.equal(names('Marco (intake) is out today; Lupe is covering.'), []);
  assert.equal(names('Staff spotlight: Trinh Luong, our pharmacy tech of the year!'), []);
  assert.equal(names('Hub offline 48h - Dil Ghimire, last seen from 24.247.46.31'), ['Dil Ghimire']);
});

test('clinic, school and restaurant names', () => {
  assert.equal(names('Vacina da gripe grátis neste sábado na clínica Brighton.'), []);
  assert.equal(names('Your table for 4 at Ohana Grill is confirmed for 7:30pm.'), []);
  assert.equal(names('Libreng bakuna kontra trangkaso ngayong Sabado sa clinic.'), []);
});

test('a vocative opening a message that speaks to its reader, also after the sender label', () => {
  assert.equal(names('Kalena, home delivery to ZIP 58126 is now available for your Synthroid.'), ['Kalena']);
  assert.equal(names('Mid-Valley Oncology: Anahit, cycle 4 of FOLFOX Sat 8/29 3:30 PM. Bring your pump.'), ['Anahit']);
  assert.equal(names('Proxy access: Chiyo Hasegawa can now see the records'), ['Chiyo Hasegawa']);
  assert.equal(names('Hand, foot and mouth disease is going around local daycares. Wash your hands often.'), []);
  assert.equal(names('— Jen, case manager: our phones are back up. Thanks for your patience!'), []);
});

test('a relation in brackets, a name tag, "para", imaging someone has', () => {
  assert.equal(names('Ogechi (his daughter) called about the results'), ['Ogechi']);
  assert.equal(names('Emergency contact: Neimy Nawaqa (daughter) +679 902 2991'), ['Neimy Nawaqa']);
  assert.equal(names('Lost & found: wallet with DL F9047820 (name Aigerim Karimova) at security desk'), ['Aigerim Karimova']);
  assert.equal(names('Thiago called about Nizhoni\'s CT chest, call back at (207)754-3175'), ['Thiago', 'Nizhoni']);
  assert.equal(names('Nueva dirección para Nemesio Alvarado: Navajo Rte 19, Window Rock, AZ 86560.'), ['Nemesio Alvarado']);
  assert.equal(names("Duke's bloodwork looks great!"), []);
});

test('names of communities the census lists miss, and surnames known by their ending', () => {
  for (const n of ['Gulnara Sultanbekova', 'Siaosi Moala', 'Sarita Thapa', 'Kwaku Mensah', 'Widline Auguste', 'Anahit Hakobyan', 'Tahoma Benally']) {
    assert.equal(names(`Transport for ${n} at 6am, wheelchair`), [n], n);
  }
  assert.equal(names('Lab results for Aizhan Zhumabekova are back, call the clinic'), ['Aizhan Zhumabekova']);
  assert.equal(names('Reply 1 for Spanish. Hours 9-5 at the Main Street office.'), []);
});

test('names spelled out letter by letter', () => {
  assert.equal(names('Wrong chart! Orders for P.o.r.t.i.l.l.o went under MRN 3768937'), ['P.o.r.t.i.l.l.o']);
});

test("pets in a veterinary message, a service's name, a business that is hiring or moving", () => {
  assert.equal(names('Bright Paws: Luna is due for rabies vaccine. Book online.'), []);
  assert.equal(names("Reminder: Bella's heartworm refill is ready."), []);
  assert.equal(names('Pepper (owner Leimomi Kaaihue, 507/917-1470) checked in for surgery at 9:30, neuter'), ['Leimomi Kaaihue']);
  assert.equal(names('74446259 is your login code for Kaimana.'), []);
  assert.equal(names('Alder is hiring CNAs. Apply online'), []);
  assert.equal(names('Grief support group meets Thursdays at 6pm, Evening Light. All welcome.'), []);
  assert.equal(names('Security question on file for Dieula: first pet. Last 4 of SSN: 4594'), ['Dieula']);
  assert.equal(names('Health office: Siaosi Moala vomited x2 in class, stomach bug going around 3rd grade.'), ['Siaosi Moala']);
});

test('Korean given names, names in Chinese or Korean script, a word-name before "passed away"', () => {
  assert.equal(names('Telehealth: connection for Ha-eun Oh from 10.19.250.221 dropped'), ['Ha-eun Oh']);
  assert.equal(names('Pt 沈建华 Medicaid # EVS763915487, verified today'), ['沈建华']);
  assert.equal(names('提醒：您的预约在明天下午两点。'), []);
  assert.equal(names('Sad news: Brandy passed away 4/22/2023 at 8:15 AM. Family has been notified.'), ['Brandy']);
  assert.equal(names('Summer passed by quickly, see you in the fall'), []);
});

test('callers in voicemail transcripts, requests made by someone, a contact detail after the name', () => {
  assert.equal(names('Voicemail from Gloria Reyes: needs to move her MRI to next week'), ['Gloria Reyes']);
  assert.equal(names('Hi, my name is Oluwaseun Adebayo, I need a refill of my inhaler'), ['Oluwaseun Adebayo']);
  assert.equal(names('Hi, my name is Jessica from Sunrise Clinic, we have your forms ready'), []);
  assert.equal(names('Calling on behalf of Tomasz Wojcik about his wound care supplies'), ['Tomasz Wojcik']);
  assert.equal(names('Visit today: Okonkwo, 12 Birch Ln, Springfield IL 62704, wound care'), ['Okonkwo']);
});

test('"it\'s" in a transcript, "check on", "thanks ... for", a patient going from somewhere', () => {
  assert.equal(names('Transcript: "Yeah hi, it\'s Dolores, I missed my appointment this morning"'), ['Dolores']);
  assert.equal(names('Secure chat - RN Kim: can you check on Okafor in 12? BP 90/50'), ['Okafor']);
  assert.equal(names('Study coordinator: thanks Priya for completing visit 4! Next: 7/9'), ['Priya']);
  assert.equal(names('Escort needed for Olufemi from radiology back to 6E'), ['Olufemi']);
  assert.equal(names('Victoria from billing called'), []);
});

test('surname first in Title Case after an anchor', () => {
  assert.equal(names('Recert visit for Chee, Verna: pancreatic ca, PPS 30%, still eligible'), ['Chee, Verna']);
  assert.equal(names('Moving to Austin, Texas next week'), []);
  assert.equal(names('Clinic closed Monday, June 3 for the holiday'), []);
});

test('a bare surname after a closing dash labels the patient; a given name there signs', () => {
  assert.equal(names('Refill of lisinopril ready for pickup - Okonkwo'), ['Okonkwo']);
  assert.equal(names('Our phones are back up. Thanks for your patience! - Jessica'), []);
});

test.run();
