// Health terms for dev2: conditions (clinical and lay), medications (brand, generic, common misspellings),
// labs with values, procedures; each with its sensitive class when it has one. Hand-picked for this corpus.

// "term|class" lists; class codes: hiv mh su rep gen onc.
const CLS = { hiv: 'hiv_sti', mh: 'mental_health', su: 'substance_use', rep: 'reproductive', gen: 'genetic', onc: 'oncology' };
const T = (list) => list.split(';').map((s) => s.trim()).filter(Boolean).map((s) => {
  const [t, c] = s.split('|');
  return c ? { t, c: CLS[c] } : { t };
});

export const CONDITIONS = T(`type 2 diabetes;T2DM;prediabetes;high blood pressure;HTN;hypertension;CHF;heart failure;AFib;a-fib;atrial fibrillation;COPD;
  COPD exacerbation;asthma;pneumonia;UTI;kidney stones;CKD stage 3;end-stage renal disease;ESRD;gout flare;shingles;cellulitis;sepsis;DVT;PE;
  TIA;NSTEMI;heart attack;angina;hypothyroidism;Graves disease;lupus;RA;rheumatoid arthritis;multiple sclerosis;Parkinson's;dementia;
  Alzheimer's;epilepsy;seizure disorder;migraines;sciatica;herniated disc;osteoporosis;hip fracture;broken wrist;concussion;sleep apnea;
  OSA;GERD;Crohn's;ulcerative colitis;diverticulitis;pancreatitis;gallstones;appendicitis;hepatitis C;hep B;TB;latent TB;measles;
  COVID;flu;RSV;strep throat;pink eye;ear infection;head lice;allergic reaction;anaphylaxis;peanut allergy;nosebleed;sprained ankle;
  fever;vomiting;diarrhea;chest pain;shortness of breath;dizziness;rash;pressure ulcer;stage 2 sacral wound;diabetic foot ulcer;
  neuropathy;glaucoma;macular degeneration;hearing loss;eczema;psoriasis;iron deficiency anemia;anemia;obesity;dehydration;
  hypoglycemia;low blood sugar;DKA;hyperkalemia;cirrhosis;fatty liver;celiac;long COVID;Bell's palsy;vertigo;bronchitis;croup;
  hand foot and mouth;impetigo;scabies;MRSA;C. diff;C diff;cdiff;bedsores;frostbite;heat stroke;broken hip;
  autism;ADHD;Down's|gen;
  HIV|hiv;HIV+|hiv;AIDS|hiv;chlamydia|hiv;gonorrhea|hiv;syphilis|hiv;herpes|hiv;HSV-2|hiv;HPV|hiv;trichomoniasis|hiv;trich|hiv;
  genital warts|hiv;PID|hiv;mpox|hiv;the clap|hiv;
  depression|mh;major depressive disorder|mh;MDD|mh;anxiety|mh;generalized anxiety|mh;panic attacks|mh;PTSD|mh;bipolar disorder|mh;
  bipolar II|mh;schizophrenia|mh;schizoaffective disorder|mh;OCD|mh;anorexia|mh;bulimia|mh;binge eating disorder|mh;suicidal ideation|mh;
  SI|mh;self-harm|mh;postpartum depression|mh;psychosis|mh;first-episode psychosis|mh;borderline personality disorder|mh;BPD|mh;
  alcohol use disorder|su;AUD|su;opioid use disorder|su;OUD|su;alcohol withdrawal|su;DTs|su;overdose|su;OD|su;heroin use|su;
  fentanyl use|su;meth use|su;cocaine use|su;relapse|su;cannabis use disorder|su;stimulant use disorder|su;
  pregnant|rep;pregnancy|rep;miscarriage|rep;ectopic pregnancy|rep;infertility|rep;PCOS|rep;endometriosis|rep;preeclampsia|rep;
  gestational diabetes|rep;preterm labor|rep;erectile dysfunction|rep;placenta previa|rep;hyperemesis|rep;
  BRCA1 mutation|gen;BRCA2 carrier|gen;Lynch syndrome|gen;cystic fibrosis|gen;CF carrier|gen;sickle cell disease|gen;sickle cell trait|gen;
  Tay-Sachs carrier|gen;Factor V Leiden|gen;SMA|gen;Marfan syndrome|gen;beta thalassemia|gen;Down syndrome|gen;hemophilia A|gen;
  breast cancer|onc;stage 3 colon cancer|onc;lung cancer|onc;NSCLC|onc;prostate cancer|onc;Hodgkin lymphoma|onc;lymphoma|onc;
  leukemia|onc;ALL|onc;CLL|onc;melanoma|onc;pancreatic cancer|onc;metastatic disease|onc;mets to the liver|onc;glioblastoma|onc;
  ovarian cancer|onc;cervical cancer|onc;multiple myeloma|onc;DCIS|onc;bladder cancer|onc;thyroid cancer|onc;tumor|onc`);

