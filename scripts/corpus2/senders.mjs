// The organisations that send dev2 traffic: name forms, callback numbers (the allow-list), web and short-link
// hosts, and the clinic's own street address. None of these is PHI; all are invented.

const O = (id, type, name, short, callback, domain, shortHost, address) => ({ id, type, name, short, callback, domain, shortHost, address });

export const SENDERS = [
  O('kaimana', 'hospital', 'Kaimana Health', 'Kaimana', '8085312200', 'kaimanahealth.org', 'kmh.link', '1450 Kapiolani Blvd, Suite 300, Honolulu, HI 96814'),
  O('redmesa', 'clinic', 'Red Mesa Indian Health Center', 'Red Mesa IHC', '5058634100', 'redmesaihc.org', 'rmihc.org/go', '12 Hospital Dr, Gallup, NM 87301'),
  O('prairie', 'hospital', 'Prairie Lakes Medical Center', 'Prairie Lakes', '7012378800', 'prairielakesmc.org', 'plmc.co', '2400 University Dr S, Fargo, ND 58103'),
  O('tidewater', 'dental', 'Tidewater Family Dental', 'Tidewater Dental', '7574402290', 'tidewaterdental.com', 'tfd.smile', '880 Laskin Rd, Unit 4, Virginia Beach, VA 23451'),
  O('pillpoint', 'pharmacy', 'PillPoint Pharmacy', 'PillPoint', '8448723000', 'pillpoint.com', 'pp-rx.co', '3120 E Colfax Ave, Denver, CO 80206'),
  O('cordova', 'lab', 'Cordova Labs', 'Cordova Labs', '8665120147', 'cordovalabs.com', 'cdv.lab', '501 Industrial Pkwy, Building B, Kent, WA 98032'),
  O('brightpaws', 'vet', 'Bright Paws Veterinary', 'Bright Paws', '2066310415', 'brightpawsvet.com', 'bpv.pet', '4417 Fremont Ave N, Seattle, WA 98103'),
  O('northstar', 'behavioral', 'Northstar Behavioral Health', 'Northstar BH', '6124879900', 'northstarbh.org', 'nsbh.care', '900 Lake St E, 2nd Floor, Minneapolis, MN 55407'),
  O('homewell', 'home-health', 'HomeWell Home Health', 'HomeWell', '6144823377', 'homewellhh.com', 'hwhh.co', '77 S High St, Ste 1200, Columbus, OH 43215'),
  O('eveninglight', 'hospice', 'Evening Light Hospice', 'Evening Light', '4012716050', 'eveninglighthospice.org', 'elh.care', '15 Hope St, Providence, RI 02906'),
  O('telava', 'telehealth', 'Telava Telehealth', 'Telava', '8885019020', 'telava.health', 'tlv.health', '100 Pine St, Floor 12, San Francisco, CA 94111'),
  O('keystone', 'insurer', 'Keystone Mutual Health Plan', 'Keystone Mutual', '8003194477', 'keystonemutual.com', 'ksm.plan', '1 Keystone Plaza, Harrisburg, PA 17101'),
  O('westbrook', 'school', 'Westbrook School District', 'Westbrook Schools', '2074416200', 'westbrookschools.org', 'wbsd.link', '117 Stroudwater St, Westbrook, ME 04092'),
  O('clearwater', 'public-health', 'Clearwater County Public Health', 'Clearwater Public Health', '4063287110', 'clearwaterpublichealth.gov', 'ccph.gov/go', '320 2nd Ave N, Great Falls, MT 59401'),
  O('sunrise', 'pediatrics', 'Sunrise Pediatrics', 'Sunrise Peds', '9167344400', 'sunrisepeds.com', 'srp.kids', '6601 Stockton Blvd, Suite 210, Sacramento, CA 95823'),
  O('midvalley', 'oncology', 'Mid-Valley Oncology & Infusion', 'Mid-Valley Oncology', '5594481230', 'midvalleyonc.org', 'mvo.care', '2335 E Kashian Ln, Fresno, CA 93701'),
  O('alder', 'womens-health', "Alder Women's Health", 'Alder', '3037781900', 'alderwomens.org', 'awh.link', '1960 Ogden St, Suite 500, Denver, CO 80218'),
  O('brighton', 'fqhc', 'Brighton Community Health Center', 'Brighton CHC', '6175268800', 'brightonchc.org', 'bchc.me', '77 Warren St, Brighton, MA 02135'),
  O('stanselm', 'billing', 'Saint Anselm Medical Center', 'St. Anselm', '5087539000', 'stanselm.org', 'sam.pay', '200 Goddard Rd, Worcester, MA 01605'),
  O('copperridge', 'urgent-care', 'Copper Ridge Urgent Care', 'Copper Ridge UC', '9184226600', 'copperridgeuc.com', 'crurgent.com', '8130 S Lewis Ave, Tulsa, OK 74137'),
  O('lumen', 'eye', 'Lumen Eye Associates', 'Lumen Eye', '8014765500', 'lumeneye.com', 'lum.eye', '1250 E 3900 S, Salt Lake City, UT 84124'),
  O('truenorth', 'dialysis', 'TrueNorth Dialysis', 'TrueNorth', '3132289100', 'truenorthdialysis.com', 'tnd.care', '14700 Michigan Ave, Dearborn, MI 48126'),
  O('lakota', 'clinic', 'Oglala Lakota Family Clinic', 'OL Family Clinic', '6058675300', 'olfamilyclinic.org', 'olfc.org/go', '300 Main St, Pine Ridge, SD 57770'),
  O('sablan', 'clinic', 'Sablan Island Clinic', 'Sablan Clinic', '6714772210', 'sablanclinic.com', 'sbc.gu', '155 Marine Corps Dr, Tamuning, GU 96913'),
];

