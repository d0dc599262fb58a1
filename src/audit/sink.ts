// The current log file: append a batch with one write + fdatasync, and rotate. The writer above owns the
// chain; the sink only knows bytes, the file's first record (to name it when rotated) and its size.
import { lstat, mkdir, open, rename, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { AuditError, errnoCode } from './errors.js';
import { fsyncDir, rotatedPath } from './files.js';
import { scanTail, type FileTail } from './tail.js';

/** A rotation that failed before the current file was renamed: the sink is still usable. */
export class RotationSkipped extends Error {
  readonly code: string;
  constructor(code: string) {
    super(`audit log rotation skipped (${code})`);
    this.name = 'RotationSkipped';
    this.code = code;
  }
}

export class LogSink {
  readonly path: string;
  #fh: FileHandle;
  size: number;
  /** The current file's first record, undefined while it is empty. */
  first: { seq: number; timeMs: number } | undefined;

  private constructor(path: string, fh: FileHandle, tail: FileTail) {
    this.path = path;
    this.#fh = fh;
    this.size = tail.size;
    this.first = tail.first;
  }

  /** Opens (creating the directory and file if needed) and repairs a torn tail. */
  static async open(path: string): Promise<{ sink: LogSink; tail: FileTail }> {
    const fh = await open(path, 'a+', 0o640).catch(async (err) => {
      if (errnoCode(err) !== 'ENOENT') throw err;
      await mkdir(dirname(path), { recursive: true, mode: 0o750 });
      return open(path, 'a+', 0o640);
    });
    try {
      const tail = await scanTail(fh, { repair: true, name: path });
      return { sink: new LogSink(path, fh, tail), tail };
    } catch (err) {
      await fh.close().catch(() => undefined);
      throw err;
    }
  }

  /** One write (looping only on a short write) and one fdatasync. */
  async append(buf: Buffer, firstSeq: number, firstTimeMs: number): Promise<void> {
    await this.write(buf, firstSeq, firstTimeMs);
    await this.sync();
  }

  /** Hands the bytes to the kernel: they survive a crash of this process, not of the machine, until sync(). */
  async write(buf: Buffer, firstSeq: number, firstTimeMs: number): Promise<void> {
    let off = 0;
    while (off < buf.length) {
      const { bytesWritten } = await this.#fh.write(buf, off, buf.length - off, null);
      if (bytesWritten <= 0) throw new AuditError('PHIWALL_AUDIT_UNAVAILABLE', 'audit log write made no progress');
      off += bytesWritten;
    }
    if (this.first === undefined) this.first = { seq: firstSeq, timeMs: firstTimeMs };
    this.size += buf.length;
  }

  async sync(): Promise<void> {
    await this.#fh.datasync();
  }

  /**
   * Renames the current file to `<path>.<first seq>` and starts an empty one. The caller has synced what it
   * wrote, so the rename needs only the directory fsync.
   */
  async rotate(): Promise<string> {
    if (this.first === undefined) throw new RotationSkipped('EMPTY');
    const target = rotatedPath(this.path, this.first.seq);
    // rename() would silently replace an existing file: never overwrite audit history.
    try {
      await lstat(target);
      throw new RotationSkipped('EEXIST');
    } catch (err) {
      if (err instanceof RotationSkipped) throw err;
      if (errnoCode(err) !== 'ENOENT') throw new RotationSkipped(errnoCode(err));
    }
    try {
      await rename(this.path, target);
    } catch (err) {
      throw new RotationSkipped(errnoCode(err));
    }
    // From here a failure leaves no usable current file: the writer treats it as a write failure.
    await fsyncDir(dirname(this.path));
    const next = await open(this.path, 'a+', 0o640);
    await this.#fh.close().catch(() => undefined);
    this.#fh = next;
    this.size = 0;
    this.first = undefined;
    await fsyncDir(dirname(this.path));
    return target;
  }

  async close(): Promise<void> {
    await this.#fh.close();
  }
}