export const MEDICATIONS = T(`metformin;metforman;lisinopril;lisinipril;amlodipine;atorvastatin;Lipitor;Crestor;rosuvastatin;losartan;HCTZ;
  furosemide;Lasix;Eliquis;apixaban;Xarelto;warfarin;Jantoven;insulin lispro;Lantus;Basaglar;Tresiba;Ozempic;Mounjaro;Trulicity;
  Januvia;Farxiga;levothyroxine;Synthroid;prednisone;albuterol;ProAir;Symbicort;Trelegy;Spiriva;amoxicillin;amox;Augmentin;
  azithromycin;Z-pack;Keflex;cephalexin;Cipro;nitrofurantoin;Macrobid;ibuprofen;Motrin;Tylenol;acetaminophen;naproxen;gabapentin;
  Neurontin;tramadol;oxycodone;Percocet;hydrocodone;morphine;Dilaudid;omeprazole;pantoprazole;Zofran;ondansetron;Plavix;
  clopidogrel;Entresto;carvedilol;metoprolol;metropolol;digoxin;allopurinol;colchicine;Humira;Dupixent;Enbrel;methotrexate;
  Plaquenil;EpiPen;Benadryl;Flonase;Tamiflu;Paxlovid;Epclusa;sumatriptan;Imitrex;Aimovig;Aricept;Namenda;Sinemet;Keppra;
  levetiracetam;Fosamax;Prolia;ferrous sulfate;Klor-Con;potassium chloride;nitroglycerin;Nitrostat;latanoprost;Xiidra;
  Jardiance;Rybelsus;glipizide;glimepiride;spironolactone;Bactrim;clindamycin;Diflucan;fluconazole;mupirocin;hydroxyzine;
  meloxicam;Mobic;cyclobenzaprine;Flexeril;tizanidine;baclofen;Chantix;nicotine patch;water pill;Wegovy;Zepbound;insulin;Novolog;
  Trikafta|gen;hydroxyurea|gen;Spinraza|gen;Evrysdi|gen;
  Biktarvy|hiv;Descovy|hiv;Genvoya|hiv;Triumeq|hiv;Apretude|hiv;PrEP|hiv;Tivicay|hiv;Odefsey|hiv;Symtuza|hiv;doxy-PEP|hiv;
  Valtrex|hiv;valacyclovir|hiv;metronidazole|hiv;Flagyl|hiv;Bicillin L-A|hiv;Rukobia|hiv;
  sertraline|mh;Zoloft|mh;zoloft|mh;fluoxetine|mh;Prozac|mh;Lexapro|mh;citalopram|mh;Trintellix|mh;venlafaxine|mh;Effexor|mh;
  duloxetine|mh;Cymbalta|mh;mirtazapine|mh;Remeron|mh;trazodone|mh;quetiapine|mh;Seroquel|mh;Seroquil|mh;aripiprazole|mh;Abilify|mh;
  risperidone|mh;Risperdal|mh;olanzapine|mh;Zyprexa|mh;clozapine|mh;Clozaril|mh;Invega Sustenna|mh;lithium|mh;Depakote|mh;
  Lamictal|mh;lorazepam|mh;Ativan|mh;clonazepam|mh;Klonopin|mh;alprazolam|mh;Xanax|mh;xanex|mh;buspirone|mh;Adderall|mh;Vyvanse|mh;
  methylphenidate|mh;Concerta|mh;Strattera|mh;Spravato|mh;Auvelity|mh;Caplyta|mh;Rexulti|mh;Vraylar|mh;
  buprenorphine|su;bupe|su;Sublocade|su;Brixadi|su;methadone|su;naltrexone|su;Vivitrol|su;naloxone|su;Narcan|su;Antabuse|su;
  disulfiram|su;acamprosate|su;Campral|su;Librium|su;Zubsolv|su;subs|su;
  Plan B|rep;ella|rep;mifepristone|rep;misoprostol|rep;Nexplanon|rep;Depo-Provera|rep;Depo shot|rep;Mirena|rep;Sprintec|rep;Yaz|rep;
  Clomid|rep;clomiphene|rep;prenatal vitamins|rep;progesterone|rep;estradiol|rep;Diclegis|rep;RhoGAM|rep;Pitocin|rep;sildenafil|rep;
  Viagra|rep;Cialis|rep;Ovidrel|rep;Gonal-f|rep;Slynd|rep;Annovera|rep;Opill|rep;
  Opdivo|onc;nivolumab|onc;tamoxifen|onc;letrozole|onc;Femara|onc;anastrozole|onc;Arimidex|onc;Ibrance|onc;Herceptin|onc;
  trastuzumab|onc;capecitabine|onc;Xeloda|onc;FOLFOX|onc;carboplatin|onc;cisplatin|onc;paclitaxel|onc;Taxol|onc;Revlimid|onc;
  Imbruvica|onc;Gleevec|onc;imatinib|onc;Zytiga|onc;Xtandi|onc;Neulasta|onc;Tagrisso|onc;Lynparza|onc;Verzenio|onc;Kisqali|onc`);

