// PHI templates the detector authors may read (dev split). Grouped by the category each one is built around;
// most carry other labels too. Holdout phrasings live in phi-holdout.mjs and are written differently.
import { m, span } from '../message.mjs';

const T = (group, kind, make) => ({ group, kind, make });

const ordinal = (n) => `${n}${[11, 12, 13].includes(n % 100) ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;

const ageTag = (k, p) => {
  const n = k.r.chance(0.5) ? k.r.int(90, 103) : k.r.int(34, 88);
  return n > 89 ? span('age', `${n}${p.sex}`) : `${n}${p.sex}`;
};

export const PHI_DEV = [
  // --- names, anywhere in the message ---
  T('name', 'pager', (k) => { const p = k.person(); return m`${k.adultUnit()}: ${k.name(p, 'family')} (${ageTag(k, p)}) fell overnight, ortho consult`; }),
  T('name', 'transport', (k) => m`Transport for ${k.name(k.person(), 'family')} from ${k.address()} at ${k.time()}`),
  T('name', 'care-team', (k) => m`${k.dr()} asked that someone update ${k.name()}'s family on the plan before ${k.time()}`),
  T('name', 'reminder', (k) => { const p = k.person(); return m`Hi ${k.name(p, 'given')}, reminder of your appt with ${k.dr()} on ${k.apptDate()} at ${k.time()}. Call ${k.callback()} to reschedule.`; }),
  T('name', 'home-care', (k) => m`Nurse visit for ${k.name()} moved to ${k.day()} ${k.time()}. ${k.clinician()} will cover.`),
  T('name', 'family-update', (k) => { const p = k.person(); return m`Your ${k.relation(p, ['parent'])} ${k.name(p)} has been moved to ${k.unit()} ${k.room()}. Visiting hours end at 8pm.`; }),
  T('name', 'pager', (k) => m`${k.room()} ${k.name(k.person(), 'caps')} c/o chest pain, trop pending, pls eval`),
  T('name', 'care-team', (k) => m`Can someone cover ${k.titled()} in ${k.room()}? I'm stuck in a rapid`),
  T('name', 'pharmacy', (k) => m`${k.org().short}: order for ${k.name()} is ready. Bring photo ID.`),
  T('name', 'lab-result', (k) => m`Critical value called to RN for ${k.name()}: ${k.lab('plain')}. Read back confirmed.`),

  // --- addresses and ZIPs ---
  T('address', 'home-care', (k) => m`CareBridge: aide arriving at ${k.address()} between ${k.time()} and ${k.time()}. Ring bell twice.`),
  T('address', 'transport', (k) => m`Pickup confirmed: ${k.address()}, ${k.cityZip()} -> ${k.org().name}, ${k.day()} ${k.time()}`),
  T('address', 'pharmacy', (k) => m`Your ${k.medication()} is out for delivery to ${k.address()}. Signature required.`),
  T('address', 'care-team', (k) => m`New address for ${k.name()}: ${k.address()}. Please update before the home visit.`),
  T('address', 'ems', (k) => m`EMS en route to ${k.address()}, ${k.age()}yo ${k.condition('plain')}, ETA 12 min`),
  T('zip', 'broadcast-targeted', (k) => m`We have you at ZIP ${k.zip()} - your nearest lab draw site has changed. Details: ${k.callback()}`),
  T('zip', 'insurance', (k) => m`Address on file ends ${k.cityZip()}. Reply Y if correct so we can mail your new member card.`),
  T('zip', 'home-care', (k) => m`Referral for ${k.name()}, zip ${k.zip()}, needs PT 2x/wk after ${k.procedure('plain')}`),

  // --- dates tied to a person ---
  T('date', 'ed', (k) => m`ED: pt ${k.name()} DOB ${k.dob()} arrived, triage level 2, ${k.condition()}`),
  T('date', 'admission', (k) => m`${k.titled()} admitted ${k.date()} with ${k.condition()}; discharge planned for ${k.date()}.`),
  T('date', 'discharge', (k) => m`Discharge summary for ${k.name()} (discharged ${k.date()}) faxed to PCP.`),
  T('date', 'death', (k) => m`Sad news: ${k.name()} passed away ${k.date()} at ${k.time()}. Family has been notified.`),
  T('date', 'verification', (k) => m`To confirm your identity we have date of birth ${k.dob()}. Reply YES if correct.`),
  T('date', 'registration', (k) => m`Reg: DOB ${k.dob()} doesn't match the insurance record for member ${k.plan()}`),

  // --- ages over 89 ---
  T('age', 'pager', (k) => m`${k.room()}: ${k.age()}yo F ${k.condition('plain')}, family at bedside, DNR confirmed`),
  T('age', 'home-care', (k) => m`Happy ${span('age', ordinal(k.r.int(90, 104)))} birthday from all of us at CareBridge, ${k.name(k.person(), 'given')}!`),
  T('age', 'care-team', (k) => m`${k.name()} is ${k.age()} years old and lives alone - SW consult for safe discharge`),
  T('age', 'ems', (k) => m`Fall at home, pt age ${k.age()}, on ${k.medication('plain')}, head strike`),

  // --- phone, email, url, ip ---
  T('phone', 'care-team', (k) => { const p = k.person(); return m`${k.relation(p)} ${k.name(p)} can be reached at ${k.phone()} after 5pm`; }),
  T('phone', 'callback-request', (k) => m`Pls call pt back at ${k.phone()} re: ${k.lab()}`),
  T('phone', 'registration', (k) => m`New mobile on file: ${k.phone()}. Reply STOP if this isn't you.`),
  T('phone', 'pharmacy', (k) => m`Caller at ${k.phone()} asking for early refill of ${k.medication()}`),
  T('phone', 'home-care', (k) => m`Emergency contact for ${k.name()} changed to ${k.phone()} (son)`),
  T('email', 'portal', (k) => { const p = k.person(); return m`Portal invite sent to ${k.email(p)} for ${k.name(p)}.`; }),
  T('email', 'billing', (k) => m`Your statement was emailed to ${k.email()}. Call ${k.callback()} with questions.`),
  T('email', 'records', (k) => m`Records request: send ${k.procedure()} report to ${k.email()}`),
  T('email', 'telehealth', (k) => m`We couldn't reach ${k.email()} - update your email so the visit link arrives.`),
  T('url', 'portal', (k) => m`Your results are ready: ${k.url()}`),
  T('url', 'checkin', (k) => m`Complete check-in before your visit: ${k.url()}`),
  T('url', 'billing', (k) => { const o = k.org(); return m`${o.short}: a payment is due. Pay here ${k.url(o)}`; }),
  T('url', 'telehealth', (k) => m`Join your video visit with ${k.dr()} at ${k.time()}: ${k.url()}`),
  T('ip', 'security', (k) => m`New sign-in to your patient portal from ${k.ip()}. Not you? Call ${k.callback()}.`),
  T('ip', 'telehealth', (k) => m`Telehealth: connection for ${k.name()} from ${k.ip()} dropped twice, switch to phone`),
  T('ip', 'device-alert', (k) => m`RPM hub offline for ${k.name()}, last seen at ${k.ip()}`),

  // --- government and health-plan ids ---
  T('ssn', 'registration', (k) => m`Reg desk: ${k.name()} SSN ${k.ssn()} needed for the Medicaid application`),
  T('ssn', 'billing', (k) => m`Billing needs SSN for guarantor: ${k.ssn()}. Pls verify with pt.`),
  T('ssn', 'verification', (k) => m`Thanks, we have SSN ending ${k.ssnLast4()} on file.`),
  T('ssn', 'care-team', (k) => m`Social for ${k.titled()} is ${k.ssn()}, DOB ${k.dob()}`),
  T('mrn', 'pager', (k) => m`MRN ${k.mrn()} ${k.room()} - ${k.condition()}, pls see`),
  T('mrn', 'lab-result', (k) => m`Path results back for MR# ${k.mrn()}, ${k.dr()} to review`),
  T('mrn', 'care-team', (k) => m`Wrong chart! Orders for ${k.name()} went under chart ${k.mrn()}`),
  T('mrn', 'records', (k) => m`Medical record number ${k.mrn()} merged with duplicate; notify HIM`),
  T('health_plan_id', 'insurance', (k) => m`Member ID ${k.plan()} is inactive as of this month. Call ${k.callback()}.`),
  T('health_plan_id', 'pharmacy', (k) => m`Ins ID: ${k.plan()} Grp ${k.group()} - claim rejected for ${k.medication()}`),
  T('health_plan_id', 'registration', (k) => m`Pt ${k.name()} Medicaid # ${k.plan()}, verified today`),
  T('mbi', 'insurance', (k) => m`Your new Medicare number is ${k.mbi()}. Bring your card to your next visit.`),
  T('mbi', 'registration', (k) => m`MBI ${k.mbi()} for ${k.name()} - eligibility OK`),
  T('mbi', 'billing', (k) => m`Claim denied: Medicare ID ${k.mbi()} not found. Pls recheck`),
  T('account', 'billing', (k) => m`Acct ${k.account()} balance $${k.r.int(20, 990)}.${k.r.int(10, 99)} is past due. Pay at ${k.callback()}.`),
  T('account', 'billing', (k) => m`Guarantor account ${k.account()} set up on a payment plan of $${k.r.int(25, 200)}/mo`),
  T('account', 'care-team', (k) => m`Billing q: charges for ${k.procedure('plain')} posted to account ${k.account()}?`),
  T('card', 'billing', (k) => m`Card on file ${k.card()} exp ${k.r.int(1, 12)}/${k.r.int(26, 30)} was declined.`),
  T('card', 'care-team', (k) => m`Pt asked us to charge ${k.card()} for the copay, CVV in chart`),
  T('card', 'pharmacy', (k) => m`Auto-refill payment updated to ${k.card()}`),
  T('license', 'pharmacy', (k) => m`Rx for ${k.medication()} - prescriber DEA ${k.dea()}, NPI ${k.npi()}`),
  T('license', 'registration', (k) => m`DL ${k.dl()} scanned at registration for ${k.name()}`),
  T('license', 'referral', (k) => m`Referral to ${k.dr()} (NPI ${k.npi()}) for ${k.condition()}`),
  T('license', 'pharmacy', (k) => m`Controlled Rx on hold, need valid DEA#: ${k.dea()} came back invalid?`),
  T('vin', 'security', (k) => m`ED lot: vehicle VIN ${k.vin()} registered to ${k.name()} to be moved by 6pm`),
  T('vin', 'ems', (k) => m`MVC pt, car VIN ${k.vin()}, police report pending`),
  T('vin', 'transport', (k) => m`Van VIN ${k.vin()} assigned to ${k.name()} pickup ${k.day()}`),
  T('device_id', 'device-alert', (k) => m`Insulin pump SN ${k.serial()} alarming for ${k.name()}, check site`),
  T('device_id', 'device-alert', (k) => m`RPM tablet IMEI ${k.imei()} assigned to pt, ships today`),
  T('device_id', 'device-alert', (k) => m`Remote transmission received from pacemaker ${k.serial()}; ${span('condition', k.r.pick(['afib', 'VT', 'SVT', 'pause', 'bradycardia', 'NSVT']))} episode noted`),
  T('device_id', 'home-care', (k) => m`Swap O2 concentrator serial ${k.serial()} at ${k.address()}`),

  // --- health information without "your" ---
  T('medication', 'refill', (k) => m`Time to renew ${k.medication()}, reply R to request a refill.`),
  T('medication', 'insurance', (k) => m`Insurance declined coverage for ${k.medication()}. Call ${k.callback()} to discuss options.`),
  T('medication', 'pharmacy', (k) => m`${k.org().short}: ${k.medication()} ${k.r.pick(['30-day', '90-day', '28-day'])} supply ready for pickup.`),
  T('medication', 'prior-auth', (k) => m`PA approved for ${k.medication()} through 12/31.`),
  T('medication', 'care-team', (k) => m`${k.titled()} refused ${k.medication()} again tonight, ${k.dr()} aware`),
  T('medication', 'reminder', (k) => m`Reminder: take ${k.medication('plain')} with food. Hold ${k.medication('plain')} 2 days before ${k.procedure('plain')}.`),
  T('medication', 'pharmacy', (k) => m`Shortage notice: ${k.medication()} on backorder, pharmacist will call.`),
  T('condition', 'lab-result', (k) => m`Your test results are consistent with ${k.condition()}. Please call ${k.callback()} to discuss next steps.`),
  T('condition', 'reminder', (k) => m`Follow-up for ${k.condition()} on ${k.apptDate()} at ${k.time()} with ${k.dr()}`),
  T('condition', 'care-team', (k) => m`${k.name()} admitted w/ ${k.condition()}, started ${k.medication()}`),
  T('condition', 'referral', (k) => m`Referral sent to specialist for ${k.condition()}. They will call within 5 days.`),
  T('condition', 'pager', (k) => m`${k.room()} new dx ${k.condition()}, family not yet told`),
  T('condition', 'home-care', (k) => m`Visit note: ${k.condition()} stable, wound healing, next visit ${k.day()}`),
  T('lab', 'lab-result', (k) => m`Lab results: ${k.lab()}. ${k.dr()} recommends follow-up.`),
  T('lab', 'lab-result', (k) => { const l = k.labSplit(); return m`Your ${l.name} came back at ${l.value}. Call ${k.callback()} to review.`; }),
  T('lab', 'portal', (k) => m`New result posted: ${k.lab(undefined, { bare: true })}. Log in to view.`),
  T('lab', 'pager', (k) => m`Critical: ${k.lab('plain')} on ${k.room()}, repeat sent`),
  T('lab', 'care-team', (k) => m`Recheck ${k.lab()} in AM for ${k.titled()}`),
  T('procedure', 'reminder', (k) => m`Your ${k.procedure()} is scheduled ${k.apptDate()} at ${k.time()}. Arrive 1 hr early.`),
  T('procedure', 'prep', (k) => m`Prep for ${k.procedure('plain')} starts tonight: clear liquids only after 6pm.`),
  T('procedure', 'behavioral', (k) => m`We missed you at ${k.procedure('mental_health')} today. We're here when you're ready: ${k.callback()}`),
  T('procedure', 'care-team', (k) => m`${k.name()} cleared for ${k.procedure()} ${k.day()}, consent signed`),
  T('procedure', 'insurance', (k) => m`Auth approved for ${k.procedure()} at ${k.org().name}.`),
  T('procedure', 'home-care', (k) => m`Post-op ${k.procedure('plain')} check: incision clean, next visit ${k.day()}`),
  T('condition', 'spanish', (k) => m`Sra. ${k.name(k.person('hispanic'), 'family')}, su cita de seguimiento para ${k.condition()} es el ${k.apptDate()}.`),
  T('medication', 'spanish', (k) => m`Su receta de ${k.medication()} está lista. Farmacia Lakeshore.`),
];

