// Where the chain continues when a writer starts (or recovers): the last record of the current file, else of
// the newest rotated file, else the genesis. What it finds on the way (a torn tail, a checkpoint that the log
// does not reach) becomes `recovery` records, so the evidence is kept inside the signed chain itself.
import { checkpointPath, listAuditFiles } from './files.js';
import { readCheckpoint } from './checkpoint.js';
import type { AuditKeys } from './keys.js';
import { GENESIS_MAC } from './line.js';
import { LogSink } from './sink.js';
import { lastRecordOf } from './tail.js';

export type RecoveryReason =
  | 'torn_tail' // a partial last line (crash during a write) was cut; it was never acknowledged
  | 'write_error' // the log could not be written for a while; see last_acked_seq, rejected, dropped
  | 'open_error' // the log could not be opened for a while
  | 'checkpoint_missing' // the log has records but no checkpoint: deleted
  | 'checkpoint_invalid' // the checkpoint's signature does not verify: edited, or another key
  | 'checkpoint_mismatch' // the record at the checkpoint's seq has another mac
  | 'log_behind_checkpoint'; // the log ends before the checkpoint's seq: records were removed from the end

export interface RecoveryNote {
  reason: RecoveryReason;
  [field: string]: string | number;
}

/** Findings that mean records were lost or altered before this start: verify reports them as failures. */
export const ALARM_REASONS: ReadonlySet<string> = new Set([
  'checkpoint_missing',
  'checkpoint_invalid',
  'checkpoint_mismatch',
  'log_behind_checkpoint',
]);

export interface ChainTip {
  seq: number;
  mac: Buffer;
}

export async function resumeChain(path: string, keys: AuditKeys): Promise<{ sink: LogSink; tip: ChainTip; notes: RecoveryNote[] }> {
  const { sink, tail } = await LogSink.open(path);
  try {
    const notes: RecoveryNote[] = [];
    if (tail.tornBytes > 0) notes.push({ reason: 'torn_tail', torn_bytes: tail.tornBytes });

    let tip: ChainTip | undefined = tail.last;
    if (tip === undefined) {
      const rotated = (await listAuditFiles(path)).filter((f) => f.firstSeq !== undefined);
      const newest = rotated[rotated.length - 1];
      if (newest) tip = await lastRecordOf(newest.path);
    }
    tip ??= { seq: 0, mac: GENESIS_MAC };

    const cp = await readCheckpoint(checkpointPath(path), keys);
    if (cp.state === 'missing' && tip.seq > 0) notes.push({ reason: 'checkpoint_missing', log_seq: tip.seq });
    if (cp.state === 'invalid') notes.push({ reason: 'checkpoint_invalid', detail: cp.reason });
    if (cp.state === 'ok') {
      const c = cp.checkpoint;
      if (c.seq > tip.seq) notes.push({ reason: 'log_behind_checkpoint', checkpoint_seq: c.seq, log_seq: tip.seq });
      else if (c.seq === tip.seq && !c.mac.equals(tip.mac)) notes.push({ reason: 'checkpoint_mismatch', checkpoint_seq: c.seq });
    }
    return { sink, tip, notes };
  } catch (err) {
    await sink.close().catch(() => undefined);
    throw err;
  }
}
