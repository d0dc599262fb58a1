// Hand-written SVG charts (no browser, no dependency): throughput bars with p50/p99 points per run, and a
// stacked time series for the soak.
import type { RunRecord, SeriesPoint } from './execute.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const FONT = 'font-family="system-ui, sans-serif" font-size="12"';

/** A round upper bound and tick step for an axis from 0 to max. */
function axis(max: number, ticks = 5): { top: number; step: number } {
  if (!(max > 0)) return { top: 1, step: 0.2 };
  const raw = max / ticks;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw)!;
  return { top: Math.ceil(max / step) * step, step };
}

const num = (v: number) => (v >= 1000 ? `${Math.round(v / 100) / 10}k` : String(Math.round(v * 100) / 100));

export function throughputChart(title: string, runs: RunRecord[]): string {
  const ok = runs.filter((r) => r.load);
  const W = 860, H = 440, L = 70, R = 70, T = 50, B = 90;
  const pw = W - L - R, ph = H - T - B;
  // direct (generator straight into the sink) can be 50x any proxy: clip it rather than flatten the others.
  const proxies = ok.filter((r) => r.sut !== 'direct').map((r) => r.load!.msgPerSec);
  const all = ok.map((r) => r.load!.msgPerSec);
  const cap = proxies.length && Math.max(...all) > 3 * Math.max(...proxies) ? 1.5 * Math.max(...proxies) : Infinity;
  const tp = axis(Math.max(1, ...all.map((v) => Math.min(v, cap))));
  const lat = axis(Math.max(0.1, ...ok.map((r) => r.load!.latencyMs.p99)));
  const slot = pw / Math.max(1, ok.length);
  const y = (v: number) => T + ph - (v / tp.top) * ph;
  const yl = (v: number) => T + ph - (v / lat.top) * ph;
  const colors: Record<string, string> = { direct: '#9aa5b1', naive: '#f0a35e', phiwall: '#3b82c4' };
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" ${FONT}>`);
  out.push(`<rect width="${W}" height="${H}" fill="#fff"/>`);
  out.push(`<text x="${W / 2}" y="24" text-anchor="middle" font-size="15" font-weight="600">${esc(title)}</text>`);
  for (let v = 0; v <= tp.top + 1e-9; v += tp.step) {
    out.push(`<line x1="${L}" x2="${W - R}" y1="${y(v)}" y2="${y(v)}" stroke="#eee"/>`);
    out.push(`<text x="${L - 6}" y="${y(v) + 4}" text-anchor="end">${num(v)}</text>`);
  }
  for (let v = 0; v <= lat.top + 1e-9; v += lat.step) out.push(`<text x="${W - R + 6}" y="${yl(v) + 4}">${num(v)}</text>`);
  out.push(`<text transform="translate(16 ${T + ph / 2}) rotate(-90)" text-anchor="middle">messages / s (bars)</text>`);
  out.push(`<text transform="translate(${W - 14} ${T + ph / 2}) rotate(90)" text-anchor="middle">latency ms (● p50, ◆ p99)</text>`);
  ok.forEach((r, i) => {
    const l = r.load!;
    const cx = L + slot * i + slot / 2;
    const bw = Math.min(80, slot * 0.6);
    const clipped = l.msgPerSec > tp.top;
    const top = y(Math.min(l.msgPerSec, tp.top));
    out.push(`<rect x="${cx - bw / 2}" y="${top}" width="${bw}" height="${T + ph - top}" fill="${colors[r.sut] ?? '#888'}"/>`);
    if (clipped) out.push(`<path d="M${cx - bw / 2} ${top + 10} l${bw} -6 v5 l${-bw} 6 Z" fill="#fff"/>`);
    out.push(`<text x="${cx}" y="${top - 6}" text-anchor="middle">${num(l.msgPerSec)}${clipped ? ' (off scale)' : ''}</text>`);
    const mx = cx + bw / 2 + 10; // latency markers beside the bar, not on it
    out.push(`<circle cx="${mx}" cy="${yl(l.latencyMs.p50)}" r="4" fill="#222"/>`);
    const py = yl(l.latencyMs.p99);
    out.push(`<path d="M${mx} ${py - 6} L${mx + 6} ${py} L${mx} ${py + 6} L${mx - 6} ${py} Z" fill="#c0392b"/>`);
    out.push(`<text x="${cx}" y="${T + ph + 18}" text-anchor="middle" font-weight="600">${esc(r.sut)}</text>`);
    out.push(`<text x="${cx}" y="${T + ph + 34}" text-anchor="middle">${esc(r.shape)}</text>`);
  });
  const failed = runs.filter((r) => !r.load).map((r) => `${r.sut} ${r.shape}`);
  if (failed.length) out.push(`<text x="${L}" y="${H - 20}" fill="#c0392b">not measured: ${esc(failed.join(', '))}</text>`);
  out.push(`<line x1="${L}" x2="${W - R}" y1="${T + ph}" y2="${T + ph}" stroke="#333"/>`);
  out.push('</svg>');
  return out.join('\n') + '\n';
}

