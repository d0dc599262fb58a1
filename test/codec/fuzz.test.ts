// Random buffers and random mutations of every fixture through Framer + decodePdu (and the text/UDH/receipt
// parsers): nothing may throw or hang, and whenever decodePdu accepts a frame, encodePdu must reproduce it
// byte for byte. Seeded: a failure prints the seed; rerun with FUZZ_SEED=<seed> to reproduce.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Cmd } from '../../src/codec/commands.js';
import { Framer } from '../../src/codec/framer.js';
import { decodePdu, encodePdu } from '../../src/codec/pdu.js';
import { parseReceipt } from '../../src/codec/receipt.js';
import { decodeText, type Charset } from '../../src/codec/text/index.js';
import { parseUdh } from '../../src/codec/udh.js';
import { fixture, fixtureNames } from './fixtures.js';

const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 0x7fffffff));
const ROUNDS = Number(process.env.FUZZ_ROUNDS ?? 1500);

// mulberry32: small, fast, good enough to explore byte patterns reproducibly.
function prng(s: number): () => number {
  let a = s >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = prng(seed);
const int = (n: number) => Math.floor(rand() * n);
const randomBytes = (n: number) => Buffer.from(Array.from({ length: n }, () => int(256)));
const ids = Object.values(Cmd);

/** TLV header offsets in a well-formed frame (walks back from the decoded TLV list). */
function tlvOffsets(frame: Buffer): number[] {
  const r = decodePdu(frame);
  if (!r.ok) return [];
  let at = frame.length - r.pdu.tlvs.reduce((n, t) => n + 4 + t.value.length, 0);
  return r.pdu.tlvs.map((t) => {
    const here = at;
    at += 4 + t.value.length;
    return here;
  });
}

function mutate(original: Buffer): Buffer {
  let f = Buffer.from(original);
  const kind = int(8);
  switch (kind) {
    case 0: // bit flips in the body
      for (let i = int(4) + 1; i > 0; i--) {
        const at = 16 + int(Math.max(1, f.length - 16));
        if (at < f.length) f[at]! ^= 1 << int(8);
      }
      break;
    case 1: // truncation, command_length fixed up
      f = f.subarray(0, 16 + int(Math.max(1, f.length - 15)));
      f.writeUInt32BE(f.length, 0);
      break;
    case 2: // command_length tampered
      f.writeUInt32BE(rand() < 0.5 ? int(f.length + 40) : int(0x100000000), 0);
      break;
    case 3: {
      // TLV length tampered
      const offsets = tlvOffsets(original);
      if (offsets.length > 0) f.writeUInt16BE(rand() < 0.5 ? int(16) : int(0x10000), offsets[int(offsets.length)]! + 2);
      else if (f.length > 16) f[16 + int(f.length - 16)]! ^= 0xff;
      break;
    }
    case 4: // random bytes appended (maybe a whole TLV, usually not)
      f = Buffer.concat([f, randomBytes(int(12))]);
      f.writeUInt32BE(f.length, 0);
      break;
    case 5: // NUL bytes removed or inserted (shifts every C-Octet String after it)
      {
        const at = 16 + int(Math.max(1, f.length - 16));
        f = rand() < 0.5 ? Buffer.concat([f.subarray(0, at), Buffer.from([0]), f.subarray(at)]) : Buffer.concat([f.subarray(0, at), f.subarray(at + 1)]);
        f.writeUInt32BE(f.length, 0);
      }
      break;
    case 6: // command_id swapped for another known one (a body read with the wrong layout)
      f.writeUInt32BE(ids[int(ids.length)]!, 4);
      break;
    default: // random byte overwrite anywhere, header included
      for (let i = int(6) + 1; i > 0; i--) f[int(f.length)] = int(256);
  }
  return f;
}

function checkFrame(frame: Buffer, stats: { ok: number; refused: number }): void {
  const r = decodePdu(frame);
  if (!r.ok) {
    stats.refused++;
    assert.type(r.reason, 'string');
    return;
  }
  stats.ok++;
  const again = encodePdu(r.pdu);
  if (!again.equals(frame)) {
    assert.unreachable(`seed ${seed}: re-encode differs for ${frame.toString('hex')}`);
  }
}

/** Pushes a stream through a Framer in random-sized chunks; every frame it yields is checked. */
function throughFramer(stream: Buffer, stats: { ok: number; refused: number }): void {
  const framer = new Framer();
  for (let at = 0; at < stream.length; ) {
    const n = 1 + int(64);
    const err = framer.push(stream.subarray(at, at + n), (frame) => checkFrame(frame, stats));
    if (err) return;
    at += n;
  }
}

test(`mutated fixtures never throw, and every accepted frame re-encodes byte-identical (seed ${seed})`, () => {
  const stats = { ok: 0, refused: 0 };
  try {
    for (const name of fixtureNames()) {
      const original = fixture(name);
      for (let i = 0; i < ROUNDS; i++) {
        const m = mutate(original);
        checkFrame(m, stats);
        if (i % 10 === 0) throughFramer(Buffer.concat([m, original, mutate(original)]), stats);
      }
    }
  } catch (e) {
    console.error(`fuzz failed with FUZZ_SEED=${seed}`);
    throw e;
  }
  // Both outcomes must actually be exercised.
  assert.ok(stats.ok > 1000, `accepted ${stats.ok}`);
  assert.ok(stats.refused > 1000, `refused ${stats.refused}`);
});

test(`random buffers never throw (seed ${seed})`, () => {
  const stats = { ok: 0, refused: 0 };
  try {
    for (let i = 0; i < 20000; i++) {
      const body = randomBytes(int(120));
      const frame = Buffer.concat([Buffer.alloc(16), body]);
      frame.writeUInt32BE(rand() < 0.9 ? frame.length : int(0x100000000), 0);
      frame.writeUInt32BE(rand() < 0.8 ? ids[int(ids.length)]! : int(0x100000000), 4);
      frame.writeUInt32BE(int(0x100000000), 8);
      checkFrame(frame, stats);
      if (i % 50 === 0) throughFramer(randomBytes(int(400)), stats);
    }
  } catch (e) {
    console.error(`fuzz failed with FUZZ_SEED=${seed}`);
    throw e;
  }
  assert.ok(stats.refused > 0);
});

test(`text, UDH and receipt parsers never throw on random bytes (seed ${seed})`, () => {
  const charsets: Charset[] = ['gsm7', 'gsm7-packed', 'ia5', 'latin1', 'ucs2', 'iso-8859-5', 'iso-8859-8', 'shift_jis', 'iso-2022-jp', 'euc-kr'];
  try {
    for (let i = 0; i < 5000; i++) {
      const bytes = randomBytes(int(160));
      for (const cs of charsets) {
        const r = decodeText(bytes, cs, { fillBits: int(7), singleShift: int(5), lockingShift: int(5) });
        assert.type(r.ok, 'boolean');
      }
      const u = parseUdh(bytes);
      if (u.ok) assert.ok(u.udh.length + u.payload.length === bytes.length);
      parseReceipt(bytes.toString('latin1'));
    }
  } catch (e) {
    console.error(`fuzz failed with FUZZ_SEED=${seed}`);
    throw e;
  }
});

test.run();
