// Cue phrases that tell a broadcast from a message about one person, and clinical words that give an
// ambiguous health word ("stroke", "depressed") its medical sense. Matching is by token (see phrase-trie.ts):
// case, punctuation, hyphens and plurals do not matter.

/** A message aimed at many people: offers, events, tips, announcements. [weight, phrases]. */
export const GENERAL_CUES: ReadonlyArray<readonly [number, string]> = [
  [
    2,
    `all our locations, all locations, all of our locations, any location, any of our locations, our locations,
    participating locations, participating pharmacies, all our clinics, all our pharmacies, everyone, anyone,
    community, awareness month, awareness week, awareness day, join us, tips, learn more, health fair, walk in,
    walk ins, no appointment needed, no appointment necessary, no appointment required, open to the public,
    webinar, workshop, seminar, support group, support groups, sign up, register, registration, rsvp, did you know,
    people with, those with, anyone with, newsletter, shop now, coupon, promo, promo code, discount, percent off,
    limited time, while supplies last, visit our website, introducing, now offering, we now offer, now accepting,
    accepting new patients, now available, public health, health department, advisory, outbreak, grand opening,
    new location, schedule yours, book yours, get yours, protect yourself, protect your family, stay healthy,
    reminder to all, ask your doctor, ask your provider, talk to your doctor, screening event, free screening,
    free screenings, free testing, free test, free tests, free clinic, open house, fundraiser, donate, volunteer,
    campaign, national, world, celebrate, celebrating, foundation, association, society, alliance, coalition, 5k,
    walkathon, awareness, you are not alone, you re not alone, youre not alone, ask your pharmacist, ask your pharmacy,
    ask us about, stay up to date, up to date on, protect your, know the signs, many people, most people, millions of,
    tip of the day, health tip, wellness tip, recommended for adults, recommended for everyone, recommended for anyone,
    eligible adults, everyone 6 months, flu season, cold and flu season, most plans, most insurance,
    most insurance plans, health matters, starting at age, graders, all students, all grades, all are welcome,
    everyone is welcome, all welcome, everyone welcome, luncheon, potluck, gala, picnic, festival, expo, ceremony,
    candlelight, vigil, candles, lecture, guest speaker, meets every, meets weekly, cash price, cash prices, as little as,
    per pill, per tablet, savings card, copay card, discount card, discount program, lowest price, price match,
    price list, cooking demo, book signing, is common, are common, is treatable, are treatable, common and treatable,
    over the counter, sold over the counter, signs of a, know the symptoms, exposure possible, possible exposure,
    if unvaccinated, all mammogram, every pregnancy, every annual, part of every, now starts at, screening starts at,
    home test kits, until further notice, all staff,
    all units, all nurses, employee health, declination, declination forms, clean and ready, beds open, pending evs,
    no action needed, records are due, forms are due, forms due, 3rd grade, 4th grade, 5th grade, kindergarten,
    all grades, nurse office,
    gratis, gratuito, gratuita, gratuitas, gratuitos, no necesita cita, sin cita, la comunidad,
    personas con, mes de la, mes nacional, concientizacion, pruebas gratis, clases gratis,
    libreng, walang appointment, para sa lahat, sem agendamento, sem marcacao, para todos,
    mien phi, tat ca, pou tout moun, tout moun, san randevou`,
  ],
  [
    1.5,
    `free, event, events, sale, deal, deals, get your, now open, classes, class, families, kids, children, seniors,
    adults, ages, aged, save, savings, members, employees, residents, patients, students, customers, students,
    available today, this weekend, today only, enroll, enrollment, open enrollment, walk, run, race, worried about,
    concerned about, struggling with, living with, whenever you need, learn how, find out, find a, near you,
    in your area, risk factors, hotline, helpline, crisis line, lifeline, text line, we treat, we offer,
    same day visits, celebration, low cost, auditorium, community room, with most, most medicare, most part d,
    most commercial, effective, protects, protect, prevents, preventing, newborns, in women, in men, check for ticks,
    common, clinic for, knowing your status, confidencial, confidential testing, prevencion`,
  ],
  [
    1,
    `available, offer, offers, offering, season, holiday, holidays, alert, cases, www, http, https, com, org,
    program, programs, info, learn, join, visit us, stop by, come in, week, month, weekend, staff, local, area, welcome,
    county, city, state, schools, school, meeting, meetings, caregivers, prices, price, per month, generic, generics,
    no cost, covered at 100, get screened, get tested, get checked, get vaccinated, signs of, warning signs,
    reduce your risk, lower your risk, 24 7, any time, anytime, confidential, tip, fact, myth, cafeteria,
    conference room, demo, signs, don t let, dont let, visit us for, call 911, give naloxone, todos, todas, aviso de, libre`,
  ],
];

