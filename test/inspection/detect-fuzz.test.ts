// Random input never makes detect() throw, and every finding it returns lies inside the input.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { generateCorpus, rng } from '../../bench/detect-corpus.js';
import { detect } from '../../src/inspection/detect.js';

const ctx = {
  callbackAllowList: new Set(['5551234567']),
  mrnPatterns: [/\bRH-\d{6}\b/],
  addressAllowList: ['500 Main St'],
};

function check(text: string): void {
  const found = detect(text, ctx);
  let prev = 0;
  for (const f of found) {
    assert.ok(f.start >= 0 && f.start < f.end && f.end <= text.length, `span ${f.start}-${f.end} of ${text.length}`);
    assert.ok(f.start >= prev, 'sorted by start');
    prev = f.start;
  }
}

test('random code points, lone surrogates included', () => {
  const r = rng(3);
  for (let round = 0; round < 3000; round++) {
    let s = '';
    const n = Math.floor(r() * 80);
    for (let i = 0; i < n; i++) {
      const pick = r();
      if (pick < 0.5) s += String.fromCharCode(32 + Math.floor(r() * 95));
      else if (pick < 0.8) s += String.fromCharCode(Math.floor(r() * 0x10000));
      else s += String.fromCodePoint(Math.floor(r() * 0x110000));
    }
    check(s);
  }
});

test('corpus messages cut, spliced and sprinkled with invisible and fullwidth characters', () => {
  const r = rng(4);
  const { benign, phi } = generateCorpus({ seed: 8, benign: 300, perCategory: 20 });
  const texts = [...benign, ...phi].map((m) => m.text);
  const noise = ['\u200b', '\ufeff', '\u00ad', '\u202e', '１', 'Ｓ', 'о', '\u0301', '😀', ' ', '-', '.'];
  for (let round = 0; round < 3000; round++) {
    const a = texts[Math.floor(r() * texts.length)];
    const b = texts[Math.floor(r() * texts.length)];
    let s = a.slice(0, Math.floor(r() * a.length)) + b.slice(Math.floor(r() * b.length));
    for (let k = 0; k < 4; k++) {
      const at = Math.floor(r() * (s.length + 1));
      s = s.slice(0, at) + noise[Math.floor(r() * noise.length)] + s.slice(at);
    }
    check(s);
  }
});

test.run();
