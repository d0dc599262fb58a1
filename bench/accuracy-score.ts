// Scoring: which labeled values leaked, which benign messages were changed, per category, class and kind.
// Results carry message ids and categories only, never a value or a message text.
import { CATEGORIES, SENSITIVE_CLASSES, type Category, type SensitiveClass } from '../src/inspection/categories.js';
import type { CarrierView } from './accuracy-adapter.js';
import type { CorpusMessage } from './accuracy-corpus.js';
import { judgeLeaks } from './accuracy-leak.js';

const EXAMPLES = 5;

export interface LeakTally {
  messages: number;
  leakedMessages: number;
  labels: number;
  leakedLabels: number;
  /** Leak rate over messages (0..1); null when no message carries the category. */
  rate: number | null;
  exampleIds: string[];
}

export interface BenignTally {
  messages: number;
  altered: number;
  blocked: number;
  rate: number | null;
  exampleIds: string[];
}

export interface Score {
  messages: number;
  phi: { messages: number; leakedMessages: number; blocked: number; labels: number; leakedLabels: number; rate: number | null };
  categories: Record<Category, LeakTally>;
  sensitive: Record<SensitiveClass, LeakTally>;
  phiKinds: Record<string, LeakTally>;
  benign: BenignTally & { kinds: Record<string, BenignTally> };
  actions: Record<CarrierView['action'], number>;
}

const leakTally = (): LeakTally => ({ messages: 0, leakedMessages: 0, labels: 0, leakedLabels: 0, rate: null, exampleIds: [] });
const benignTally = (): BenignTally => ({ messages: 0, altered: 0, blocked: 0, rate: null, exampleIds: [] });
const ratio = (n: number, d: number): number | null => (d === 0 ? null : n / d);

/** What reached the carrier: null when blocked, the original text when allowed. */
export function carrierText(original: string, view: CarrierView): string | null {
  if (view.action === 'block') return null;
  return view.action === 'rewrite' ? (view.text ?? '') : original;
}

export function score(outcomes: ReadonlyArray<{ msg: CorpusMessage; view: CarrierView }>): Score {
  const categories = Object.fromEntries(CATEGORIES.map((c) => [c, leakTally()])) as Record<Category, LeakTally>;
  const sensitive = Object.fromEntries(SENSITIVE_CLASSES.map((c) => [c, leakTally()])) as Record<SensitiveClass, LeakTally>;
  const phiKinds: Record<string, LeakTally> = {};
  const benign = { ...benignTally(), kinds: {} as Record<string, BenignTally> };
  const phi = { messages: 0, leakedMessages: 0, blocked: 0, labels: 0, leakedLabels: 0, rate: null as number | null };
  const actions = { allow: 0, block: 0, rewrite: 0 };

  for (const { msg, view } of outcomes) {
    actions[view.action]++;
    const sent = carrierText(msg.text, view);
    if (msg.labels.length === 0) {
      const kind = (benign.kinds[msg.kind] ??= benignTally());
      const altered = sent !== msg.text;
      for (const t of [benign, kind]) {
        t.messages++;
        if (view.action === 'block') t.blocked++;
        if (altered) {
          t.altered++;
          if (t.exampleIds.length < EXAMPLES) t.exampleIds.push(msg.id);
        }
      }
      continue;
    }
    const judge = judgeLeaks(msg.text, msg.labels, sent);
    // Per group (category, class, kind): the message counts once, leaked if any of its labels there leaked.
    const groups = new Map<LeakTally, boolean>();
    let any = false;
    phi.messages++;
    if (view.action === 'block') phi.blocked++;
    for (const label of msg.labels) {
      const leaked = judge.leaked(label);
      any ||= leaked;
      phi.labels++;
      if (leaked) phi.leakedLabels++;
      const tallies = [categories[label.category], phiKinds[msg.kind] ??= leakTally()];
      if (label.sensitive) tallies.push(sensitive[label.sensitive]);
      for (const t of tallies) {
        t.labels++;
        if (leaked) t.leakedLabels++;
        groups.set(t, (groups.get(t) ?? false) || leaked);
      }
    }
    if (any) phi.leakedMessages++;
    for (const [t, leaked] of groups) {
      t.messages++;
      if (leaked) {
        t.leakedMessages++;
        if (t.exampleIds.length < EXAMPLES) t.exampleIds.push(msg.id);
      }
    }
  }
  for (const t of [...Object.values(categories), ...Object.values(sensitive), ...Object.values(phiKinds)]) t.rate = ratio(t.leakedMessages, t.messages);
  for (const t of [benign, ...Object.values(benign.kinds)]) t.rate = ratio(t.altered, t.messages);
  phi.rate = ratio(phi.leakedMessages, phi.messages);
  return { messages: outcomes.length, phi, categories, sensitive, phiKinds, benign, actions };
}