/** Obfuscated messages: same shapes, with one or more values disguised. */
export const OBFUSCATED_DEV = [
  T('obfuscated', 'obfuscated', (k) => m`${k.name()} dx ${k.spelledAcronym()} - f/u ${k.day()}`),
  T('obfuscated', 'obfuscated', (k) => m`your ${k.spelledAcronym()} results are in, call ${k.callback()}`),
  T('obfuscated', 'obfuscated', (k) => m`Dx: ${k.ob(k.condition('hiv_sti'))}. Start ${k.medication('hiv_sti')} today.`),
  T('obfuscated', 'obfuscated', (k) => m`SSN ${k.ob(k.ssn())} for ${k.name()}`),
  T('obfuscated', 'obfuscated', (k) => m`${k.ob(k.medication())} refill ready`),
  T('obfuscated', 'obfuscated', (k) => m`call me at ${k.ob(k.phone())}`),
  T('obfuscated', 'obfuscated', (k) => m`pt ${k.ob(k.name())} in ${k.room()}`),
  T('obfuscated', 'obfuscated', (k) => m`DOB ${k.ob(k.dob())}`),
  T('obfuscated', 'obfuscated', (k) => m`MRN ${k.ob(k.mrn())} - ${k.ob(k.condition())}`),
  T('obfuscated', 'obfuscated', (k) => m`Results: ${k.ob(k.lab())}`),
  T('obfuscated', 'obfuscated', (k) => m`Card ${k.ob(k.card())} on file`),
  T('obfuscated', 'obfuscated', (k) => m`Member ${k.ob(k.plan())}, Medicare ${k.ob(k.mbi())}`),
  T('obfuscated', 'obfuscated', (k) => m`Scheduled: ${k.ob(k.procedure())} ${k.day()}`),
  T('obfuscated', 'obfuscated', (k) => m`email ${k.ob(k.email())} for the forms`),
  T('obfuscated', 'obfuscated', (k) => m`${k.ob(k.condition('mental_health'))} intake tmrw, bring ${k.ob(k.medication('mental_health'))} bottles`),
];