// A telehealth partner abroad: its E.164 number is on the allow-list too.
export const INTL_CALLBACKS = [['Telava Manila', '+63 2 8876 4410']];

export function formatCallback(r, digits) {
  const [a, b, c] = [digits.slice(0, 3), digits.slice(3, 6), digits.slice(6)];
  return r.pick([`(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `${a}.${b}.${c}`, `${a} ${b} ${c}`, digits, `1-${a}-${b}-${c}`, `+1${digits}`, `+1 ${a} ${b} ${c}`, `(${a})${b}-${c}`]);
}

/** Every callback in national and E.164-without-plus form, digits only, as the bench's allow-list wants. */
export function callbackList() {
  const out = [];
  for (const s of SENDERS) out.push(s.callback, `1${s.callback}`);
  for (const [, n] of INTL_CALLBACKS) out.push(n.replace(/\D/g, ''));
  return out;
}

export const senderById = (id) => SENDERS.find((s) => s.id === id);

// How hand-written texts name their sender, so a text that says "PillPoint" prints PillPoint's number.
const MENTIONS = [['pillpoint', 'PillPoint'], ['kaimana', 'Kaimana'], ['redmesa', 'Red Mesa'], ['prairie', 'Prairie Lakes'], ['tidewater', 'Tidewater'],
  ['cordova', 'Cordova'], ['brightpaws', 'Bright Paws'], ['northstar', 'Northstar'], ['homewell', 'HomeWell'], ['eveninglight', 'Evening Light'],
  ['telava', 'Telava'], ['keystone', 'Keystone'], ['westbrook', 'Westbrook'], ['clearwater', 'Clearwater'], ['sunrise', 'Sunrise'],
  ['midvalley', 'Mid-Valley'], ['alder', 'Alder'], ['brighton', 'Brighton'], ['stanselm', 'Anselm'], ['copperridge', 'Copper Ridge'],
  ['lumen', 'Lumen'], ['truenorth', 'TrueNorth'], ['lakota', 'Oglala'], ['sablan', 'Sablan']];

/** The sender a hand-written text names, if it names one. */
export function mentionedSender(text) {
  const hit = MENTIONS.find(([, word]) => text.includes(word));
  return hit ? senderById(hit[0]) : undefined;
}
