// Long templates (two or three SMS segments): instructions and notices where the PHI, if any, sits among
// ordinary sentences.

export default [
  {
    kind: 'discharge', count: 45, senders: ['hospital', 'urgent-care', 'clinic'],
    specs: [
      '{orgs} discharge instructions for {p.full}: you were treated for {cond}. Take {med} as prescribed and finish the whole course. Rest, drink fluids, and follow up with your primary care provider in <<3-5 days|1 week|2 weeks>>. Return to the ED for chest pain, trouble breathing, fever over 101 or anything that worries you. Questions: {cb}',
      '{p.hon}, your medicine list changed at discharge. STOP {med:b}. START {med}. Keep taking your other home medicines unless your doctor says otherwise. Bring all your bottles to your follow-up visit with {doc} on {appt}. Call {cb} if you are not sure what to take.',
      'After your {proc} today, {p.first}: <<expect some soreness for 2-3 days|you may feel tired tomorrow|mild bruising is normal>>. No driving or alcohol for 24 hours. Keep the dressing dry for 48 hours. Call {cb} for fever, bleeding that soaks the bandage, or pain not helped by your medicine. Your results will post to the portal.',
      'Summary for {p.LASTFIRST}, DOB {dob}: admitted {date} with {cond}, discharged {date:short}. New medicines: {med}. Follow-up: {doc} in 1-2 weeks; labs ({labname}) before that visit. A nurse will call you in 48 hours to check on you.',
      'Home care plan for {p.full} ({addrfull}): nurse visits 2x/week for {cond}, PT 3x/week, aide for bathing. Meds: {med}, {med:b}. Emergency contact {q.full} at {phone}. Call {cb} with any change.',
    ],
  },
  {
    kind: 'long-notice', count: 60, benign: true, senders: ['hospital', 'clinic', 'fqhc', 'pharmacy', 'urgent-care', 'dental', 'eye', 'womens-health', 'pediatrics'],
    specs: [
      '{orgs}: your appointment is {appt} at {time}. Please bring your insurance card, a photo ID and a list of all your medicines, including vitamins and supplements. If you need an interpreter, reply with your language and we will have one ready at no cost. To reschedule call {cb} at least 24 hours ahead.',
      'Preparing for your visit on {appt}: arrive 15 minutes early to check in, wear comfortable clothes, and eat normally unless you were told to fast. Parking is free in the {garage}. Our address is {orgaddr}. Questions? Call {cb}.',
      '{orgs} update: starting {appt}, our hours are Monday-Friday 7am-7pm and Saturday 8am-noon. Same-day sick visits are available every day; book online at {web} or call {cb}. After hours, our nurse line can help you decide where to go.',
      'Flu season is here. {orgs} offers flu shots for everyone 6 months and older, plus updated COVID vaccines and RSV vaccines for adults 75+ and pregnant people at 32-36 weeks. Most insurance covers them at no cost. Walk in during open hours or book at {web}.',
      'Important: {orgs} will never ask for your password or full card number by text. If you get a suspicious message that looks like it is from us, do not click any links. Call {cb} to check. You can always see your bills and messages safely by logging in at {web}.',
      '{orgs} is moving! Starting {appt}, find us at {orgaddr}. Your doctors, phone number ({cb}) and portal stay the same. The new building has free parking, a pharmacy on the first floor and a lab draw station, so most visits can be done in one trip.',
      'Weather alert from {orgs}: clinics will open at 10am {appt} because of icy roads. If your appointment is before 10, we will call you to reschedule. Telehealth visits will go ahead as planned. For emergencies call 911. Stay safe and check on neighbors who may need help.',
      'Thank you for visiting {orgs}. We want to hear about your experience: you will get a short survey by text in the next few days. Your answers help us improve care for everyone. To opt out of surveys, reply STOP SURVEY. Msg and data rates may apply.',
    ],
  },
];
