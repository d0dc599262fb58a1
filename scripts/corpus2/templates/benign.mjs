// Benign templates: traffic with dates, times, callback numbers, clinic addresses, provider names, codes and
// prices, none of it about an identifiable patient.

export default [
  {
    kind: 'reminder', count: 150, benign: true,
    specs: [
      '{orgs}: you have an appointment {appt} at {time}. <<Reply C to confirm.|To reschedule call {cb}.|Reply R to reschedule.>>',
      '<<Reminder|REMINDER|Appt reminder>>: {appt} {time} with {doc}. <<Please arrive 15 min early.|Bring your insurance card.|Call {cb} with questions.>>',
      'Your appointment at {orgaddr} is {appt} at {time}.',
      'Hi! {orgs} confirming your visit {appt}, {time}. Reply YES to confirm or call {cb}.',
      'appt {appt} {time} @ {orgs}. reply 1 to confirm, 2 to cancel',
      '{orgs}: your {visit} is coming up on {appt}. Parking is free in the {garage}.',
      '{doc} will see you {appt} at {time}. Our address: {orgaddr}.',
      'You\'re confirmed for {appt} at {time}. Need directions? {web}',
      '{orgs}: we have an opening {appt} at {time}. Reply YES to book.',
      'Your telehealth visit is {appt} at {time}. A link will be sent 15 minutes before.',
      'Pre-registration for your visit {appt} is complete. Questions: {cb}.',
      '{orgs}: running behind today, please arrive {n}0 min later than scheduled.',
      'Your {visit} is due. Book online at {web} or call {cb}.',
      'Reminder: {orgs} is closed {appt}. For urgent needs call {cb}.',
    ],
  },
  {
    kind: 'otp', count: 85, benign: true,
    specs: [
      'Your {orgs} verification code is {otp}. <<Do not share it.|It expires in 10 minutes.|>>',
      '{otp} is your <<sign-in|login|one-time>> code for {orgs}.',
      'Use code {otp} to finish signing in.',
      '{orgs}: enter {otp} to confirm your <<appointment|payment|new device|sign-in>>.',
      'Security code: {otp}. If you didn\'t request this, ignore this message.',
      'Your passcode is {otp}<<.| - valid for 5 minutes.>>',
    ],
  },
  {
    kind: 'tracking', count: 60, benign: true, senders: ['pharmacy', 'home-health', 'dialysis', 'telehealth', 'lab', 'clinic', 'hospital'],
    specs: [
      '{orgs}: order {order} has shipped<<.| via UPS {track}.| - tracking {track}.>>',
      'Your supplies order {order} <<is out for delivery|was delivered|will arrive {appt}>>.',
      'Tracking {track}: <<delivered to front door|in transit|delayed by weather>>.',
      'Mail-order pharmacy: order {order} <<shipped|is processing|was delivered>>. Keep refrigerated items cold.',
      'Your order {order} is ready for pickup at {orgs}.',
    ],
  },
  {
    kind: 'price', count: 45, benign: true, senders: ['clinic', 'urgent-care', 'dental', 'eye', 'pharmacy', 'fqhc', 'telehealth', 'pediatrics', 'lab'],
    specs: [
      'Self-pay price for a <<sports physical|flu test|TB skin test|DOT physical|strep test>> at {orgs}: {price}.',
      'Copay for a standard <<telehealth|office|urgent care>> visit is {price}. No-show fee {price:b}.',
      '{orgs}: <<cleaning and x-rays|eye exam|hearing test|vaccine visit>> special {price} this month.',
      'Cash price for <<generic lisinopril|generic metformin|amoxicillin>> 30-day: {price} with our savings club.',
      'Good Faith Estimate for a <<CT scan|sleep study|colonoscopy>>: {price}-{price:b}. Details: {web}',
    ],
  },
  {
    kind: 'broadcast', count: 110, benign: true, senders: ['hospital', 'clinic', 'fqhc', 'pharmacy', 'public-health', 'pediatrics', 'urgent-care', 'womens-health', 'lab'],
    specs: [
      '<<Flu shots|COVID boosters|Shingrix and Tdap|RSV vaccines|Back-to-school vaccines>> now available at {orgs}. <<Walk in|No appointment needed|Book at {web}>>.',
      '{orgs} will be closed {appt} for the holiday. For emergencies call 911.',
      '{awareness} Learn more at {web}.',
      'Heat advisory {appt}: highs near {hot}. Drink water, stay cool, check on neighbors.',
      'Air quality alert today. People with asthma, COPD or heart disease should limit outdoor activity.',
      'Winter storm warning: {orgs} clinics open late (10am) {appt}.',
      '{orgs} welcomes {doc}, <<family medicine|pediatrics|cardiology|OB/GYN|psychiatry>>. Now accepting new patients.',
      'Our new location at {orgaddr} opens {appt}. Same great care, more parking.',
      'Free <<blood pressure checks|diabetes screenings|HIV testing|hearing screenings>> at {orgs} <<this Saturday|every Wednesday|{appt}>>.',
      '{orgs}: <<boil-water advisory|power outage|phone outage>> update - <<services normal|resolved|expected to end by 5pm>>.',
      'Public health reminder: wash hands, stay home when sick, cover coughs.',
      'Cases of <<flu|RSV|COVID|norovirus|pertussis>> are rising in our area. <<Stay up to date on vaccines.|Wash hands often.|Keep sick kids home.>>',
      '{orgs} is hiring <<RNs|MAs|pharmacy techs|CNAs|interpreters>>. Apply at {web}',
    ],
  },
  {
    kind: 'event', count: 60, benign: true,
    specs: [
      'Blood drive {appt} at {orgaddr}. Every donor gets a free T-shirt.',
      '{orgs} health fair {appt}, 10am-2pm: free screenings, healthy snacks, kids\' activities.',
      'Diabetes prevention class starts {appt}, 6pm. 16 weeks, free. Sign up: {cb}',
      'Walk for <<Alzheimer\'s|breast cancer awareness|suicide prevention|sickle cell|recovery>> {appt}, 9am. Register at {web}',
      'Staff meeting {appt} at {time} in the auditorium. Lunch provided.',
      'Grief support group meets Thursdays at 6pm, {orgs}. All welcome.',
      'Free car seat checks {appt} in the {orgs} parking lot.',
      'CPR class {appt} at {time}, $25. Certificates same day.',
    ],
  },
  {
    kind: 'staff', count: 50, benign: true,
    specs: [
      'Staff: huddle moved to {room} at {time}.',
      '<<Code drill|Fire drill|Code Silver drill>> at {time} today on <<4W|5 North|SICU|L&D>>. This is only a drill.',
      '{role}: <<need 2 RNs|need a CNA|need a tech>> for <<nights|days|the weekend>>, text {staff} if interested.',
      'EHR downtime {appt} {time}. Use downtime forms.',
      'Pyxis on <<4W|5S|ICU|ED>> is down. Use the <<4E|5N|PACU|main pharmacy>> machine.',
      '{staff} ({role}) is out today; {staff:b} is covering.',
      '<<Census|Capacity>> update: {n} beds open, diversion <<off|on until 1900>>.',
      '{bed} is clean and ready. {bed:b} pending EVS.',
    ],
  },
  {
    kind: 'provider', count: 40, benign: true,
    specs: [
      '{doc} is running about {n}0 minutes behind. Thank you for your patience.',
      'On call this weekend: {doc} and {doc:b}. Page via operator.',
      'How was your visit with {doc}? Reply 1 (poor) to 5 (great).',
      '{doc} is out {appt}; appointments moved to {doc:b}. Reply N to reschedule.',
      'Sorry we missed your call! - {staff}, {role}. Call back {cb}.',
      '— {staff}, {role}: our phones are back up. Thanks for your patience!',
    ],
  },
  {
    kind: 'vet', count: 40, benign: true, senders: ['vet'],
    specs: [
      '{orgs}: {pet} is due for <<rabies|DHPP|bordetella|FVRCP|leptospirosis>> vaccine. Book at {web}',
      '{pet}\'s <<bloodwork looks great|X-rays look good|urinalysis came back normal|allergy test results are ready to discuss>>!',
      '{pet} is ready for pickup. <<Keep quiet tonight.|Cone on 10 days.|Small meal tonight.>>',
      'Reminder: {pet}\'s <<heartworm|flea and tick|Apoquel|Rimadyl>> refill is ready.',
      '{pet} has <<a dental cleaning|surgery|a mass removal|dental X-rays>> {appt}. No food after 10pm.',
      '{pet} tested positive for <<Lyme|giardia|ear mites|kennel cough>>. <<Meds ready at the front desk.|Dr. Lindahl will call.>>',
    ],
  },
  {
    kind: 'room', count: 35, benign: true,
    specs: [
      'Please check in at {room}, {floor} floor.',
      'The <<lab draw station|imaging desk|infusion center|pharmacy>> moved to {room}.',
      'Your <<infusion chair|exam room|bay>> is {room}. Check in at the desk.',
      'Family waiting area for surgery is on the {floor} floor near {room}.',
    ],
  },
  {
    kind: 'wait-time', count: 25, benign: true, senders: ['urgent-care', 'hospital'],
    specs: [
      'Current wait at {orgs}: about {n}0 min. Save your spot at {web}.',
      'You\'re #{n} in line at {orgs}. We\'ll text when it\'s your turn.',
      'ER wait about {n}5 min, urgent care {n}0 min. Updated every 15 min.',
    ],
  },
  {
    kind: 'survey', count: 25, benign: true,
    specs: [
      'Thanks for visiting {orgs}! Tell us how we did: {web}',
      'How likely are you to recommend {orgs}? Reply 0-10.',
      'Were your questions answered today? Reply YES or NO. - {orgs}',
    ],
  },
  {
    kind: 'school-notice', count: 30, benign: true, senders: ['school'],
    specs: [
      '{orgs}: <<hearing and vision screening|lice check|scoliosis screening|dental screening>> for <<K-2|3rd grade|all 5th graders|7th grade>> {appt}.',
      '{orgs}: <<Tdap|meningococcal|MMR>> records are due to the nurse office by {appt}.',
      '<<Strep|Flu|Stomach bug|Pink eye>> cases reported in <<2nd|4th|6th>> grade. Keep sick children home.',
      'Nurse office hours {appt}: {time} to 2:30. Afternoon meds in the front office.',
    ],
  },
  {
    kind: 'non-medical', count: 70, benign: true,
    specs: [
      '{figurative}',
      '{figurative} lol',
      'ok {figurative}',
    ],
  },
  {
    kind: 'marketing', count: 40, benign: true,
    specs: [
      '{orgs}: <<20%|15%|30%>> off <<vitamins|sunscreen|first aid|cold and flu|eyewear>> <<this week|through Sunday|today only>>!',
      'Refer a friend to {orgs} and you both get a {price} credit.',
      '{orgs} Rewards: you\'ve earned {price}! Use it in store or online.',
      'New: <<same-day video visits|online scheduling|text-a-nurse|pharmacy delivery>> at {orgs}. Reply STOP to opt out.',
    ],
  },
  {
    kind: 'clinic-address', count: 35, benign: true,
    specs: [
      'We moved! Find us at {orgaddr} starting {appt}.',
      'Directions to {orgs}: {orgaddr}. Call {cb} if you get lost.',
      '{orgs} mailing address for forms: {orgaddr}.',
      'Our {orgaddr} location has extended hours: M-F 7am-7pm.',
    ],
  },
];