/** Any of these makes the message about one person, whatever else it says. */
export const STRONG_PERSONAL_CUES = `came back, tested positive, tested negative, refill, refills, renew, renewal, renewed,
  dose, doses, dosage, missed dose, were prescribed, was prescribed, been prescribed, prescribed you, prescribed for you,
  doctor prescribed, dr prescribed, prescription for, rx for, ready for pickup, ready for pick up,
  declined, denied, prior auth, prior authorization, preauthorization, coverage, pt, dx, hx, sx, tx, s p,
  c o, f u, r o, meds, vitals, overnight, fell, consult, admitted, discharged, transport, post op, pre op, bed, npo,
  prn, you tested, you missed, your son, your daughter, your child, your baby, your mother, your mom, your father,
  your dad, your wife, your husband, your partner, your spouse, your parent, your grandmother, your grandfather,
  your grandson, your granddaughter, your brother, your sister, your loved one, your care team, your recent,
  your latest, your last, your level, your levels, your labs, your lab, your test, your tests, auth approved,
  authorization approved, auth for, authorization for, auth denied, authorization denied, auth request, we missed you,
  you missed, missed your, no show, your chart, your care plan, your treatment, your procedure, your surgery,
  your dx, recheck, new dx, dx of, diagnosed with, our records show, your records, based on your, referred you,
  your doctor referred, you may be eligible, you are eligible, you qualify, since you have, because you have,
  as someone with, instrucciones de alta, sus instrucciones, your recent diagnosis, your condition, your history, your diagnosis, was reactive, were reactive,
  came back reactive, close contact of, named as a close contact, identified as a close contact, mi hijo, mi hija,
  su hijo, su hija, su bebe, mi bebe, tu abuelita, tu abuelo, mi mama, mi papa, su esposo, su esposa, pitit ou,
  anak mo, si lola, si lolo, si tatay, si nanay, seu filho, sua filha, con ban, chau`;

/** Weaker signs of a personal message. [weight, phrases]. */
export const PERSONAL_CUES: ReadonlyArray<readonly [number, string]> = [
  [
    2,
    `prescribed, can i get, can i have, can you send, can u send, i need, i have, i got, i m on, im on, i was,
    my doctor, my meds, my prescription, my rx, my results, my test, usted fue, fue tratado, fue tratada, su cita,
    sus resultados, su resultado, su receta, su medicamento, sus medicamentos, le diagnosticaron, fue internado,
    fue internada, sua receita, seu exame, seus exames, recebeu alta, rezilta ou, renmed ou, resulta mo,
    sign your, your consent, consent form, your intake, your session, in class, sent home, please pick up, come pick up, result, results, resulted, abnormal, elevated, diagnosed, diagnosis, positive for, negative for, test positive,
    your balance, balance due, amount due, your bill, your statement, your invoice, charges for, billed for, you owe`,
  ],
  [
    1.5,
    `patient, you have, you were, you are due, you re due, youre due, you ve been, you ve had, you had, claim, approved,
    copay for, your copay, copay, copays, balance`,
  ],
  [
    1,
    `scheduled, appointment, appt, confirm, reschedule, arrive, check in, your visit, your procedure, take, taking,
    pick up, pickup, your doctor, your provider, your dr`,
  ],
  [0.5, `you, reply, call us, call back, questions`],
];

