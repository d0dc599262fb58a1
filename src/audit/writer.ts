// The audit writer: a hash chain (each record's mac covers the previous mac) written with group commit.
// Records get their seq and mac synchronously in call order; a batch is written with one write + one
// fdatasync, and each append() resolves only after the fdatasync of its batch, so "resolved" means durable.
// With `durability: write` append() resolves once its batch is written (in the kernel's cache: it survives a
// crash of phiwall, not of the machine) and an fdatasync runs every sync_interval_ms, in line with the batches
// so it never races a rotation; checkpoints still only name fdatasynced records.
//
// Group commit: the first record into an idle writer waits at most fsync_max_delay_ms for company; records
// arriving while a batch is being synced form the next batch, which starts as soon as the previous one is
// durable (at most fsync_max_batch records per write). Under load the batch size grows by itself.
//
// Failure: any open/write/fdatasync error makes the writer unhealthy; the failed batch and everything queued
// behind it are rejected (they chain from records that may not be on disk), later appends reject at once,
// and every retry_interval_ms the writer reopens the log, re-reads where the chain really ends, and appends
// a `recovery` record (last_acked_seq, rejected, dropped) before accepting records again.
import type { Logger } from 'pino';
import { checkpointPath } from './files.js';
import { writeCheckpoint } from './checkpoint.js';
import type { AuditConfig } from './config.js';
import { AuditError, errnoCode } from './errors.js';
import type { AuditKeys } from './keys.js';
import { formatRecord, GENESIS_MAC, type AuditRecordInput } from './line.js';
import { resumeChain, type ChainTip, type RecoveryNote } from './resume.js';
import { RotationSkipped, type LogSink } from './sink.js';

export type { AuditRecordInput } from './line.js';

interface Entry {
  line: string;
  seq: number;
  mac: Buffer;
  timeMs: number;
  resolve?: (seq: number) => void;
  reject?: (err: Error) => void;
}

export interface AuditWriterStats {
  /** Last durable seq. */
  seq: number;
  pending: number;
  batches: number;
  records: number;
  /** appendLater records lost while unhealthy (also written into the next recovery record). */
  dropped: number;
  /** append calls rejected because the sink could not write. */
  rejected: number;
  rotations: number;
}

export class AuditWriter {
  readonly #cfg: AuditConfig;
  readonly #keys: AuditKeys;
  readonly #log: Logger;
  readonly #cpFile: string;

  #sink: LogSink | null = null;
  #healthy = false;
  #closed = false;
  /** Tip of the chain including queued records. */
  #seq = 0;
  #mac: Buffer = GENESIS_MAC;
  /** Tip of what is on disk and fdatasynced. */
  #durable: ChainTip = { seq: 0, mac: GENESIS_MAC };
  /** Tip of what is written (equal to #durable unless durability is `write`). */
  #written: ChainTip = { seq: 0, mac: GENESIS_MAC };
  #syncDue = false;
  #syncTimer: NodeJS.Timeout | null = null;

  #pending: Entry[] = [];
  #inflight: Promise<void> | null = null;
  #timer: NodeJS.Timeout | null = null;
  #immediate: NodeJS.Immediate | null = null;

  #checkpointed = 0;
  #checkpointing: Promise<void> | null = null;
  #checkpointTimer: NodeJS.Timeout | null = null;

  #retryTimer: NodeJS.Timeout | null = null;
  #recovering: Promise<void> | null = null;
  #down: { reason: 'write_error' | 'open_error'; error: string; since: number; lastAcked: number } | null = null;
  #rotateBlockedUntil = 0;
  #stats: AuditWriterStats = { seq: 0, pending: 0, batches: 0, records: 0, dropped: 0, rejected: 0, rotations: 0 };
  /** dropped/rejected counts not yet written into a recovery record */
  #lostSinceRecovery = { dropped: 0, rejected: 0 };

  private constructor(cfg: AuditConfig, keys: AuditKeys, log: Logger) {
    this.#cfg = cfg;
    this.#keys = keys;
    this.#log = log;
    this.#cpFile = checkpointPath(cfg.path);
  }