// Labs with a value, as written in results, alerts and pager lines.
const L = (text, c) => ({ f: text, c: c ? CLS[c] : undefined });
const dec = (r, lo, hi, p = 1) => (r.int(lo * 10 ** p, hi * 10 ** p) / 10 ** p).toFixed(p);
export const LABS = [
  L((r) => `A1c ${dec(r, 6.5, 13.9)}%`), L((r) => `HbA1c ${dec(r, 6.8, 12.4)}`), L((r) => `hemoglobin A1C of ${dec(r, 7, 11)}%`),
  L((r) => `fasting glucose ${r.int(128, 290)}`), L((r) => `glucose ${r.int(38, 62)} mg/dL`), L((r) => `BG ${r.int(320, 560)}`),
  L((r) => `sugar ${r.int(280, 480)}`), L((r) => `K ${dec(r, 2.4, 3.0)}`), L((r) => `K+ ${dec(r, 5.9, 7.2)}`), L((r) => `potassium ${dec(r, 5.8, 6.9)}`),
  L((r) => `Na ${r.int(118, 128)}`), L((r) => `sodium ${r.int(119, 127)}`), L((r) => `creatinine ${dec(r, 1.9, 6.4)}`), L((r) => `Cr ${dec(r, 2.1, 5.2)}`),
  L((r) => `eGFR ${r.int(11, 38)}`), L((r) => `BUN ${r.int(42, 96)}`), L((r) => `Hgb ${dec(r, 5.9, 7.4)}`), L((r) => `hemoglobin ${dec(r, 6.1, 7.6)}`),
  L((r) => `H/H ${dec(r, 6.4, 7.4)}/${r.int(19, 23)}`), L((r) => `plt ${r.int(9, 48)}k`), L((r) => `platelets ${r.int(12, 55)}`), L((r) => `WBC ${dec(r, 14, 28)}`),
  L((r) => `INR ${dec(r, 3.6, 8.8)}`), L((r) => `INR ${dec(r, 1.0, 1.4)}`), L((r) => `troponin ${dec(r, 0.08, 2.4, 2)}`), L((r) => `trop ${r.int(52, 2100)}`),
  L((r) => `BNP ${r.int(900, 4200)}`), L((r) => `TSH ${dec(r, 0.01, 0.09, 2)}`), L((r) => `TSH ${dec(r, 8.2, 46)}`), L((r) => `LDL ${r.int(171, 260)}`),
  L((r) => `total cholesterol ${r.int(241, 330)}`), L((r) => `triglycerides ${r.int(420, 1900)}`), L((r) => `vitamin D ${r.int(6, 17)}`),
  L((r) => `B12 ${r.int(98, 180)}`), L((r) => `ferritin ${r.int(3, 11)}`), L((r) => `lactate ${dec(r, 3.2, 8.1)}`), L((r) => `lactic acid ${dec(r, 2.9, 6.6)}`),
  L((r) => `ALT ${r.int(180, 2400)}`), L((r) => `AST ${r.int(150, 1900)}`), L((r) => `bili ${dec(r, 2.8, 14)}`), L((r) => `lipase ${r.int(640, 4100)}`),
  L(() => 'D-dimer positive'), L((r) => `CRP ${r.int(40, 260)}`), L(() => 'UA positive for nitrites'), L(() => 'urine culture growing E. coli'),
  L(() => 'blood cultures positive'), L(() => 'rapid strep positive'), L(() => 'COVID PCR positive'), L(() => 'flu A positive'), L(() => 'RSV positive'),
  L((r) => `PPD ${r.int(10, 22)}mm`), L(() => 'QuantiFERON positive'), L((r) => `BP ${r.int(172, 220)}/${r.int(102, 128)}`), L((r) => `O2 sat ${r.int(79, 88)}%`),
  L((r) => `SpO2 ${r.int(80, 88)}%`), L((r) => `temp ${dec(r, 101.2, 104.6)}`), L((r) => `HR ${r.int(128, 178)}`), L((r) => `weight up ${r.int(3, 9)} lbs`),
  L((r) => `BMI ${dec(r, 40, 58)}`), L((r) => `ammonia ${r.int(90, 210)}`), L((r) => `Mg ${dec(r, 0.8, 1.3)}`), L((r) => `calcium ${dec(r, 12.1, 14.8)}`),
  L((r) => `PSA ${dec(r, 6.2, 48)}`, 'onc'), L((r) => `CEA ${dec(r, 8, 60)}`, 'onc'), L((r) => `CA 19-9 ${r.int(120, 2400)}`, 'onc'), L((r) => `CA-125 ${r.int(90, 900)}`, 'onc'),
  L((r) => `AFP ${r.int(220, 1400)}`, 'onc'), L(() => 'BI-RADS 4', 'onc'), L(() => 'BI-RADS 5', 'onc'), L(() => 'Cologuard positive', 'onc'), L((r) => `ANC ${r.int(200, 900)}`, 'onc'),
  L((r) => `viral load ${r.int(1200, 98000)} copies`, 'hiv'), L(() => 'viral load undetectable', 'hiv'), L((r) => `CD4 ${r.int(90, 480)}`, 'hiv'), L(() => 'HIV-1 RNA <20', 'hiv'),
  L(() => 'RPR reactive', 'hiv'), L((r) => `RPR 1:${r.pick([8, 16, 32, 64])}`, 'hiv'), L(() => 'GC/CT positive', 'hiv'), L(() => 'chlamydia NAAT positive', 'hiv'),
  L(() => 'HIV Ag/Ab reactive', 'hiv'), L(() => 'HSV-2 IgG positive', 'hiv'), L(() => 'trich NAAT positive', 'hiv'),
  L(() => 'UDS positive for fentanyl', 'su'), L(() => 'UDS + THC', 'su'), L(() => 'UDS positive for benzos', 'su'), L((r) => `BAC ${dec(r, 0.12, 0.38, 2)}`, 'su'),
  L(() => 'EtG positive', 'su'), L((r) => `PEth ${r.int(180, 900)}`, 'su'), L(() => 'tox screen positive for meth', 'su'), L(() => 'urine tox + cocaine', 'su'),
  L((r) => `lithium level ${dec(r, 1.3, 2.4)}`, 'mh'), L((r) => `Li ${dec(r, 1.4, 2.2)}`, 'mh'), L((r) => `valproic acid level ${r.int(12, 38)}`, 'mh'), L((r) => `clozapine level ${r.int(80, 190)}`, 'mh'),
  L(() => 'hCG positive', 'rep'), L((r) => `beta hCG ${r.int(400, 9800)}`, 'rep'), L(() => 'pregnancy test positive', 'rep'), L(() => 'GBS positive', 'rep'),
  L((r) => `AMH ${dec(r, 0.1, 0.7)}`, 'rep'), L(() => '1-hr glucose 162', 'rep'), L(() => 'semen analysis low count', 'rep'),
  L(() => 'BRCA2 positive', 'gen'), L(() => 'carrier screen positive for CF', 'gen'), L(() => 'genetic panel VUS in MLH1', 'gen'), L(() => 'karyotype 47,XY,+21', 'gen'),
  L(() => 'NIPT high risk for trisomy 18', 'gen'), L(() => 'Factor V Leiden heterozygous', 'gen'), L(() => 'hemoglobin electrophoresis HbSS', 'gen'),
];
export const LAB_NAMES = T(`A1c;lipid panel;CBC;CMP;BMP;TSH;thyroid panel;vitamin D;iron panel;urinalysis;urine culture;INR;PT/INR;liver panel;
  kidney function;blood cultures;sed rate;stool test;COVID test;strep test;TB test;sleep study results;echo results;MRI results;
  PSA|onc;tumor markers|onc;pathology|onc;biopsy results|onc;HIV test|hiv;STI panel|hiv;STD results|hiv;syphilis test|hiv;viral load|hiv;CD4 count|hiv;
  hep C test;drug screen|su;urine drug screen|su;UDS|su;lithium level|mh;Depakote level|mh;pregnancy test|rep;hCG|rep;beta hCG|rep;
  quad screen|rep;NIPT|gen;genetic testing results|gen;carrier screening results|gen;BRCA results|gen;Pap results;Pap smear results;HPV test|hiv`);

