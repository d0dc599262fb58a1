// Health vocabulary for labels: conditions, medications (brand and generic), labs with result values,
// procedures. `s` is the sensitive class when the term falls in one. Written for the corpus by hand.

const T = (s, list) => list.split('|').map((v) => (s ? { v, s } : { v }));

export const CONDITIONS = [
  ...T(null, 'type 2 diabetes|diabetes|hypertension|high blood pressure|CHF|congestive heart failure|COPD|asthma|afib|atrial fibrillation|pneumonia|UTI|sepsis|CKD stage 3|chronic kidney disease|hypothyroidism|migraines|epilepsy|lupus|rheumatoid arthritis|Crohn\'s disease|ulcerative colitis|multiple sclerosis|Parkinson\'s|Alzheimer\'s dementia|dementia|osteoporosis|DVT|pulmonary embolism|stroke|NSTEMI|heart attack|gout|psoriasis|celiac disease|shingles|cellulitis|iron deficiency anemia|hepatitis C|cirrhosis|kidney stones|sleep apnea|pancreatitis|appendicitis|diverticulitis|GERD|glaucoma|macular degeneration|hip fracture|fractured wrist|concussion|COVID-19|RSV|influenza A|C. diff|MRSA|pressure ulcer|diabetic foot ulcer|sickle cell crisis|anaphylaxis|syncope|vertigo|hypoglycemia|DKA|neuropathy|fibromyalgia|endometriosis|obesity|failure to thrive|delirium|seizure'),
  ...T('hiv_sti', 'HIV|HIV-positive|AIDS|chlamydia|gonorrhea|syphilis|genital herpes|HSV-2|HPV|trichomoniasis|hepatitis B|STI|secondary syphilis|PID'),
  ...T('mental_health', 'depression|major depressive disorder|bipolar disorder|schizophrenia|PTSD|generalized anxiety disorder|OCD|anorexia nervosa|bulimia|suicidal ideation|panic disorder|postpartum depression|ADHD|borderline personality disorder|psychosis|suicide attempt'),
  ...T('substance_use', 'opioid use disorder|alcohol use disorder|alcohol withdrawal|opioid overdose|methamphetamine use|cocaine use disorder|OUD|relapse on fentanyl|DTs|heroin dependence|overdose'),
  ...T('reproductive', 'pregnancy|miscarriage|ectopic pregnancy|infertility|PCOS|preeclampsia|gestational diabetes|incompetent cervix|threatened abortion|missed abortion|hyperemesis gravidarum|preterm labor'),
  ...T('genetic', 'BRCA1 mutation|BRCA2 carrier status|Lynch syndrome|Huntington\'s disease|cystic fibrosis|Factor V Leiden|hemochromatosis|Down syndrome|fragile X|Li-Fraumeni syndrome|Marfan syndrome'),
  ...T('oncology', 'breast cancer|lung cancer|prostate cancer|colon cancer|leukemia|AML|non-Hodgkin lymphoma|melanoma|pancreatic cancer|ovarian cancer|multiple myeloma|glioblastoma|metastatic disease|stage III colon cancer|malignant brain tumor|thyroid cancer|bladder cancer'),
];

