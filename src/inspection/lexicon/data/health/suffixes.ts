// Word endings that make an unknown word a health term: surgical suffixes ("thoracentesis", "bronchoscopy"),
// disease suffixes ("pyelonephritis", "thrombocytopenia") and the USAN/INN stems drug names are built from
// ("dapagliflozin", "olmesartan", "ruxolitinib"). They catch terms no list has yet. Applied only to words of
// 7+ letters that are neither ordinary English words nor names (see health-morphology.ts), so "sympathy",
// "nostalgia" and "diagnosis" never match. Format: "suffix category [sensitive]" per line; the longest ending wins.
export const HEALTH_SUFFIXES = `
  # procedures
  ectomy procedure
  ectomies procedure
  otomy procedure
  ostomy procedure
  oscopy procedure
  oscopies procedure
  plasty procedure
  centesis procedure
  pexy procedure
  rrhaphy procedure
  otripsy procedure
  ography procedure
  ogram procedure
  # conditions
  itis condition
  osis condition
  iasis condition
  emia condition
  aemia condition
  penia condition
  pathy condition
  algia condition
  plegia condition
  paresis condition
  trophy condition
  uria condition
  rrhea condition
  rrhoea condition
  rrhage condition
  megaly condition
  cardia condition
  pnea condition
  ectasis condition
  sclerosis condition
  adenoma condition
  fibroma condition
  lipoma condition
  hematoma condition
  angioma condition
  carcinoma condition oncology
  sarcoma condition oncology
  blastoma condition oncology
  lymphoma condition oncology
  myeloma condition oncology
  melanoma condition oncology
  glioma condition oncology
  thelioma condition oncology
  cytoma condition oncology
  # drug stems (USAN): cardiovascular, diabetes, GI, anti-infectives, pain, respiratory
  pril medication
  sartan medication
  olol medication
  alol medication
  statin medication
  prazole medication
  tidine medication
  dipine medication
  gliptin medication
  gliflozin medication
  glutide medication
  glinide medication
  glitazone medication
  xaban medication
  gatran medication
  parin medication
  grel medication
  semide medication
  thiazide medication
  zosin medication
  triptan medication
  setron medication
  cycline medication
  mycin medication
  floxacin medication
  cillin medication
  conazole medication
  fungin medication
  amivir medication
  ciclovir medication
  clovir medication
  dronate medication
  lukast medication
  buterol medication
  meterol medication
  asone medication
  isone medication
  olone medication
  profen medication
  fenac medication
  coxib medication
  codone medication
  morphone medication
  gabalin medication
  caine medication
  barbital medication
  kinra medication
  cept medication
  mab medication
  # drug stems with a sensitive class
  tegravir medication hiv_sti
  navir medication hiv_sti
  fovir medication hiv_sti
  buvir medication hiv_sti
  asvir medication hiv_sti
  previr medication hiv_sti
  vudine medication hiv_sti
  virine medication hiv_sti
  azepam medication mental_health
  azolam medication mental_health
  oxetine medication mental_health
  faxine medication mental_health
  triptyline medication mental_health
  pramine medication mental_health
  peridol medication mental_health
  apine medication mental_health
  idone medication mental_health
  piprazole medication mental_health
  tinib medication oncology
  ciclib medication oncology
  parib medication oncology
  rafenib medication oncology
  lutamide medication oncology
  platin medication oncology
  taxel medication oncology
  rubicin medication oncology
  mustine medication oncology
  tecan medication oncology
  zumab medication
  ximab medication
  mumab medication
  afil medication reproductive
`;
