// How far a health finding reaches: the words that make a term specific are part of the information.
// "MRI" alone leaves "of the lumbar spine" readable; "BRCA2" leaves "positive"; "NSCLC" leaves "stage IIIA".
// A finding grows over a few such words on either side, within one phrase (only spaces or hyphens between).
import { G_HYPHEN, G_SPACE, type Token } from '../../lexicon/tokenize.js';

/** Words before a term that qualify it: "threatened abortion", "first-episode psychosis", "quant hCG". */
const BEFORE = new Set([
  'threatened', 'recurrent', 'chronic', 'acute', 'severe', 'mild', 'moderate', 'quant', 'quantitative', 'bilateral',
  'inpatient', 'outpatient', 'intensive', 'first', 'episode', 'new', 'onset', 'early', 'late', 'advanced', 'metastatic',
  'suspected', 'probable', 'possible', 'confirmed', 'untreated', 'uncontrolled', 'poorly', 'controlled', 'active',
  'latent', 'primary', 'secondary', 'partial', 'complete', 'total', 'repeat', 'urgent', 'emergency', 'emergent', 'stat',
]);

/** Words after a term that complete it: a result, a carrier state, what was done, the visit it names. */
const AFTER = new Set([
  'positive', 'negative', 'pos', 'neg', 'reactive', 'nonreactive', 'detected', 'carrier', 'mutation', 'variant', 'igg',
  'igm', 'rna', 'dna', 'naat', 'pcr', 'antibody', 'antigen', 'placement', 'insertion', 'removal', 'teaching',
  'change', 'assessment', 'eval', 'evaluation', 'sequencing', 'crisis', 'intox', 'intoxication', 'episode',
  'exacerbation', 'flare', 'consult', 'consultation', 'session', 'intake', 'screen', 'screening', 'counseling',
  'education', 'genital', 'oral', 'predicted', 'titration', 'induction', 'maintenance', 'relapse', 'recurrence',
  'with', 'pain', 'growing',
]);
/** After "with": "SI with plan", "urine culture growing E. coli". */
const AFTER_WITH = new Set(['plan', 'intent', 'psychosis', 'features', 'aura', 'complications']);

/** Body words after "of"/"to": "MRI of the lumbar spine", "mets to the liver", "X-ray of the left wrist". */
const BODY = new Set([
  'the', 'your', 'his', 'her', 'left', 'right', 'lower', 'upper', 'both', 'bilateral', 'spine', 'lumbar', 'cervical',
  'thoracic', 'wrist', 'knee', 'knees', 'hip', 'hips', 'shoulder', 'ankle', 'foot', 'feet', 'hand', 'hands', 'elbow',
  'chest', 'abdomen', 'abdominal', 'pelvis', 'pelvic', 'head', 'brain', 'neck', 'liver', 'kidney', 'kidneys', 'gallbladder',
  'breast', 'breasts', 'lung', 'lungs', 'heart', 'thyroid', 'bladder', 'prostate', 'colon', 'bone', 'bones', 'back', 'leg',
  'legs', 'arm', 'arms', 'spleen', 'pancreas', 'uterus', 'ovary', 'ovaries', 'eye', 'eyes', 'ear', 'ears', 'sinus',
  'sinuses', 'skull', 'jaw', 'rib', 'ribs', 'face', 'skin', 'lymph', 'nodes', 'node', 'bowel', 'stomach', 'esophagus',
  'carotid', 'carotids', 'arteries', 'veins', 'sacral', 'sacrum', 'coccyx', 'heel', 'toe', 'finger', 'thumb', 'femur',
  'tibia', 'fibula', 'humerus', 'forearm', 'shin', 'calf', 'thigh', 'groin', 'scrotum', 'testicle', 'testicles', 'cervix',
]);

const IN_PHRASE = G_SPACE | G_HYPHEN;
const inPhrase = (t: Token | undefined): t is Token => t !== undefined && (t.gap & ~IN_PHRASE) === 0;

/** "stage IIIA", "stage 2", "grade 3": a stage before the term. */
const STAGE = /^(?:i{1,3}v?|iv|[0-4])[a-c]?$/;

/** The token range [first, last] a finding at [first, last] covers once its qualifying words are added. */
export function extent(tokens: readonly Token[], first: number, last: number): readonly [number, number] {
  let f = first;
  for (let n = 0; n < 3 && f > 0 && inPhrase(tokens[f]); n++) {
    const p = tokens[f - 1]!;
    if (BEFORE.has(p.key)) f--;
    else if (STAGE.test(p.key) && f > 1 && (tokens[f - 2]!.key === 'stage' || tokens[f - 2]!.key === 'grade') && inPhrase(p)) f -= 2;
    else break;
  }
  let l = last;
  for (let n = 0; n < 3 && inPhrase(tokens[l + 1]); n++) {
    const t = tokens[l + 1]!;
    if (t.key === 'with' || t.key === 'growing') {
      const w = tokens[l + 2];
      if (!inPhrase(w) || !(AFTER_WITH.has(w.key) || t.key === 'growing')) break;
      l += 2;
    } else if (t.key === 'of' || t.key === 'to') {
      let k = l + 2;
      while (k < tokens.length && k <= l + 4 && inPhrase(tokens[k]) && BODY.has(tokens[k]!.key)) k++;
      const body = k - 1 > l + 1 && !['the', 'your', 'his', 'her'].includes(tokens[k - 1]!.key);
      if (!body) break;
      l = k - 1;
    } else if (AFTER.has(t.key)) l++;
    else break;
  }
  return [f, l];
}