/** Clinical words: an ambiguous health word near these is medical ("stroke" after "had a", "patient"). */
export const CLINICAL_CUES = `doctor, dr, physician, provider, nurse, clinic, hospital, er, emergency, urgent care,
  pharmacy, pharmacist, prescription, rx, medication, medications, meds, med, treatment, treated, therapy, symptom,
  symptoms, diagnosis, diagnosed, dx, hx, history of, patient, pt, chart, care team, lab, labs, test, tested, results,
  scan, referral, referred, specialist, consult, follow up, f u, admitted, discharge, discharged, had a, suffered,
  recovering, recovery, risk, flare, attack, episode, vitals, bp, fell, overnight, ortho, neuro, cardio, icu,
  post op, pre op, mg, dose, dosage, refill, coverage, prior auth, claim, insurance, mental health, screening,
  diagnostic, chronic, acute, severe, mild, condition, disorder, disease, infection, positive, negative, level, levels,
  hospice, rehab, counselor, therapist, psychiatrist, oncologist, ob, surgeon, surgery, wound, visit note, bandage,
  dressing, incision, stitches, sutures, splint, brace,
  progress note, nursing, nurse visit, home visit, unstable, healing, results, medical records,
  chart, bedside, care plan, cita, seguimiento, medico, medica, doctora, clinica,
  receta, resultados, tratamiento, randomized, randomised, study drug, study visit, study medication, placebo,
  investigational, consent visit, screening visit, clinical trial, research study, enrolled in, infusion, dialysis,
  nauseous, npo, icu, ed, hospice nurse, home health, caregiver, bedside, comfort care, dnr, code status,
  dispatch, chief complaint, ems, medic, paramedic, paramedics, ambulance, run sheet, field report, triage,
  intake for, bh intake, intake appointment, reason for visit, admit, na admit, naadmit, health office,
  school nurse, seen in, sent home, complained of, close contact, recert, ortho, internado, internada, hospitalizado,
  hospitalizada, urgencias, enfermera, enfermero, hospital, ospital, lopital, doktè, dokte, isbitaalka, falemai,
  bacsi, bac si, benh vien, doktor, ospital, lekarz, lekarzem, szpital, doctor lai, psych ward, psych unit,
  psychiatric unit, psychiatric ward, consent for, care manager, fall call, potu, falemai, isbitaal, lopitan,
  takes, taking, ran out of, running out of, running low on, prescribed, started on, switched to, stopped taking,
  sats, headache`;

/** Veterinary vocabulary: the health words of a message with these are an animal's, not a person's. */
export const ANIMAL_CUES = `vet, vets, veterinary, veterinarian, animal hospital, pet, pets, dog, dogs, cat, cats, puppy,
  puppies, kitten, kittens, canine, feline, paws, kennel, kennel cough, boarding, groomer, grooming, neuter,
  neutered, spay, spayed, heartworm, heartworm test, fleas, flea and tick, bordetella, parvo, distemper,
  giardia, ear mites, rabies booster, rabies tag, fvrcp, dhpp, dhlpp, lepto vaccine, feline leukemia, fiv, felv, vetsulin, rimadyl, apoquel, nexgard, bravecto, simparica, heartgard, cytopoint, galliprant,
  proin, carprofen, dewormer, deworming, microchip, litter box, kibble, leash, catnip, treats, tail, perros, gatos,
  mascota, mascotas`;

/** Astrology: "Cancer" is a sign here. */
export const HOROSCOPE_CUES = `horoscope, horoscopes, zodiac, aries, taurus, gemini, leo, virgo, libra, scorpio,
  sagittarius, capricorn, aquarius, pisces, astrology, astrological, star sign, sun sign, your stars, your sign,
  all signs, lucky color, lucky colour, lucky number, lucky day, mercury retrograde, retrograde, full moon, new moon,
  moon in, tarot, cosmic, cancer season, leo season, cancerian, cancerians, moon child, crab`;