export const PROCEDURES = T(`colonoscopy;EGD;endoscopy;MRI of the brain;brain MRI;CT chest;CT scan;CT of the abdomen;chest X-ray;X-ray;ultrasound;
  echo;echocardiogram;stress test;nuclear stress test;cardiac cath;heart cath;stent;CABG;bypass surgery;pacemaker placement;ablation;
  knee replacement;TKA;total hip;hip replacement;rotator cuff repair;ACL reconstruction;cataract surgery;lap chole;gallbladder surgery;
  appendectomy;hernia repair;tonsillectomy;ear tubes;dialysis;hemodialysis;PICC line;Remicade infusion;iron infusion;physical therapy;
  PT;OT;speech therapy;wound care;wound vac;debridement;BKA;amputation;skin biopsy;sleep study;PFTs;EEG;EMG;lumbar puncture;
  spinal tap;epidural steroid injection;cortisone shot;allergy shots;flu shot;MMR vaccine;Tdap;shingles vaccine;Shingrix #2;
  RSV vaccine;HPV vaccine;mammogram;DEXA scan;bone density scan;root canal;extraction;wisdom teeth removal;deep cleaning;implant;
  crown prep;cardioversion;thoracentesis;paracentesis;kyphoplasty;carpal tunnel release;bunionectomy;septoplasty;LASIK;
  Mohs surgery;trigger point injection;nerve block;TEE;Holter monitor;carotid ultrasound;feeding tube;PEG tube;trach change;
  Foley change;insulin pump start;CPAP titration;ostomy teaching;
  chemo|onc;chemotherapy|onc;cycle 3 of chemo|onc;radiation|onc;radiation therapy|onc;proton therapy|onc;immunotherapy|onc;
  port placement|onc;bone marrow biopsy|onc;lumpectomy|onc;mastectomy|onc;Whipple|onc;prostatectomy|onc;PET scan|onc;
  oncology consult|onc;stem cell transplant|onc;breast biopsy|onc;
  therapy session|mh;psychotherapy|mh;CBT|mh;DBT group|mh;ECT|mh;TMS|mh;psych eval|mh;psychiatric intake|mh;inpatient psych|mh;
  5150 hold|mh;involuntary hold|mh;counseling|mh;crisis stabilization|mh;partial hospitalization|mh;
  detox|su;medical detox|su;MAT intake|su;methadone dosing|su;Suboxone induction|su;residential rehab|su;SUD assessment|su;IOP|su;
  abortion|rep;medication abortion|rep;D&C|rep;IVF|rep;egg retrieval|rep;embryo transfer|rep;IUI|rep;vasectomy|rep;tubal ligation|rep;
  IUD insertion|rep;Nexplanon insertion|rep;NST|rep;anatomy scan|rep;20-week ultrasound|rep;OB ultrasound|rep;prenatal visit|rep;
  colposcopy|rep;LEEP|rep;C-section|rep;hysterectomy|rep;glucose tolerance test|rep;postpartum visit|rep;
  genetic counseling|gen;carrier screening|gen;amniocentesis|gen;CVS|gen;whole exome sequencing|gen;BRCA testing|gen;
  HIV test|hiv;STI screening|hiv;PrEP visit|hiv;PEP follow-up|hiv`);

