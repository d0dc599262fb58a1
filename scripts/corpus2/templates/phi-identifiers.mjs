// PHI templates where an identifier is the point of the message: Medicare numbers, Social Security numbers,
// sessions and devices on the network, auto-injury (PIP) claims, e-mail contact changes.

export default [
  {
    kind: 'medicare', count: 45, senders: ['insurer', 'hospital', 'clinic', 'billing', 'dialysis', 'home-health'],
    specs: [
      'Your new Medicare number is {mbi}. <<Bring your card to your next visit.|Your old SSN-based number no longer works.|>>',
      'Claim denied: Medicare ID {mbi} not found. Pls recheck',
      'MBI {mbi} for {p.full} - <<eligibility OK|Part B active|Part A only|MA plan on file>>',
      '{p.hon}, we need your Medicare Beneficiary Identifier. We have {mbi} - is that right?',
      'Medicare Advantage enrollment for {p.full}: MBI {mbi}, effective {appt}',
      'Hospice election for {p.full}, MBI {mbi}, {cond}',
      'Home health episode opened: {p.LASTFIRST}, Medicare {mbi}, DOB {dob}',
      'ESRD: {p.full} MBI {mbi} - <<2728 form|CMS-2744|dialysis start>> submitted',
      'Medicare card for {p.first}: {mbi}. Keep it safe and don\'t share it by text.',
    ],
  },
  {
    kind: 'ssn', count: 35, senders: ['hospital', 'billing', 'fqhc', 'clinic', 'insurer'],
    specs: [
      'Billing needs SSN for guarantor {p.full}: {ssn}. Pls verify with pt.',
      'Social for {p.hon} is {ssn}, DOB {dob}',
      'Medicaid application for {p.full}: SSN {ssn}, household of {n}',
      'SSN on file ({ssn}) doesn\'t match SSA for {p.full}. Registration to call.',
      'Charity care form: {p.full}, SS# {ssn}, <<income verified|W-2 pending>>',
      'Subscriber SSN {ssn}, dependent {k.first} - coverage verified',
      'Workers\' comp claim for {p.full}: SSN {ssn}, injury date {date}',
    ],
  },
  {
    kind: 'network', count: 40, senders: ['hospital', 'telehealth', 'clinic', 'home-health'],
    specs: [
      'Portal audit: {p.full}\'s record (MRN {mrn}) viewed from {ip} at 02:14',
      'Suspicious sign-in for {p.email} from {ip}. Account locked.',
      'Telehealth session for {p.full} from {ip} ended early.',
      'Guest Wi-Fi: {p.full}\'s {device} assigned {ip}',
      'RPM hub for {p.hon} reporting from new IP {ip}',
      'Failed logins x5 for {p.first}\'s portal from {ip}. Reset link sent.',
      'Patient {p.full} uploaded photos from {ip}; wound care team notified.',
      'Kiosk check-in by {p.full} at {ip}, DOB {dob}',
    ],
  },
  {
    kind: 'pip-claim', count: 30, senders: ['billing', 'hospital', 'urgent-care'],
    specs: [
      'PIP claim for {p.full}: vehicle VIN {vin}, DOS {date}, {acute}',
      'Auto insurer needs ED records for {p.LASTFIRST}, MVC {date}, VIN {vin}',
      'MVC billing: {p.full}, VIN {vin}, claim {acct}',
      'Subrogation: {p.full} ({acute}) - at-fault vehicle VIN {vin}',
    ],
  },
  {
    kind: 'contact-update', count: 30, senders: ['hospital', 'clinic', 'pharmacy', 'fqhc', 'lab'],
    specs: [
      '{orgs}: your email was changed to {p.email}. Not you? Call {cb}.',
      'Contact update for {p.full}: email {p.email}, cell {phone}',
      'We couldn\'t reach you at {p.email}. Reply with a new email or call {cb}.',
      'Receipt for {p.first}\'s {med} sent to {p.email}',
      'Appointment letters for {p.full} will go to {p.email} from now on.',
      'Preferred contact for {p.hon}: {phone} (text ok), {p.email}',
    ],
  },
  {
    kind: 'targeted', count: 20, senders: ['lab', 'public-health', 'insurer', 'pharmacy', 'hospital'],
    specs: [
      'We have you at ZIP {zip} - your nearest <<lab draw site|vaccine site|pharmacy>> has changed. Details: {cb}',
      'Address on file ends {cityzip}. Reply Y if correct so we can mail your <<new member card|results letter|refund>>.',
      '{p.first}, home delivery to ZIP {zip} is now available for your {med}.',
      'Flood alert for ZIP {zip}: {p.hon}, your home oxygen supplier will call about backup tanks.',
    ],
  },
  {
    kind: 'callback-request', count: 25, senders: ['hospital', 'clinic', 'pharmacy', 'fqhc', 'behavioral'],
    specs: [
      'Pls call pt back at {phone} re: {lab}',
      'Caller {p.full} at {phone} asking about {p.pron} {med}',
      'VM from {p.first} ({phone}): <<wants to reschedule|has questions about|ran out of>> {med}',
      '{p.hon} called from {intl}, {cond} worse, wants a call back',
      'Message for {doc}: {p.full} DOB {dob} called, cb {phone}',
      '{q.first} ({p.pron} {q.child}) called about {p.first}\'s {proc}, call back at {phone}',
    ],
  },
  {
    kind: 'genetics', count: 18, senders: ['hospital', 'clinic', 'oncology', 'womens-health', 'lab'],
    specs: [
      '{p.full}: {lab:gen}. Genetic counseling appt {appt}.',
      'Cascade testing offered to {p.first}\'s siblings - {cond:gen} in the family.',
      '{p.hon}, your <<[[p/gen:genetic counseling]]|[[p/gen:carrier screening]]|[[p/gen:whole exome sequencing]]|[[p/gen:BRCA testing]]>> is scheduled {appt} at {time}.',
      'GC note: {p.full}, {cond:gen}, <<family history noted|cascade testing offered|partner testing offered>>',
    ],
  },
  {
    kind: 'payment', count: 22, senders: ['billing', 'pharmacy', 'dental', 'urgent-care', 'eye', 'vet', 'telehealth'],
    specs: [
      'Card {card} <<was declined|expired|needs a new CVV>> for {p.first}\'s <<copay|balance|visit>>. Call {cb}.',
      'Your payment of {price} with {card} was received. Thank you, {p.first}!',
      'Saved card {card} for {p.full} removed at your request.',
      '{p.hon} paid {price} on card {card}, exp <<11/27|03/28|07/26>>',
      'Payment link failed for {card}; please try {url}',
    ],
  },
  {
    kind: 'chart', count: 25, senders: ['hospital', 'clinic', 'lab', 'urgent-care'],
    specs: [
      'Wrong chart! Orders for {p.last} went under MRN {mrn}',
      'Label reprint for MRN {mrn} ({p.LASTFIRST}), {bed}',
      'Specimen mislabeled: tube says MRN {mrn}, armband says {mrn:b}',
      'Scanned {proc} consent to MRN {mrn} - is that {p.full}?',
      'Chart {mrn} locked: {p.full} is a VIP/employee, break-the-glass only',
    ],
  },
];
