// The normalized text under construction and its map back to the source.
//
// The map is kept as segments, not one entry per character: a segment is either "shifted" (output unit k
// maps to source unit from + k: ASCII runs and one-for-one characters) or a "unit" (every output unit maps
// to the whole source unit [from, to): expansions, astral characters, marks). Consecutive one-for-one
// pieces share a segment, so a message with a few special characters has a few segments.
//
// Output code units go to one scratch buffer, reused by every call (normalize is synchronous), and become a
// string in one decode: far cheaper than joining hundreds of one-character pieces.
let scratch = new Uint16Array(1024);
const utf16 = new TextDecoder('utf-16le');

export class Builder {
  length = 0;
  /** Last output code unit (for the digit look-alike rule), or -1. */
  lastCode = -1;
  /** Flat triples: output start, source start, source end of a unit segment or -1 for a shifted one. */
  readonly segs: number[] = [];
  private lastShiftedEnd = -1;

  /** Source units [from, to), all ASCII, copied as they are. */
  pushAscii(original: string, from: number, to: number): void {
    this.shifted(from, to);
    const out = this.reserve(to - from);
    for (let k = from, o = this.length; k < to; k++, o++) out[o] = original.charCodeAt(k);
    this.length += to - from;
    this.lastCode = original.charCodeAt(to - 1);
  }

  /** `oneForOne`: each output unit of `piece` comes from the source unit at the same distance from `from`. */
  push(piece: string, from: number, to: number, oneForOne: boolean): void {
    if (oneForOne) {
      this.shifted(from, to);
    } else {
      this.segs.push(this.length, from, to);
      this.lastShiftedEnd = -1;
    }
    const out = this.reserve(piece.length);
    for (let k = 0; k < piece.length; k++) out[this.length + k] = piece.charCodeAt(k);
    this.length += piece.length;
    this.lastCode = piece.charCodeAt(piece.length - 1);
  }

  /** The output so far. Lone surrogates (malformed input) come out as U+FFFD, one unit for one. */
  text(): string {
    return utf16.decode(scratch.subarray(0, this.length));
  }

  /** Extends the open shifted segment when the source continues it, else opens one. */
  private shifted(from: number, to: number): void {
    if (this.lastShiftedEnd !== from) this.segs.push(this.length, from, -1);
    this.lastShiftedEnd = to;
  }

  private reserve(more: number): Uint16Array {
    const need = this.length + more;
    if (need > scratch.length) {
      const bigger = new Uint16Array(Math.max(need, scratch.length * 2));
      bigger.set(scratch.subarray(0, this.length));
      scratch = bigger;
    }
    return scratch;
  }
}

/** Index of the segment holding output unit `o` (segments sorted by output start). */
function segmentAt(segs: readonly number[], o: number): number {
  let lo = 0;
  let hi = segs.length / 3 - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segs[mid * 3] <= o) lo = mid;
    else hi = mid - 1;
  }
  return lo * 3;
}

export function sourceStart(segs: readonly number[], o: number): number {
  const k = segmentAt(segs, o);
  return segs[k + 2] < 0 ? segs[k + 1] + (o - segs[k]) : segs[k + 1];
}

export function sourceEnd(segs: readonly number[], o: number): number {
  const k = segmentAt(segs, o);
  return segs[k + 2] < 0 ? segs[k + 1] + (o - segs[k]) + 1 : segs[k + 2];
}
