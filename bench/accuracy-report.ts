// Printing a Score as plain-text tables (ids and categories only, never values).
import type { LatencyStats } from './accuracy-latency.js';
import type { BenignTally, LeakTally, Score } from './accuracy-score.js';

const pct = (r: number | null): string => (r === null ? '-' : `${(r * 100).toFixed(1)}%`);
const us = (n: number): string => n.toFixed(1);

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const leakRow = (name: string, t: LeakTally): string[] => [name, String(t.messages), String(t.leakedMessages), pct(t.rate), String(t.labels), String(t.leakedLabels)];
const LEAK_HEAD = ['', 'msgs', 'leaked', 'leak%', 'labels', 'leaked'];

/** The categories with the highest leak rate that leaked at all, worst first. */
export function worstCategories(score: Score, n: number): Array<[string, LeakTally]> {
  return Object.entries(score.categories)
    .filter(([, t]) => t.leakedMessages > 0)
    .sort((a, b) => (b[1].rate ?? 0) - (a[1].rate ?? 0) || b[1].leakedMessages - a[1].leakedMessages)
    .slice(0, n);
}

export function renderReport(
  title: string,
  score: Score,
  latency: { detect: LatencyStats; carrierView: LatencyStats },
): string {
  const out: string[] = [title, ''];
  out.push(`messages ${score.messages}: ${score.phi.messages} with PHI, ${score.benign.messages} benign; actions allow ${score.actions.allow}, rewrite ${score.actions.rewrite}, block ${score.actions.block}`);
  out.push('');
  out.push(table(['category', ...LEAK_HEAD.slice(1)], Object.entries(score.categories).filter(([, t]) => t.messages > 0).map(([c, t]) => leakRow(c, t))));
  out.push('');
  out.push(table(['sensitive class', ...LEAK_HEAD.slice(1)], Object.entries(score.sensitive).filter(([, t]) => t.messages > 0).map(([c, t]) => leakRow(c, t))));
  out.push('');
  out.push(table(['PHI kind', ...LEAK_HEAD.slice(1)], Object.entries(score.phiKinds).sort((a, b) => (b[1].rate ?? 0) - (a[1].rate ?? 0)).map(([c, t]) => leakRow(c, t))));
  out.push('');
  const benignRow = (name: string, t: BenignTally): string[] => [name, String(t.messages), String(t.altered), String(t.blocked), pct(t.rate)];
  out.push(table(['benign kind', 'msgs', 'altered', 'blocked', 'altered%'], Object.entries(score.benign.kinds).sort((a, b) => (b[1].rate ?? 0) - (a[1].rate ?? 0)).map(([k, t]) => benignRow(k, t))));
  out.push('');
  out.push(`OVERALL leak: ${score.phi.leakedMessages}/${score.phi.messages} PHI messages (${pct(score.phi.rate)}), ${score.phi.leakedLabels}/${score.phi.labels} labels; PHI blocked ${score.phi.blocked}`);
  out.push(`BENIGN altered or refused: ${score.benign.altered}/${score.benign.messages} (${pct(score.benign.rate)}), of which blocked ${score.benign.blocked}`);
  const lat = (name: string, l: LatencyStats): string => `${name}: p50 ${us(l.p50)} us, p99 ${us(l.p99)} us, max ${us(l.max)} us, mean ${us(l.mean)} us over ${l.samples} calls`;
  out.push(lat('LATENCY detect()', latency.detect));
  out.push(lat('LATENCY carrierView()', latency.carrierView));
  const worst = worstCategories(score, 5);
  if (worst.length > 0) {
    out.push('');
    out.push('worst categories (example message ids):');
    for (const [c, t] of worst) out.push(`  ${c} ${pct(t.rate)}: ${t.exampleIds.join(' ')}`);
  }
  if (score.benign.altered > 0) out.push(`benign altered (example ids): ${score.benign.exampleIds.join(' ')}`);
  return out.join('\n');
}