  /**
   * Opens the log, repairs a torn tail and continues the chain. Never rejects for a sink problem: it resolves
   * with an unhealthy writer that keeps retrying (check `healthy`), so the caller's on_failure policy decides.
   */
  static async open(cfg: AuditConfig, keys: AuditKeys, log: Logger): Promise<AuditWriter> {
    const w = new AuditWriter(cfg, keys, log);
    try {
      await w.#start([]);
    } catch (err) {
      w.#down = { reason: 'open_error', error: errnoCode(err), since: Date.now(), lastAcked: 0 };
      log.error({ err }, 'audit log cannot be opened; retrying');
      w.#scheduleRetry();
    }
    return w;
  }

  get healthy(): boolean {
    return this.#healthy && !this.#closed;
  }

  get stats(): AuditWriterStats {
    return { ...this.#stats, seq: this.#durable.seq, pending: this.#pending.length };
  }

  /** Resolves with the record's seq once it is durable (or written, see `durability`); rejects (PHIWALL_AUDIT_*) if it cannot be. */
  append(rec: AuditRecordInput): Promise<number> {
    if (this.#closed) return Promise.reject(new AuditError('PHIWALL_AUDIT_CLOSED', 'audit writer is closed'));
    if (!this.#healthy) {
      this.#stats.rejected++;
      this.#lostSinceRecovery.rejected++;
      return Promise.reject(this.#unavailable());
    }
    let entry: Entry;
    try {
      entry = this.#enqueue(rec);
    } catch (err) {
      return Promise.reject(err);
    }
    return new Promise<number>((resolve, reject) => {
      entry.resolve = resolve;
      entry.reject = reject;
    });
  }

  /** Same chain, nobody waits. Lost (and counted into the next recovery record) while unhealthy. */
  appendLater(rec: AuditRecordInput): void {
    if (this.#closed || !this.#healthy) {
      this.#stats.dropped++;
      this.#lostSinceRecovery.dropped++;
      return;
    }
    try {
      this.#enqueue(rec);
    } catch (err) {
      this.#log.warn({ err }, 'audit record rejected');
    }
  }

  /** Flushes what is queued, writes a final checkpoint and closes the file. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    if (this.#retryTimer) clearTimeout(this.#retryTimer);
    if (this.#checkpointTimer) clearInterval(this.#checkpointTimer);
    if (this.#syncTimer) clearTimeout(this.#syncTimer);
    await this.#recovering;
    while (this.#inflight || this.#pending.length > 0) {
      if (!this.#inflight && !this.#healthy) break; // #fail already rejected what was queued
      if (!this.#inflight) this.#flush();
      await this.#inflight;
    }
    if (this.#healthy && this.#written.seq > this.#durable.seq) {
      this.#syncDue = true;
      this.#flush();
      await this.#inflight;
    }
    await this.#checkpointing;
    if (this.#healthy && this.#durable.seq !== this.#checkpointed) {
      await this.#checkpoint().catch(() => undefined);
    }
    this.#healthy = false;
    await this.#sink?.close().catch(() => undefined);
    this.#sink = null;
  }

  #unavailable(): AuditError {
    return new AuditError('PHIWALL_AUDIT_UNAVAILABLE', `audit trail cannot be written (${this.#down?.error ?? 'starting'})`);
  }

  // Assigns seq and mac now, so chain order is call order whatever the batching does.
  #enqueue(rec: AuditRecordInput): Entry {
    const timeMs = Date.now();
    const seq = this.#seq + 1;
    const { line, mac } = formatRecord(this.#keys.chain, this.#mac, seq, new Date(timeMs).toISOString(), rec);
    this.#seq = seq;
    this.#mac = mac;
    const entry: Entry = { line, seq, mac, timeMs };
    this.#pending.push(entry);
    if (this.#inflight) return entry; // the batch after the in-flight one starts when it is durable
    if (this.#pending.length >= this.#cfg.fsync_max_batch) this.#flush();
    else if (this.#pending.length === 1) {
      if (this.#cfg.fsync_max_delay_ms === 0) this.#immediate = setImmediate(() => this.#flush());
      else this.#timer = setTimeout(() => this.#flush(), this.#cfg.fsync_max_delay_ms);
    }
    return entry;
  }

  #flush(): void {
    if (this.#timer) clearTimeout(this.#timer);
    if (this.#immediate) clearImmediate(this.#immediate);
    this.#timer = this.#immediate = null;
    if (this.#inflight || !this.#healthy) return;
    let work: Promise<void>;
    // A due sync goes first, so steady load cannot put it off for ever.
    if (this.#syncDue) work = this.#syncWritten();
    else if (this.#pending.length > 0) {
      const max = this.#cfg.fsync_max_batch;
      let batch = this.#pending;
      if (batch.length <= max) this.#pending = [];
      else {
        batch = this.#pending.slice(0, max);
        this.#pending = this.#pending.slice(max);
      }
      work = this.#writeBatch(batch);
    } else return;
    this.#inflight = work.finally(() => {
      this.#inflight = null;
      if (this.#pending.length > 0 || this.#syncDue) this.#flush();
    });
  }

  // durability `write`: the fdatasync that makes written records durable, at most every sync_interval_ms.
  #syncSoon(): void {
    if (this.#syncTimer || this.#syncDue) return;
    this.#syncTimer = setTimeout(() => {
      this.#syncTimer = null;
      this.#syncDue = true;
      this.#flush();
    }, this.#cfg.sync_interval_ms);
    this.#syncTimer.unref();
  }

  async #syncWritten(): Promise<void> {
    this.#syncDue = false;
    const tip = this.#written;
    if (tip.seq <= this.#durable.seq) return;
    try {
      await this.#sink!.sync();
    } catch (err) {
      await this.#fail(err, []);
      return;
    }
    this.#durable = tip;
    if (this.#durable.seq - this.#checkpointed >= this.#cfg.checkpoint_every) this.#checkpointSoon();
  }

  async #writeBatch(batch: Entry[]): Promise<void> {
    const first = batch[0]!;
    const last = batch[batch.length - 1]!;
    let text = '';
    for (const e of batch) text += e.line;
    const buf = Buffer.from(text, 'utf8');
    try {
      await this.#maybeRotate(buf.length);
      if (this.#cfg.durability === 'write') await this.#sink!.write(buf, first.seq, first.timeMs);
      else await this.#sink!.append(buf, first.seq, first.timeMs);
    } catch (err) {
      await this.#fail(err, batch);
      return;
    }
    this.#written = { seq: last.seq, mac: last.mac };
    if (this.#cfg.durability === 'write') this.#syncSoon();
    else this.#durable = this.#written;
    this.#stats.batches++;
    this.#stats.records += batch.length;
    for (const e of batch) e.resolve?.(e.seq);
    if (this.#durable.seq - this.#checkpointed >= this.#cfg.checkpoint_every) this.#checkpointSoon();
  }

  async #maybeRotate(batchBytes: number): Promise<void> {
    const rotate = this.#cfg.rotate;
    const sink = this.#sink!;
    if (!rotate || sink.first === undefined) return;
    const now = Date.now();
    const bySize = rotate.max_bytes !== undefined && sink.size + batchBytes > rotate.max_bytes;
    const firstMs = sink.first.timeMs;
    const byTime =
      rotate.interval !== undefined && Number.isFinite(firstMs) && Math.floor(firstMs / rotate.interval) !== Math.floor(now / rotate.interval);
    if ((!bySize && !byTime) || now < this.#rotateBlockedUntil) return;
    // The rotated file is never written again: make what it holds durable first.
    if (this.#written.seq > this.#durable.seq) {
      await sink.sync();
      this.#durable = this.#written;
    }
    try {
      const rotated = await sink.rotate();
      this.#stats.rotations++;
      this.#log.info({ file: rotated }, 'audit log rotated');
    } catch (err) {
      if (!(err instanceof RotationSkipped)) throw err;
      // The current file is intact: keep writing to it rather than lose records, and retry later.
      this.#rotateBlockedUntil = now + this.#cfg.retry_interval_ms;
      this.#log.error({ err }, 'audit log rotation failed; still writing to the current file');
    }
  }

  async #fail(err: unknown, batch: Entry[]): Promise<void> {
    const code = errnoCode(err);
    const wasHealthy = this.#healthy;
    this.#healthy = false;
    const failed = batch.concat(this.#pending);
    this.#pending = [];
    if (this.#timer) clearTimeout(this.#timer);
    if (this.#immediate) clearImmediate(this.#immediate);
    this.#timer = this.#immediate = null;
    if (wasHealthy) {
      this.#down = { reason: 'write_error', error: code, since: Date.now(), lastAcked: this.#durable.seq };
      this.#log.error({ err }, 'audit log write failed; audit appends are refused until it recovers');
    }
    const error = this.#unavailable();
    for (const e of failed) {
      if (e.reject) {
        this.#stats.rejected++;
        this.#lostSinceRecovery.rejected++;
        e.reject(error);
      } else {
        this.#stats.dropped++;
        this.#lostSinceRecovery.dropped++;
      }
    }
    // The chain continues from whatever really reached the disk; the recovery re-reads it.
    this.#syncDue = false;
    if (this.#syncTimer) clearTimeout(this.#syncTimer);
    this.#syncTimer = null;
    this.#written = this.#durable;
    this.#seq = this.#durable.seq;
    this.#mac = this.#durable.mac;
    const sink = this.#sink;
    this.#sink = null;
    await sink?.close().catch(() => undefined);
    if (!this.#closed) this.#scheduleRetry();
  }

  #scheduleRetry(): void {
    if (this.#closed || this.#retryTimer) return;
    this.#retryTimer = setTimeout(() => {
      this.#retryTimer = null;
      this.#recovering = this.#recover().finally(() => (this.#recovering = null));
    }, this.#cfg.retry_interval_ms);
    this.#retryTimer.unref();
  }

  async #recover(): Promise<void> {
    const down = this.#down!;
    const note: RecoveryNote = {
      reason: down.reason,
      error: down.error,
      last_acked_seq: down.lastAcked,
      down_ms: Date.now() - down.since,
      rejected: this.#lostSinceRecovery.rejected,
      dropped: this.#lostSinceRecovery.dropped,
    };
    try {
      await this.#start([note]);
      this.#log.info({ seq: this.#durable.seq }, 'audit log recovered');
    } catch (err) {
      this.#log.debug({ err }, 'audit log still unavailable');
      this.#scheduleRetry();
    }
  }

  // Open or reopen: find the chain's end, write the recovery records, checkpoint, accept records.
  async #start(extra: RecoveryNote[]): Promise<void> {
    await this.#checkpointing;
    const { sink, tip, notes } = await resumeChain(this.#cfg.path, this.#keys);
    try {
      for (const n of notes) {
        const level = n.reason === 'torn_tail' ? 'warn' : 'error';
        this.#log[level]({ recovery: n }, 'audit log: recovery record written');
      }
      const all = [...extra, ...notes];
      let { seq, mac } = tip;
      let text = '';
      const now = Date.now();
      for (const n of all) {
        const r = formatRecord(this.#keys.chain, mac, seq + 1, new Date(now).toISOString(), { type: 'recovery', ...n });
        seq++;
        mac = r.mac;
        text += r.line;
      }
      if (text) await sink.append(Buffer.from(text, 'utf8'), tip.seq + 1, now);
      this.#durable = this.#written = { seq, mac };
      this.#seq = seq;
      this.#mac = mac;
      await writeCheckpoint(this.#cpFile, this.#keys, seq, mac);
      this.#checkpointed = seq;
    } catch (err) {
      await sink.close().catch(() => undefined);
      throw err;
    }
    this.#sink = sink;
    this.#down = null;
    this.#lostSinceRecovery = { dropped: 0, rejected: 0 };
    this.#healthy = true;
    if (!this.#checkpointTimer) {
      this.#checkpointTimer = setInterval(() => this.#checkpointSoon(), this.#cfg.checkpoint_interval_ms);
      this.#checkpointTimer.unref();
    }
  }

  // Checkpoints only ever name durable records, so they run beside the next batch, not in its way.
  #checkpointSoon(): void {
    if (this.#checkpointing || !this.#healthy || this.#durable.seq === this.#checkpointed) return;
    this.#checkpointing = this.#checkpoint()
      .catch((err) => this.#log.warn({ err }, 'audit checkpoint write failed; will retry'))
      .finally(() => (this.#checkpointing = null));
  }

  async #checkpoint(): Promise<void> {
    const { seq, mac } = this.#durable;
    await writeCheckpoint(this.#cpFile, this.#keys, seq, mac);
    this.#checkpointed = seq;
    this.#log.debug({ checkpoint: { seq, mac: mac.toString('hex') } }, 'audit checkpoint');
  }
}
