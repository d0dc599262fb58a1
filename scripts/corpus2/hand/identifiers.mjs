// Hand-written messages built around identifiers in unusual positions and shapes: cards read out over
// text, links with tokens, MRNs in every prefix, ages over 89 in prose, ZIPs alone, licence numbers.
// {card}, {vin}, {npi}, {dea} and {imei} come from generators so their check digits hold.

export default [
  {
    kind: 'billing',
    texts: [
      'hi its [[n:Rusty Glover]], can you put the $40 copay on {card} exp 04/27',
      'Pls charge my visa {card} for Mahina\'s visit. thx - [[n:Noelani Keawe]]',
      'Card number {card}, CVV on back is 118. Name [[n:Bjørn Haugen]].',
      'Update autopay to {card} - [[n:Latrice Coleman]]',
      'Payment failed: {card} (exp 09/26). Please update at {url}',
      'Ok here\'s my card {card} zip [[zip:68107]]',
      'Took payment over phone from [[n:Gbenga Balogun]]: {card}, $120 toward acct [[acct:55-2219004]]',
      'Dental financing denied for [[n:Mrs. Economou]]. Card on file {card} will be billed monthly instead.',
      'Pt paid w/ amex {card} - receipt to [[em:yanling.tang@qq.com]]',
      'Hello, my husband [[n:Bilal]] needs to pay. Use {card}, billing ZIP [[zip:48126-2207]].',
    ],
  },
  {
    kind: 'portal',
    texts: [
      'Your Kaimana results: [[url:https://portal.kaimanahealth.org/r/Qm7vT2kx9]]',
      'Pay your St. Anselm bill: [[url:https://stanselm.org/pay?acct=4471093382]]',
      'Sign your intake forms before Tuesday: [[url:https://intake.northstarbh.org/forms?patient=P004417]]',
      'Tap to join your visit: [[url:https://telehealth.telava.health/join/448120993?pin=2210]]',
      'Your imaging CD request is ready: [[url:https://prairielakesmc.org/mychart/letters/Xk29QpLm7TzR]]',
      'Complete your pre-op questions: [[url:srp.kids/Hk2mQ9]]',
      'Dr. Vance sent a message about your [[l:biopsy]]: [[url:https://mvo.care/Ta8kLm2]]',
      'Rx status: [[url:https://pillpoint.com/rx/status/4471-882]]',
      'zoom link for [[n:Tiare]]\'s IEP + health plan meeting: [[url:https://us06web.zoom.us/j/84412093371?pwd=Rk2hTq9Lmx]]',
      'Results viewer: [[url:http://cordovalabs.com/results/view?mrn=44120991]]',
    ],
  },
  {
    kind: 'care-team',
    texts: [
      'MRN [[mrn:004412873]] wrong wristband! pt in 6E-12 is actually [[n:Kuroda Isamu]]',
      'Chart # [[mrn:E4471209]] - [[n:Bashir Osman]] - needs interpreter (Somali)',
      'med rec no. [[mrn:88-41-203]], [[n:Waisale Naivalu]], [[c:gout flare]]',
      'Hosp No [[mrn:HN 22-1093]] [[n:Sarita Thapa]] transfer to Fargo accepted',
      'EMPI [[mrn:100448213]] merged with [[mrn:100448291]] for [[n:Ana Lisa Pulu]]',
      'pt ID [[mrn:Z0044127]], [[age:97]]F, [[c:hip fx]], ortho pls call',
      '[[n:Mrs. Sigrid Dahl]] turns [[age:100]] tomorrow! card at nurses\' station for signatures',
      'Grandpa [[n:Leota]] is [[age:ninety-six]] and still gardening, wants to go home asap',
      '[[age:92]] y/o [[n:Nurpeisov]] declined [[p:PEG tube]], daughter is HCP',
      '[[n:Mr. Kahananui]] ([[age:104]]M) - oldest pt on the unit, loves ukulele music',
      'centenarian in rm 9: [[n:Konstantinos Tsakiris]], [[age:101]], [[c:UTI]]',
      '[[n:Salote]] ([[age:91]]) [[c:pressure injury]] heel, wound RN consult',
      'Ms [[n:Begum]] [[age:99]] yrs - fall precautions, [[m:Eliquis]] held',
      'Transfer: [[n:Yaroslav Tkachenko]] [[age:90]]M from [[addr:12 Wren Ct]], [[c:sepsis]]',
    ],
  },
  {
    kind: 'prescriber',
    texts: [
      'Dr. Kapoor\'s NPI is {npi} for the [[m:Dupixent]] PA for [[n:Hinata Ueda]]',
      'Please send new rx for [[m:oxycodone]] for [[n:Mr. Fonua]] - DEA {dea} expired',
      'Midwife Achebe NPI {npi}, rx [[m/rep:Diclegis]] for [[n:Tatevik]]',
      'Prescriber lookup: NPI {npi} (Dr. Iyer) - [[m/mh:Spravato]] REMS for [[n:Callum Forsyth]]',
      '[[n:Mendel Eisenberg]] - buprenorphine waiver DEA {dea} on file, rx [[m/su:Zubsolv]] ok',
      'Driver\'s license [[lic:WDLKMQ4471BX]] on file for [[n:Eirik]] - pickup of [[m/mh:Adderall]] allowed',
      'ID check for controlled pickup: [[n:Wendell]] DL [[lic:D08412297]]',
      'CA DL [[lic:B4471209]] for [[n:Nayeli Olvera]], [[m:Percocet]] pickup logged',
    ],
  },
  {
    kind: 'device-alert',
    texts: [
      '[[n:Kobina]]\'s new phone IMEI {imei} - re-pair the CGM app',
      'Loaner tablet IMEI {imei} not returned by [[n:Jaqueline Medeiros]]',
      'Hearing aid SN [[dev:2219K0441]] found in lobby, belongs to [[n:Mr. Dalgleish]]',
      'CPAP serial [[dev:23181234567]] recalled - [[n:Kekoa]] needs replacement',
      'Cochlear processor [[dev:482C10917]] for [[n:Mahina]] sent for repair',
      'Wheelchair [[dev:WC22-401187]] assigned to [[n:Yonas Bekele]], [[c:SCI]]',
    ],
  },
  {
    kind: 'transport',
    texts: [
      'Patient\'s car in ED lot, VIN {vin}, owner [[n:Tahoma Benally]], tow at 8pm',
      'NEMT: van VIN {vin} picking up [[n:Ms. Langidrik]] at [[addr:702 Sugar Creek Dr Trlr 14]]',
      'Stolen vehicle report from ED: VIN {vin}, owner [[n:Wellington Rocha]] in bed 4',
      'Parking: [[n:Ms. Hakobyan]]\'s car (VIN {vin}) blocking ambulance bay',
    ],
  },
  {
    kind: 'records',
    texts: [
      'fax [[n:Kamakana]]\'s [[p:echo]] to [[ph:(808) 961-2240]] pls',
      'Send [[n:Marijke Visser]]\'s [[l:path report]] to [[em:marijke.visser@web.de]], she\'s in Utrecht',
      'Records for [[n:Manase Taufa]] DOB [[d:1961-12-04]] to [[ph:+676 7712 345]] (Tonga)',
      'Release of info: [[n:Jeune]] wants [[p/mh:psych eval]] sent to her lawyer, fax [[ph:305-442-1187]]',
    ],
  },
];