export const MEDICATIONS = [
  ...T(null, 'lisinopril|metformin|atorvastatin|Lipitor|Eliquis|apixaban|Xarelto|rivaroxaban|warfarin|Coumadin|Ozempic|semaglutide|Jardiance|insulin glargine|Lantus|Humalog|Humira|adalimumab|levothyroxine|Synthroid|amlodipine|Norvasc|omeprazole|Prilosec|losartan|albuterol|Symbicort|Advair|prednisone|amoxicillin|Augmentin|gabapentin|Neurontin|Entresto|furosemide|Lasix|metoprolol|Toprol XL|hydrochlorothiazide|Trulicity|Mounjaro|tirzepatide|Wegovy|Paxlovid|Tamiflu|oxycodone|Percocet|hydrocodone|tramadol|Plavix|clopidogrel|Spiriva|Dupixent|Enbrel|Keppra|levetiracetam|methotrexate|doxycycline|cephalexin|Keflex|Bactrim|ciprofloxacin|Cipro|allopurinol|colchicine|pantoprazole|montelukast|Singulair|Flomax|tamsulosin|Farxiga|digoxin|spironolactone|carvedilol|Brilinta|Repatha|Stelara|Skyrizi|Otezla|Rinvoq|enoxaparin|Lovenox|heparin|vancomycin|Zosyn|meloxicam|cyclobenzaprine|Januvia|glipizide|Linzess|donepezil|Aricept|Vyvanse'),
  ...T('hiv_sti', 'Biktarvy|Truvada|Descovy|Genvoya|Dovato|Triumeq|Cabenuva|Apretude|PrEP|Bicillin|ceftriaxone 500 mg IM|Valtrex'),
  ...T('mental_health', 'sertraline|Zoloft|fluoxetine|Prozac|escitalopram|Lexapro|lithium|quetiapine|Seroquel|aripiprazole|Abilify|Adderall|bupropion|Wellbutrin|clozapine|Clozaril|lamotrigine|Lamictal|olanzapine|Zyprexa|Risperdal|venlafaxine|Effexor|Trintellix|Spravato|lorazepam|Ativan|clonazepam|Klonopin|Xanax|alprazolam|duloxetine|Cymbalta|Vraylar'),
  ...T('substance_use', 'Suboxone|buprenorphine|methadone|naltrexone|Vivitrol|Sublocade|naloxone|Narcan|Antabuse|disulfiram|acamprosate|Chantix|Lucemyra'),
  ...T('reproductive', 'mifepristone|misoprostol|Plan B|ella|Clomid|letrozole for ovulation|Nexplanon|Depo-Provera|Makena|Diclegis|progesterone suppositories|Follistim|Gonal-f|Ovidrel|Menopur|Mirena'),
  ...T('oncology', 'Keytruda|pembrolizumab|tamoxifen|Herceptin|trastuzumab|carboplatin|cisplatin|Opdivo|Ibrance|anastrozole|Arimidex|Xtandi|Lupron Depot|Revlimid|Imbruvica|capecitabine|Xeloda|FOLFOX|Gleevec|Tagrisso|Neulasta'),
];

const f1 = (lo, hi) => (r) => (r.int(lo * 10, hi * 10) / 10).toFixed(1);
const i = (lo, hi) => (r) => String(r.int(lo, hi));
const comma = (lo, hi) => (r) => r.int(lo, hi).toLocaleString('en-US');
const pick = (...xs) => (r) => r.pick(xs);

