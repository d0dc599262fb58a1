// The sending organisations and their own callback numbers. Every callback printed in a message comes from
// here, and all of them are written to callbacks.json (the sender's allow-list for the benchmark).

export const ORGS = [
  { name: "St. Brigid's Health", short: "St. Brigid's", callback: '6174823100', host: 'stbrigidshealth.org', portal: 'mychart.stbrigidshealth.org' },
  { name: 'RiverBend Family Medicine', short: 'RiverBend', callback: '3129074455', host: 'riverbendfm.com', portal: 'portal.riverbendfm.com' },
  { name: 'Lakeshore Pharmacy', short: 'Lakeshore Rx', callback: '8002734100', host: 'lakeshorerx.com', portal: 'rx.lakeshorerx.com' },
  { name: 'Northgate Labs', short: 'Northgate', callback: '8883217740', host: 'northgatelabs.com', portal: 'results.northgatelabs.com' },
  { name: 'CareBridge Home Health', short: 'CareBridge', callback: '4042886130', host: 'carebridgehh.org', portal: 'app.carebridgehh.org' },
  { name: 'MetroCare Telehealth', short: 'MetroCare', callback: '8774632200', host: 'metrocare.health', portal: 'visit.metrocare.health' },
  { name: 'Ridgeview Hospital', short: 'Ridgeview', callback: '2143360900', host: 'ridgeviewhospital.org', portal: 'connect.ridgeviewhospital.org' },
  { name: 'Harbor Women\'s Clinic', short: 'Harbor WC', callback: '3056648210', host: 'harborwomens.org', portal: 'patient.harborwomens.org' },
  { name: 'Summit Orthopedics', short: 'Summit Ortho', callback: '7203419275', host: 'summitortho.com', portal: 'summitortho.com/portal' },
  { name: 'Valley Behavioral Health', short: 'Valley BH', callback: '5124476030', host: 'valleybh.org', portal: 'care.valleybh.org' },
  { name: 'Greenway Dental', short: 'Greenway', callback: '9197820414', host: 'greenwaydental.com', portal: 'greenwaydental.com/my' },
  { name: 'Cedar Oncology Associates', short: 'Cedar Onc', callback: '2066224800', host: 'cedaronc.org', portal: 'portal.cedaronc.org' },
  { name: 'Mercy Urgent Care', short: 'Mercy UC', callback: '6027395151', host: 'mercyurgent.com', portal: 'mercyurgent.com/checkin' },
  { name: 'Bayside Pediatrics', short: 'Bayside Peds', callback: '4156691022', host: 'baysidepeds.com', portal: 'baysidepeds.com/portal' },
  { name: 'QuickScript Mail Pharmacy', short: 'QuickScript', callback: '8662218840', host: 'quickscript.com', portal: 'quickscript.com/account' },
  { name: 'Unity Community Health Center', short: 'Unity CHC', callback: '3138744900', host: 'unitychc.org', portal: 'unitychc.org/mychart' },
];

/** Clinic street addresses: a business address in a broadcast is not PHI. */
export const CLINIC_ADDRESSES = [
  '500 Main St', '1200 Medical Center Dr', '45 Hospital Plaza, Suite 300', '2250 W Harrison St', '88 Commerce Blvd',
  '310 Riverside Pkwy, Bldg C', '7 Market Square', '1500 N Lakeshore Dr, 2nd floor', '960 Elm St', '4100 Cedar Ave Suite 12',
];

export const SHORT_CODES = ['72345', '46843', '22789', '87902', '33120', '828282', '611611'];

/** The allow-list: each callback in national (10-digit) and E.164-without-plus (11-digit) form. */
export function callbackAllowList() {
  return ORGS.flatMap((o) => [o.callback, '1' + o.callback]);
}
