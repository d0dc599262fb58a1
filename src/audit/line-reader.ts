// Streams a file line by line with a synchronous callback (cheap per line, unlike an async iterator), telling
// the caller whether each line ended with a newline: only the very last one may not.
import { open } from 'node:fs/promises';

const CHUNK = 1 << 20;

/** Calls `onLine` for each line (without its newline); stops early when it returns false. */
export async function forEachLine(file: string, onLine: (line: Buffer, terminated: boolean) => boolean): Promise<void> {
  const fh = await open(file, 'r');
  try {
    let carry: Buffer | null = null;
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK);
      const { bytesRead } = await fh.read(chunk, 0, CHUNK, null);
      if (bytesRead === 0) break;
      const buf: Buffer = carry ? Buffer.concat([carry, chunk.subarray(0, bytesRead)]) : chunk.subarray(0, bytesRead);
      let start = 0;
      for (let nl = buf.indexOf(0x0a, start); nl >= 0; nl = buf.indexOf(0x0a, start)) {
        if (!onLine(buf.subarray(start, nl), true)) return;
        start = nl + 1;
      }
      carry = start < buf.length ? buf.subarray(start) : null;
    }
    if (carry) onLine(carry, false);
  } finally {
    await fh.close();
  }
}