/** Lab tests: alternative names, a result generator (null for named-only tests), unit, sensitive class. */
export const LABS = [
  { names: ['A1c', 'HbA1c', 'hemoglobin A1c', 'A1C'], val: f1(5.7, 13.5), unit: '%' },
  { names: ['LDL', 'LDL cholesterol'], val: i(130, 240), unit: ' mg/dL' },
  { names: ['potassium', 'K+', 'K'], val: f1(2.6, 6.8), unit: '' },
  { names: ['INR'], val: f1(1.9, 6.5), unit: '' },
  { names: ['creatinine', 'Cr'], val: f1(1.4, 6.9), unit: '' },
  { names: ['eGFR', 'GFR'], val: i(9, 55), unit: '' },
  { names: ['TSH'], val: f1(0.1, 19.0), unit: '' },
  { names: ['hemoglobin', 'Hgb', 'Hb'], val: f1(5.9, 9.4), unit: '' },
  { names: ['WBC', 'white count'], val: f1(11.2, 28.0), unit: 'K' },
  { names: ['troponin', 'trop', 'hs-troponin'], val: pick('0.09', '0.45', '1.2', '84', '212', '0.31'), unit: '' },
  { names: ['PSA'], val: f1(4.1, 22.0), unit: '', s: 'oncology' },
  { names: ['glucose', 'blood sugar', 'BG', 'fingerstick glucose'], val: i(38, 512), unit: '' },
  { names: ['vitamin D', 'Vit D'], val: i(6, 19), unit: '' },
  { names: ['ferritin'], val: i(3, 11), unit: '' },
  { names: ['lipase'], val: i(380, 2400), unit: '' },
  { names: ['BNP', 'NT-proBNP'], val: comma(450, 9800), unit: '' },
  { names: ['sodium', 'Na'], val: i(118, 129), unit: '' },
  { names: ['platelets', 'plt'], val: i(9, 88), unit: 'K' },
  { names: ['lactate'], val: f1(2.4, 8.9), unit: '' },
  { names: ['ALT'], val: i(120, 1400), unit: '' },
  { names: ['D-dimer'], val: comma(600, 5400), unit: '' },
  { names: ['CRP'], val: i(12, 240), unit: '' },
  { names: ['lipid panel', 'CMP', 'CBC', 'urinalysis', 'thyroid panel', 'basic metabolic panel', 'blood cultures', 'sputum culture', 'stool culture', 'bone density scan result'], val: null },
  { names: ['HIV viral load', 'viral load'], val: pick('<20 copies/mL', '48 copies/mL', '1,240 copies/mL', '86,000 copies/mL', 'undetectable', '212 copies'), unit: '', s: 'hiv_sti' },
  { names: ['CD4 count', 'CD4'], val: i(88, 640), unit: '', s: 'hiv_sti' },
  { names: ['RPR', 'syphilis RPR'], val: pick('reactive 1:32', 'reactive 1:8', 'reactive'), unit: '', s: 'hiv_sti' },
  { names: ['chlamydia NAAT', 'GC/CT NAAT', 'gonorrhea NAAT', 'HIV 4th gen test', 'HIV screen', 'HSV-2 IgG'], val: pick('positive', 'POSITIVE', 'reactive', 'detected'), unit: '', s: 'hiv_sti' },
  { names: ['beta hCG', 'hCG', 'quant hCG'], val: comma(24, 48000), unit: '', s: 'reproductive' },
  { names: ['urine pregnancy test', 'UPT', 'pregnancy test'], val: pick('positive', 'POSITIVE', '+'), unit: '', s: 'reproductive' },
  { names: ['AMH'], val: f1(0.1, 0.9), unit: '', s: 'reproductive' },
  { names: ['BRCA1', 'BRCA2', 'BRCA panel', 'Lynch panel', 'CFTR screen', 'hereditary cancer panel'], val: pick('positive', 'pathogenic variant detected', 'VUS', 'carrier'), unit: '', s: 'genetic' },
  { names: ['CA-125', 'CEA', 'CA 19-9', 'AFP'], val: i(38, 1900), unit: '', s: 'oncology' },
  { names: ['urine drug screen', 'UDS', 'tox screen'], val: pick('positive for fentanyl', 'positive for cocaine', '+ for methamphetamine', 'positive for opiates', 'positive for benzos'), unit: '', s: 'substance_use' },
  { names: ['blood alcohol', 'BAL', 'ETOH level'], val: pick('0.21', '0.34', '0.18', '287', '0.29'), unit: '', s: 'substance_use' },
  { names: ['PHQ-9', 'PHQ9', 'PHQ-9 score'], val: i(15, 27), unit: '', s: 'mental_health' },
  { names: ['GAD-7', 'GAD7 score'], val: i(12, 21), unit: '', s: 'mental_health' },
  { names: ['lithium level', 'Li level', 'depakote level'], val: f1(1.3, 2.8), unit: '', s: 'mental_health' },
];