// Spanish (and a few other languages') wording for the same classes.
export const CONDITIONS_ES = T(`diabetes;azúcar alta;presión alta;hipertensión;asma;neumonía;infección de orina;cálculos renales;insuficiencia cardiaca;
  artritis;dolor de pecho;fiebre;migraña;anemia;colesterol alto;embolia;derrame cerebral;gripe;covid;tuberculosis;hígado graso;
  VIH|hiv;sífilis|hiv;clamidia|hiv;gonorrea|hiv;herpes genital|hiv;depresión|mh;ansiedad|mh;esquizofrenia|mh;trastorno bipolar|mh;
  ideas suicidas|mh;alcoholismo|su;consumo de opioides|su;sobredosis|su;embarazada|rep;embarazo|rep;aborto espontáneo|rep;
  preeclampsia|rep;cáncer de mama|onc;cáncer de colon|onc;leucemia|onc;linfoma|onc;cáncer de próstata|onc;anemia falciforme|gen;
  fibrosis quística|gen`);
export const PROCEDURES_ES = T(`colonoscopía;resonancia magnética;tomografía;radiografía de tórax;ultrasonido;ecocardiograma;cirugía de rodilla;
  cirugía de cataratas;diálisis;terapia física;vacuna contra la gripe;mamografía;extracción dental;endodoncia;
  quimioterapia|onc;radioterapia|onc;biopsia|onc;terapia psicológica|mh;consulta de psiquiatría|mh;desintoxicación|su;
  ultrasonido obstétrico|rep;control prenatal|rep;cesárea|rep;consejería genética|gen;prueba de VIH|hiv`);

