// Lab tests, measurements and result wording. See README.md in this folder for the term syntax.
// A lab term followed by a value ("A1C 7.2%", "LDL of 160", "BP 150/95") is reported with the value.
import type { TermGroup } from '../../term-group.js';

export const LABS: readonly TermGroup[] = [
  {
    category: 'lab',
    sensitive: 'hiv_sti',
    terms: `viral load, hiv viral load, cd4, cd4 count, t cell count, hiv test, hiv testing, hiv screening, hiv result,
      hiv rna, hiv antibody, rapid hiv test, sti panel, std panel, sti test, std test, sti testing, std testing,
      sti screening, std screening, syphilis test, rpr, vdrl, chlamydia test, gonorrhea test, herpes test, hpv test,
      hepatitis c test, hepatitis b test, hep c test, hcv rna, hbsag, hepatitis panel`,
  },
  {
    category: 'lab',
    sensitive: 'reproductive',
    terms: `pregnancy test, positive pregnancy test, hcg, beta hcg, quantitative hcg, semen analysis, sperm count,
      fertility test, fertility testing, amh, ovarian reserve, nipt, glucose tolerance test, gct, ogtt, group b strep,
      gbs test, pap smear, pap test, ?pap, fetal ultrasound, anatomy scan, nuchal translucency`,
  },
  {
    category: 'lab',
    sensitive: 'genetic',
    terms: `genetic test, genetic testing, genetic screening, genetic results, brca test, brca testing, carrier screening,
      karyotype, genome sequencing, exome sequencing, whole genome sequencing, dna test, hereditary cancer panel,
      genetic panel, newborn screening`,
  },
  {
    category: 'lab',
    sensitive: 'substance_use',
    terms: `urine drug screen, urine drug test, drug screen, drug test, tox screen, toxicology screen, toxicology,
      blood alcohol, blood alcohol level, ?bac, etg test, breathalyzer`,
  },
  {
    category: 'lab',
    sensitive: 'oncology',
    terms: `psa, psa level, psa test, ca 125, ca 19 9, ?cea, tumor marker, tumor markers, biopsy result, biopsy results,
      pathology report, pathology results, ?pathology, oncotype, oncotype dx, flow cytometry, bone marrow biopsy result`,
  },
  {
    category: 'lab',
    terms: `a1c, hba1c, hemoglobin a1c, glycated hemoglobin, ?glucose, blood glucose, fasting glucose, blood sugar,
      blood sugars, fasting blood sugar, ?sugar level, ?sugar levels, ?cholesterol, cholesterol level, total cholesterol,
      ldl, hdl, ldl cholesterol, hdl cholesterol, triglycerides, lipid panel, lipid profile, cbc, complete blood count,
      bmp, basic metabolic panel, cmp, comprehensive metabolic panel, metabolic panel, inr, pt inr, protime,
      creatinine, egfr, gfr, ^BUN, tsh, free t4, t4, t3, thyroid panel, thyroid test, ?vitamin d level, vitamin d,
      b12 level, ferritin, iron panel, ?hemoglobin, hematocrit, ?platelets, platelet count, wbc, white blood cell count,
      white count, ?potassium level, potassium, sodium level, magnesium level, ^ALT, ^AST, liver enzymes,
      liver function test, liver panel, lft, lfts, urinalysis, ?ua, urine test, urine culture, blood culture,
      ?culture, strep test, rapid strep, covid test, covid 19 test, pcr test, ?rapid test, flu test, rsv test,
      troponin, bnp, nt probnp, d dimer, esr, sed rate, crp, c reactive protein, microalbumin, uacr,
      albumin creatinine ratio, uric acid, ?blood pressure, blood pressure reading, ^BP, bp reading, pulse ox,
      oxygen saturation, spo2, o2 sat, bmi, body mass index,
      abnormal results, abnormal result, critical value, critical result,
      tb test, ppd test, quantiferon, mantoux, stool test, fit test, fobt, cologuard, occult blood, h pylori test,
      allergy test, allergy testing, bone density, dexa, dexa scan, sleep study, pulmonary function test, pft,
      spirometry, stress test, holter monitor, ?ekg, ?ecg, echo results, hearing test, vision test`,
  },
];