interface Panel {
  label: string;
  value: (p: SeriesPoint) => number | null;
}

export interface NamedSeries {
  name: string;
  series: SeriesPoint[];
}

const LINE_COLORS = ['#3b82c4', '#f0a35e', '#16a085', '#8e44ad'];

/** Stacked panels (throughput, p99, RSS, fds) over time, one line per system under test. */
export function seriesChart(title: string, runs: NamedSeries[]): string {
  const panels: Panel[] = [
    { label: 'submit_sm / s', value: (p) => p.pduPerSec },
    { label: 'p99 latency ms (10-s interval, from scheduled time)', value: (p) => p.p99 },
    { label: 'SUT RSS MB', value: (p) => p.sutRssMB },
    { label: 'SUT open fds', value: (p) => p.sutFds },
  ];
  const W = 860, L = 70, R = 20, T = 60, PH = 110, GAP = 34;
  const H = T + panels.length * (PH + GAP) + 20;
  const pw = W - L - R;
  const tMax = Math.max(1, ...runs.flatMap((r) => r.series.map((p) => p.t)));
  const x = (t: number) => L + (t / tMax) * pw;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" ${FONT}>`);
  out.push(`<rect width="${W}" height="${H}" fill="#fff"/>`);
  out.push(`<text x="${W / 2}" y="24" text-anchor="middle" font-size="15" font-weight="600">${esc(title)}</text>`);
  runs.forEach((r, i) => {
    const lx = L + i * 140;
    out.push(`<rect x="${lx}" y="34" width="14" height="4" fill="${LINE_COLORS[i % LINE_COLORS.length]}"/>`);
    out.push(`<text x="${lx + 20}" y="40">${esc(r.name)}</text>`);
  });
  panels.forEach((panel, i) => {
    const top = T + i * (PH + GAP);
    const vals = runs.flatMap((r) => r.series.map(panel.value)).filter((v): v is number => v !== null);
    const a = axis(Math.max(...vals, 0) * 1.1, 3);
    const y = (v: number) => top + PH - (v / a.top) * PH;
    out.push(`<text x="${L}" y="${top - 6}" font-weight="600">${esc(panel.label)}</text>`);
    for (let v = 0; v <= a.top + 1e-9; v += a.step) {
      out.push(`<line x1="${L}" x2="${W - R}" y1="${y(v)}" y2="${y(v)}" stroke="#eee"/>`);
      out.push(`<text x="${L - 6}" y="${y(v) + 4}" text-anchor="end">${num(v)}</text>`);
    }
    runs.forEach((r, j) => {
      const color = LINE_COLORS[j % LINE_COLORS.length];
      const pts = r.series.flatMap((p) => {
        const v = panel.value(p);
        return v === null ? [] : [`${x(p.t).toFixed(1)},${y(v).toFixed(1)}`];
      });
      if (pts.length) out.push(`<polyline points="${pts.join(' ')}" fill="none" stroke="${color}" stroke-width="2"/>`);
    });
    out.push(`<line x1="${L}" x2="${W - R}" y1="${top + PH}" y2="${top + PH}" stroke="#333"/>`);
  });
  out.push(`<text x="${L + pw / 2}" y="${H - 6}" text-anchor="middle">seconds since the measurement started (0 … ${num(tMax)})</text>`);
  out.push('</svg>');
  return out.join('\n') + '\n';
}
