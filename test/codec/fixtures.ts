// Hex PDU fixtures in test/fixtures/pdus/*.hex: an optional `# comment` first line, then hex (whitespace free-form).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Compiled tests live in dist/test/codec/; the fixtures stay in the source tree.
const dir = fileURLToPath(new URL('../../../test/fixtures/pdus/', import.meta.url));

export function parseHexFixture(text: string): Buffer {
  const hex = text
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .join('')
    .replace(/\s+/g, '');
  if (!/^([0-9a-f]{2})*$/i.test(hex)) throw new Error('fixture is not hex');
  return Buffer.from(hex, 'hex');
}

export function fixture(name: string): Buffer {
  return parseHexFixture(readFileSync(`${dir}${name}.hex`, 'utf8'));
}

export function fixtureNames(): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.hex'))
    .map((f) => f.slice(0, -4))
    .sort();
}

export function hex(s: string): Buffer {
  return Buffer.from(s.replace(/\s+/g, ''), 'hex');
}
