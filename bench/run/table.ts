// The plain-text report printed after a scenario.
import type { RunRecord } from './execute.js';

const fmt = (v: number | null | undefined, digits = 0) => (v === null || v === undefined ? '-' : v.toFixed(digits));
// The histogram clamps at two minutes (load/latency.ts): an open loop the SUT cannot keep up with gets there.
const ms = (v: number) => (v >= 120_000 ? '>120s' : v.toFixed(2));

function pad(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')).join('\n');
}

export function runTable(runs: RunRecord[]): string {
  const rows: string[][] = [
    ['sut', 'load', 'msg/s', 'pdu/s', 'ok/s', 'p50 ms', 'p99 ms', 'p99.9 ms', 'max ms', 'sut cpu%', 'sut µs/pdu', 'gen cpu%', 'gen µs/pdu', 'sink cpu%', 'sut rss MB', 'sut fds', 'not ok', 'other cpu%'],
  ];
  for (const r of runs) {
    if (!r.ok || !r.load) {
      rows.push([r.sut, r.shape, 'FAILED', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '']);
      continue;
    }
    const l = r.load;
    const notOk = Object.entries(l.statuses)
      .filter(([k]) => k !== 'ESME_ROK')
      .reduce((n, [, v]) => n + v, 0);
    rows.push([
      r.sut,
      r.shape,
      fmt(l.msgPerSec),
      fmt(l.pduPerSec),
      fmt(l.okPerSec),
      ms(l.latencyMs.p50),
      ms(l.latencyMs.p99),
      ms(l.latencyMs.p999),
      ms(l.latencyMs.max),
      fmt(r.procs.sut?.cpu, 0),
      fmt(r.procs.sut?.cpuUsPerPdu),
      fmt(r.procs.generator?.cpu, 0),
      fmt(r.procs.generator?.cpuUsPerPdu),
      fmt(r.procs.sink?.cpu, 0),
      fmt(r.procs.sut?.rssMB.end, 0),
      fmt(r.procs.sut?.fds.end),
      String(notOk + l.unanswered),
      fmt(r.otherCpu, 0),
    ]);
  }
  const noisy = runs.some((r) => (r.otherCpu ?? 0) > 15);
  const note = noisy ? '\nNote: other processes used over 15% of a core during some runs (other cpu%): those numbers are low.' : '';
  const failures = runs.filter((r) => !r.ok).map((r) => `  ${r.sut} ${r.shape}: ${r.error ?? 'failed'}`);
  return pad(rows) + note + (failures.length ? '\nFailures:\n' + failures.join('\n') : '');
}
