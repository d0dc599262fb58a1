// Building a message out of literal text and labeled spans, so every label's value is, by construction,
// the exact substring it labels.

/** A labeled span: its text is the label's value. */
export function span(category, value, sensitive) {
  const label = sensitive ? { category, value, sensitive } : { category, value };
  return { text: value, labels: [label] };
}

function piece(part) {
  if (part === undefined || part === null || part === false) return { text: '', labels: [] };
  if (typeof part === 'string' || typeof part === 'number') return { text: String(part), labels: [] };
  if (Array.isArray(part)) return join(part);
  return part;
}

export function join(parts, sep = '') {
  let text = '';
  const labels = [];
  parts.forEach((p, i) => {
    const x = piece(p);
    if (i > 0) text += sep;
    text += x.text;
    labels.push(...x.labels);
  });
  return { text, labels };
}

/** Tagged template: m`Hi ${nameSpan}, ${'plain'} ...` -> { text, labels }. */
export function m(strings, ...parts) {
  const all = [];
  strings.forEach((s, i) => {
    all.push(s);
    if (i < parts.length) all.push(parts[i]);
  });
  return join(all);
}

/** Replaces the text (and the value) of a single-label span, e.g. with an obfuscated form. */
export function respan(sp, fn) {
  if (sp.labels.length !== 1 || sp.labels[0].value !== sp.text) throw new Error('respan wants a single span');
  const value = fn(sp.text);
  return { text: value, labels: [{ ...sp.labels[0], value }] };
}
