// A small line chart on a canvas: series of numbers sharing one x axis (samples, oldest first), a y axis
// from 0 to the largest value, and a legend. Enough for a few minutes of dashboard history.
const PAD = { left: 40, right: 8, top: 8, bottom: 22 };

/** @param {HTMLCanvasElement} canvas @param {{ name: string, color: string, values: number[] }[]} series */
export function drawLines(canvas, series) {
  const ctx = canvas.getContext('2d');
  const w = canvas.width;
  const h = canvas.height;
  ctx.clearRect(0, 0, w, h);
  ctx.font = '11px system-ui, sans-serif';
  const n = Math.max(2, ...series.map((s) => s.values.length));
  const max = niceMax(Math.max(0, ...series.flatMap((s) => s.values)));
  const x = (i) => PAD.left + (i * (w - PAD.left - PAD.right)) / (n - 1);
  const y = (v) => h - PAD.bottom - (v / max) * (h - PAD.top - PAD.bottom);

  ctx.strokeStyle = '#d8dde2';
  ctx.fillStyle = '#66707a';
  ctx.lineWidth = 1;
  for (const v of [0, max / 2, max]) {
    ctx.beginPath();
    ctx.moveTo(PAD.left, y(v));
    ctx.lineTo(w - PAD.right, y(v));
    ctx.stroke();
    ctx.fillText(format(v), 4, y(v) + 4);
  }

  ctx.lineWidth = 2;
  for (const s of series) {
    if (!s.values.length) continue;
    ctx.strokeStyle = s.color;
    ctx.beginPath();
    const offset = n - s.values.length;
    s.values.forEach((v, i) => (i === 0 ? ctx.moveTo(x(i + offset), y(v)) : ctx.lineTo(x(i + offset), y(v))));
    ctx.stroke();
  }

  let lx = PAD.left;
  for (const s of series) {
    ctx.fillStyle = s.color;
    ctx.fillRect(lx, h - 12, 10, 8);
    ctx.fillStyle = '#1d2327';
    ctx.fillText(s.name, lx + 14, h - 4);
    lx += 22 + ctx.measureText(s.name).width;
  }
}

function niceMax(v) {
  if (v <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  return [1, 2, 5, 10].map((m) => m * p).find((m) => m >= v);
}

function format(v) {
  return v >= 1000 ? `${(v / 1000).toFixed(1)}k` : Number.isInteger(v) ? String(v) : v.toFixed(1);
}