/** Filters by class code; 'none' keeps the non-sensitive terms; an unknown code (a second draw, {med:b}) keeps all. */
export const byClass = (list, cls) => list.filter((x) => (cls === 'none' ? !x.c : CLS[cls] ? x.c === CLS[cls] : true));
export const classOf = (code) => CLS[code];

// Narrower pools for templates where any term would read as nonsense (a school nurse does not report troponin).
export const ACUTE = T(`chest pain;stroke symptoms;seizure;hip fracture;sepsis;DKA;hypoglycemia;shortness of breath;syncope;GI bleed;
  anaphylaxis;head injury;STEMI;respiratory distress;altered mental status;COPD exacerbation;fall with head strike;
  overdose|su;alcohol intoxication|su;suicidal ideation|mh;acute psychosis|mh;allergic reaction;kidney stone pain`);
export const SCHOOL_CONDITIONS = T(`nosebleed;headache;stomach ache;fever;asthma symptoms;head lice;pink eye;sprained ankle;bee sting;
  low blood sugar;rash;vomiting;possible concussion;allergic reaction;sore throat;panic attack|mh;menstrual cramps|rep;hives;earache`);
export const SCHOOL_MEDS = T(`albuterol;EpiPen;insulin;glucagon;Tylenol;ibuprofen;Benadryl;Zyrtec;Concerta|mh;Adderall|mh;Focalin|mh;diazepam rectal gel`);
export const SCREENINGS = T(`mammogram;colonoscopy;DEXA scan;Pap smear;diabetic eye exam;shingles vaccine;flu shot;pneumonia vaccine;
  lung cancer screening CT|onc;AAA ultrasound;hearing test;Cologuard kit;well-woman exam|rep;HIV screening|hiv`);
const V = (f) => ({ f });
export const VITALS = [
  V((r) => `BP ${r.int(168, 224)}/${r.int(96, 128)}`), V((r) => `BP ${r.int(70, 88)}/${r.int(38, 52)}`), V((r) => `HR ${r.int(128, 182)}`), V((r) => `HR ${r.int(32, 44)}`),
  V((r) => `SpO2 ${r.int(78, 88)}%`), V((r) => `sat ${r.int(79, 87)}% on RA`), V((r) => `temp ${(r.int(1012, 1046) / 10).toFixed(1)}`), V((r) => `T ${(r.int(385, 405) / 10).toFixed(1)}C`),
  V((r) => `glucose ${r.int(31, 58)}`), V((r) => `BG ${r.int(380, 600)}`), V((r) => `RR ${r.int(28, 40)}`), V((r) => `GCS ${r.int(6, 12)}`),
];