export const PROCEDURES = [
  ...T(null, 'colonoscopy|MRI of the lumbar spine|CT chest|CT abdomen/pelvis|knee replacement|total hip arthroplasty|cataract surgery|cardiac cath|stent placement|dialysis|hemodialysis|physical therapy|wound care|PICC line placement|upper endoscopy|EGD|appendectomy|CABG|pacemaker insertion|tonsillectomy|sleep study|echocardiogram|stress test|iron infusion|spinal fusion|rotator cuff repair|cholecystectomy|hernia repair|carpal tunnel release|TAVR|ablation|cardioversion|bronchoscopy|thoracentesis|paracentesis|lumbar puncture|skin graft|amputation|knee arthroscopy|ACL reconstruction|kidney transplant|bariatric surgery|gastric sleeve|epidural steroid injection|nerve block|cystoscopy|TURP|hysterectomy|thyroidectomy|CPAP titration|allergy shots|Remicade infusion|Botox injections for migraine|occupational therapy|speech therapy|cardiac rehab|pulmonary rehab|X-ray of the left wrist|ultrasound of the gallbladder|barium swallow|EEG|EMG|Holter monitor placement'),
  ...T('hiv_sti', 'HIV testing|STI screening|PrEP follow-up|partner notification counseling'),
  ...T('mental_health', 'ECT|electroconvulsive therapy|TMS|psychiatric evaluation|behavioral health intake|inpatient psych admission|therapy session|DBT group|group therapy|med management with psychiatry'),
  ...T('substance_use', 'detox admission|medically supervised withdrawal|methadone dosing|MAT intake|Suboxone induction|residential rehab|IOP for alcohol|sober living intake'),
  ...T('reproductive', 'D&C|IUD insertion|embryo transfer|egg retrieval|vasectomy|tubal ligation|C-section|medication abortion|aspiration abortion|OB ultrasound|NT scan|IUI|amniocentesis|colposcopy|LEEP|induction of labor|IVF cycle|fertility consult'),
  ...T('genetic', 'genetic counseling|whole exome sequencing|BRCA testing|carrier screening|prenatal genetic screening|NIPT'),
  ...T('oncology', 'chemo infusion|chemotherapy|radiation therapy|lumpectomy|mastectomy|Mohs surgery|port placement|bone marrow biopsy|PET scan|CAR-T infusion|prostatectomy|Whipple procedure|proton therapy|immunotherapy infusion|tumor board review'),
];

/** Dev sees two thirds of each pool; holdout sees all of it, so some holdout terms are never in dev. */
export function poolFor(split, list) {
  return split === 'dev' ? list.filter((_, i) => i % 3 !== 2) : list;
}

/** Acronyms people spell out or dot to dodge filters; [category, value, sensitive class]. */
export const ACRONYMS = [
  ['condition', 'HIV', 'hiv_sti'], ['condition', 'AIDS', 'hiv_sti'], ['condition', 'STI', 'hiv_sti'], ['condition', 'HPV', 'hiv_sti'],
  ['condition', 'PTSD', 'mental_health'], ['condition', 'OCD', 'mental_health'], ['condition', 'ADHD', 'mental_health'],
  ['condition', 'OUD', 'substance_use'], ['condition', 'AUD', 'substance_use'], ['condition', 'PCOS', 'reproductive'],
  ['condition', 'AML', 'oncology'], ['condition', 'CLL', 'oncology'], ['condition', 'CF', 'genetic'], ['condition', 'HD', 'genetic'],
  ['condition', 'COPD'], ['condition', 'CHF'], ['condition', 'DVT'], ['condition', 'MS'],
  ['procedure', 'ECT', 'mental_health'], ['procedure', 'TMS', 'mental_health'], ['procedure', 'IVF', 'reproductive'],
  ['procedure', 'IUI', 'reproductive'], ['procedure', 'NIPT', 'genetic'], ['procedure', 'MAT', 'substance_use'],
  ['medication', 'PrEP', 'hiv_sti'], ['medication', 'ARVs', 'hiv_sti'], ['medication', 'SSRI', 'mental_health'],
];
