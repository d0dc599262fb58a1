// Health-plan beneficiary ids: member, subscriber, group, policy, plan, insurance and Medicaid ids after
// their label ("Member ID: XJ4412908", "Group # 77120", "policy no. H1234-5678").
import { eachKeywordValue } from './context.js';
import { ID_VALUE, idValueOk } from './id-value.js';
import { factsOf, viewDetector } from './scan.js';
import { hasKeyword } from './keywords.js';

const ID_SUFFIX = '(?: ?(?:id|#|number|num|nbr|no|identifier)(?!(?<=[a-z])[a-z]))';
const KEYWORD = new RegExp(
  `\\b(?:(?:member|mbr|subscriber|sub|group|grp|policy|policyholder|plan|insurance|ins|insurer|health plan|medicaid|medi-cal|medical|beneficiary|benefit|coverage|enrollee|bcbs|hmo|ppo|cigna|aetna|humana|uhc|kaiser|tricare)${ID_SUFFIX}|member#|group#|grp#|grp|policy#|medicaid|medi-cal|insurance card)`,
  'g',
);

export const healthPlanDetector = viewDetector('health_plan_id', (text, lower, emit) => {
  if (factsOf(text).digits < 3 || !hasKeyword(lower, 'healthPlan')) return;
  eachKeywordValue(lower, text, KEYWORD, ID_VALUE, (start, end, m) => {
    if (idValueOk(m[0], 3, 4)) emit('health_plan_id', start, end);
  });
});
