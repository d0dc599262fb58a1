// Health-plan beneficiary ids: member, subscriber, group, policy, plan, insurance and Medicaid ids next to
// their label ("Member ID: XJ4412908", "Group # 77120", "policy no. H1234-5678", "insurance record for member
// U8327138201", "Aetna W123456789", "XJ4412908 (member ID)"). A label that names the holder or the payer
// ("member", "subscriber", "Medicaid", "Aetna") may stand alone before a value with four or more digits; a
// vaguer one ("plan", "benefit", "coverage") needs "ID"/"#"/"number"; a bare "ID" counts only a few words
// after an insurance word ("Insurance: Aetna PPO, ID W123456").
import { eachKeywordValue, eachValueBefore } from './context.js';
import { ID_VALUE, idValueOk, phoneShaped } from './id-value.js';
import { factsOf, viewDetector, type Emit } from './scan.js';
import { hasKeyword } from './keywords.js';

const ID_SUFFIX = '(?:\\.? ?(?:id|#|number|num|nbr|no|identifier|identification(?: number| no| #)?|card|bic)(?!(?<=[a-z])[a-z]))';
const PAYERS =
  'aetna|cigna|humana|uhc|united ?healthcare|bcbs|blue ?cross(?: ?blue ?shield)?|blue ?shield|anthem|kaiser(?: permanente)?|tricare|champva|molina|centene|ambetter|wellcare|highmark|caresource|amerigroup|oscar|masshealth|medi-cal|medicaid|medicare advantage|emblem(?: ?health)?|health ?net|premera|regence|carefirst|excellus|optum';
const HOLDER =
  'member|mbr|subscriber|subscr|policyholder|policy holder|policy|group|grp|insured|insurance|insurer|enrollee|beneficiary|recipient|' +
  'cin|bic|benefits identification card|medical assistance|health card|' +
  // Spanish, Portuguese, French, Haitian Creole, Tagalog, Vietnamese, Polish (accents dropped)
  'miembro|afiliado|asegurado|poliza|seguro|suscriptor|numero de grupo|grupo|membro|beneficiario|apolice|carteirinha|convenio|segurado|' +
  'adherent|assure|numero de membre|nimewo manm|manm|kat asirans|asirans|miyembro|philhealth|so the bao hiem|the bao hiem y te|' +
  'bao hiem|ma so thanh vien|thanh vien|numer ubezpieczenia|ubezpieczony';
const VAGUE = 'sub|plan|health plan|ins|benefit|benefits|coverage|hmo|ppo|epo|chip|payer|carrier';
const KEYWORD = new RegExp(
  String.raw`\b(?:(?:${HOLDER}|${PAYERS}|${VAGUE})${ID_SUFFIX}|(?:${HOLDER}|${PAYERS})(?![a-z])|(?:member|group|grp|policy|subscriber)#)`,
  'g',
);
const SUFFIXED = /(?:id|#|number|num|nbr|no|identifier|card)$/;
/** A bare "ID" label, and the insurance words that must come shortly before it. */
const BARE_ID = /\b(?:id|i\.d\.)(?: ?(?:#|number|no))?(?!(?<=[a-z.])[a-z])/g;
const INSURANCE_CUE = new RegExp(String.raw`\b(?:insurance|insurer|ins|coverage|payer|carrier|plan|seguro|seguros|plano|convenio|assurance|asirans|bao hiem|${PAYERS})\b`);
/** Labels after a value: "XJ4412908 (member ID)", "W123 is her policy number". */
const LABEL_AFTER = new RegExp(String.raw`\b(?:${HOLDER}|${PAYERS}|${VAGUE})${ID_SUFFIX}`, 'g');

/**
 * What may stand between a bare label and its value: "member U83...", "Medicaid #: 316...", "member is 123...",
 * "miembro es 123...", Creole's possessive after the noun ("nimewo manm ou: HT77...").
 */
const BARE_GAP = /^(?:'s)?[\s:#=.,\-(/]{0,6}(?:(?:is|was|es|e|number|no|id|on file|ou|li)[\s:#=,]{1,4}){0,2}$/;

function valueOk(value: string, minDigits: number, minLength: number): boolean {
  return idValueOk(value, minDigits, minLength) && !phoneShaped(value);
}

function scanValues(text: string, lower: string, emit: Emit): void {
  eachKeywordValue(lower, text, KEYWORD, ID_VALUE, (start, end, m, k, at) => {
    const labelled = SUFFIXED.test(k) || k.endsWith('#');
    if (!labelled && !BARE_GAP.test(lower.slice(at + k.length, start))) return;
    // "grp" is only ever a group number's label, and group numbers run short ("Grp 012").
    if (valueOk(m[0], labelled || k === 'grp' ? 3 : 4, 4)) emit('health_plan_id', start, end);
  });
  if (lower.includes('id')) {
    eachKeywordValue(lower, text, BARE_ID, ID_VALUE, (start, end, m, _k, at) => {
      // The insurance word comes a few words before the "ID" or right after the value ("ID XJ44129 (Aetna)").
      if (!INSURANCE_CUE.test(lower.slice(Math.max(0, at - 40), at)) && !INSURANCE_CUE.test(lower.slice(end, end + 24))) return;
      if (valueOk(m[0], 4, 5)) emit('health_plan_id', start, end);
    });
  }
  eachValueBefore(lower, text, LABEL_AFTER, ID_VALUE, (start, end, value) => {
    if (valueOk(value, 4, 5)) emit('health_plan_id', start, end);
  });
}

export const healthPlanDetector = viewDetector('health_plan_id', (text, lower, emit) => {
  if (factsOf(text).digits < 3 || !hasKeyword(lower, 'healthPlan')) return;
  scanValues(text, lower, emit);
});
