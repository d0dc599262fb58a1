// Reading where a log file's chain ends, and repairing a torn tail after a crash. Only the end of the file is
// read (a growing window from the end), so opening a large log stays cheap.
import { open, type FileHandle } from 'node:fs/promises';
import { AuditError } from './errors.js';
import { lineTimeMs, parseLine, type ParsedLine } from './line.js';

export interface FileTail {
  /** File size after any repair. */
  size: number;
  /** Bytes after the last complete record line: a partial line from a crash (or lines that are not records). */
  tornBytes: number;
  first?: { seq: number; timeMs: number };
  last?: { seq: number; mac: Buffer };
}

const FIRST_WINDOW = 64 * 1024;
/** More than a few batches of unreadable bytes at the end is not a crash artefact: refuse to cut it. */
const MAX_TORN_BYTES = 8 * 1024 * 1024;

async function readAt(fh: FileHandle, start: number, length: number): Promise<Buffer> {
  const buf = Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const { bytesRead } = await fh.read(buf, done, length - done, start + done);
    if (bytesRead === 0) break;
    done += bytesRead;
  }
  return buf.subarray(0, done);
}

type Found = { parsed: ParsedLine; line: Buffer; end: number } | 'none' | 'more';

// The last newline-terminated line of buf that parses as a record; `end` is the offset just past its newline.
function lastRecord(buf: Buffer, atFileStart: boolean): Found {
  let nl = buf.lastIndexOf(0x0a);
  while (nl >= 0) {
    const prev = nl === 0 ? -1 : buf.lastIndexOf(0x0a, nl - 1);
    if (prev < 0 && !atFileStart) return 'more';
    const line = buf.subarray(prev + 1, nl);
    const parsed = parseLine(line);
    if (typeof parsed !== 'string') return { parsed, line, end: nl + 1 };
    nl = prev;
  }
  return atFileStart ? 'none' : 'more';
}

/** Scans a log file's ends; with `repair`, truncates (and fdatasyncs) everything after the last record line. */
export async function scanTail(fh: FileHandle, opts: { repair: boolean; name: string }): Promise<FileTail> {
  const size = (await fh.stat()).size;
  if (size === 0) return { size: 0, tornBytes: 0 };

  let window = Math.min(size, FIRST_WINDOW);
  let found: Found;
  let start: number;
  for (;;) {
    start = size - window;
    found = lastRecord(await readAt(fh, start, window), start === 0);
    if (found !== 'more') break;
    if (window >= size || window > MAX_TORN_BYTES) {
      throw new AuditError('PHIWALL_AUDIT_LOG', `cannot find the last record of ${opts.name}`);
    }
    window = Math.min(size, window * 4);
  }

  const cut = found === 'none' ? 0 : start + found.end;
  if (size - cut > MAX_TORN_BYTES) {
    throw new AuditError('PHIWALL_AUDIT_LOG', `${opts.name} ends with ${size - cut} bytes that are not records; refusing to cut them`);
  }
  if (opts.repair && cut < size) {
    await fh.truncate(cut);
    await fh.datasync();
  }
  const tail: FileTail = { size: opts.repair ? cut : size, tornBytes: size - cut };
  if (found === 'none') return tail;

  tail.last = { seq: found.parsed.seq, mac: found.parsed.mac };
  tail.first = await firstRecord(fh, cut, found);
  return tail;
}

async function firstRecord(fh: FileHandle, size: number, last: Exclude<Found, string>): Promise<FileTail['first']> {
  for (let window = Math.min(size, FIRST_WINDOW); ; window = Math.min(size, window * 4)) {
    const buf = await readAt(fh, 0, window);
    const nl = buf.indexOf(0x0a);
    if (nl >= 0) {
      const line = buf.subarray(0, nl);
      const parsed = parseLine(line);
      // An unreadable first line is verify's business; keep writing, name the file after the last record.
      if (typeof parsed === 'string') return { seq: last.parsed.seq, timeMs: lineTimeMs(last.line) };
      return { seq: parsed.seq, timeMs: lineTimeMs(line) };
    }
    if (window >= size) return { seq: last.parsed.seq, timeMs: lineTimeMs(last.line) };
  }
}

/** The last record of a file that is not written any more (a rotated file); no repair. */
export async function lastRecordOf(path: string): Promise<FileTail['last']> {
  const fh = await open(path, 'r');
  try {
    return (await scanTail(fh, { repair: false, name: path })).last;
  } finally {
    await fh.close();
  }
}
