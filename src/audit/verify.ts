// verify: walks every audit file in chain order and recomputes each record's mac from the line bytes.
//
// Against someone who can change the audit directory but does not hold the audit key, it detects:
//  - an edited record: the mac covers every byte of the line before the mac;
//  - a record inserted, deleted, reordered or duplicated, a rotated file removed or renamed: each mac also
//    covers the previous record's mac, and seq must rise by exactly one from file to file;
//  - a removed head: the chain must start at seq 1 from a fixed genesis value;
//  - a tail cut back past the last checkpoint: the checkpoint (signed with its own derived key) names a seq
//    and mac the log must reach and match; a missing or edited checkpoint is itself a failure;
//  - tampering the writer noticed when it started (checkpoint missing, invalid, or ahead of the log): it
//    wrote that into a `recovery` record inside the chain, and verify reports that record.
//
// It cannot detect, from these files alone:
//  - records cut from the end after the last checkpoint (at most checkpoint_every records or
//    checkpoint_interval_ms of traffic): that looks like a crash before they were written;
//  - an older genuine checkpoint file put back together with a log cut back to it, or everything deleted.
//    Both need an anchor elsewhere: ship the checkpoint's seq and mac (logged at debug on every checkpoint,
//    or copies of the checkpoint file) to another system and compare;
//  - anything done by someone holding the key, who can write a new consistent history: keep the key out of
//    the audit directory (audit.key or PHIWALL_AUDIT_KEY rather than the default key file next to the log).
// Records are not secret: they hold no message content, phone number or token value, only keyed hashes.
//
// Torn tail: kill -9 or power loss during a write can leave the current file ending in a partial line (after
// power loss, possibly several lines of zeros or fragments). Those bytes were never acknowledged: append
// resolves only after the fdatasync of its whole batch. So in the LAST file only, unreadable lines after
// the last record are reported as `tornTail` and not counted, and the result is still ok provided the
// records before them reach the checkpoint. A record after such a line, or a partial line in a rotated file,
// is a failure. The writer's next open cuts the torn bytes and appends a `torn_tail` recovery record.
import { basename } from 'node:path';
import { checkpointPath, listAuditFiles } from './files.js';
import { readCheckpoint, type Checkpoint } from './checkpoint.js';
import type { AuditConfig } from './config.js';
import type { AuditKeys } from './keys.js';
import { forEachLine } from './line-reader.js';
import { computeMac, GENESIS_MAC, parseLine } from './line.js';
import { ALARM_REASONS } from './resume.js';

export interface BadRecord {
  file: string;
  /** 1-based line number in `file`. */
  line: number;
  seq?: number;
  reason: string;
}

export type VerifyResult =
  | {
      ok: true;
      records: number;
      files: string[];
      /** The last file ends with unacknowledged bytes from a crash (repaired on the next writer open). */
      tornTail?: { file: string; line: number };
      /** Benign recovery records (torn tail cut, write outage) seen in the chain. */
      recoveries: number;
      checkpointSeq?: number;
    }
  | { ok: false; records: number; firstBad: BadRecord };

const RECOVERY_MARK = Buffer.from('"type":"recovery"');

function seqReason(expected: number, found: number, firstOfFile: boolean): string {
  if (expected === 1) return `head removed: the chain starts at seq ${found}, expected 1`;
  if (found === expected - 1) return `duplicate: seq ${found} appears twice`;
  if (found < expected) return `out of order: expected seq ${expected}, found ${found}`;
  return firstOfFile
    ? `records missing: expected seq ${expected}, found ${found} (a rotated file or records removed)`
    : `expected seq ${expected}, found ${found} (records removed or moved)`;
}

export async function verifyAudit(cfg: AuditConfig, keys: AuditKeys): Promise<VerifyResult> {
  const cpFile = checkpointPath(cfg.path);
  const cpRead = await readCheckpoint(cpFile, keys);
  if (cpRead.state === 'invalid') return { ok: false, records: 0, firstBad: { file: cpFile, line: 1, reason: cpRead.reason } };
  const cp: Checkpoint | undefined = cpRead.state === 'ok' ? cpRead.checkpoint : undefined;

  const files = await listAuditFiles(cfg.path);
  let expected = 1;
  let prev = GENESIS_MAC;
  let recoveries = 0;
  let bad: BadRecord | undefined;
  let torn: { file: string; line: number } | undefined;
  let lastFile = cpFile;
  let lastLine = 0;

  for (let fi = 0; fi < files.length && !bad; fi++) {
    const f = files[fi]!;
    const isLast = fi === files.length - 1;
    let lineNo = 0;
    lastFile = f.path;
    await forEachLine(f.path, (line, terminated) => {
      lineNo++;
      const fail = (reason: string, seq?: number): boolean => {
        bad = seq === undefined ? { file: f.path, line: lineNo, reason } : { file: f.path, line: lineNo, seq, reason };
        return false;
      };
      const parsed = terminated ? parseLine(line) : 'partial line (no newline)';
      if (typeof parsed === 'string') {
        if (!isLast) return fail(`${parsed} in a rotated file`);
        torn ??= { file: f.path, line: lineNo };
        return true;
      }
      if (torn) {
        // Something unreadable followed by a record: not a crash artefact.
        bad = { file: torn.file, line: torn.line, reason: 'unreadable line followed by records' };
        return false;
      }
      if (lineNo === 1 && f.firstSeq !== undefined && f.firstSeq !== parsed.seq) {
        return fail(`file name says its first seq is ${f.firstSeq}, but it is ${parsed.seq}`, parsed.seq);
      }
      if (parsed.seq !== expected) return fail(seqReason(expected, parsed.seq, lineNo === 1), parsed.seq);
      if (!computeMac(keys.chain, prev, parsed.body).equals(parsed.mac)) {
        return fail('mac mismatch: the record was altered (or was written with another key)', parsed.seq);
      }
      if (cp && parsed.seq === cp.seq && !parsed.mac.equals(cp.mac)) {
        return fail('record does not match the signed checkpoint', parsed.seq);
      }
      if (parsed.body.includes(RECOVERY_MARK)) {
        const reason = recoveryReason(line);
        if (reason !== undefined && ALARM_REASONS.has(reason)) {
          return fail(`the writer found the trail damaged when it started (${reason})`, parsed.seq);
        }
        recoveries++;
      }
      prev = parsed.mac;
      expected++;
      return true;
    });
    lastLine = lineNo;
    if (!bad && f.firstSeq !== undefined && lineNo === 0) {
      bad = { file: f.path, line: 1, reason: 'rotated file is empty' };
    }
  }

  const records = expected - 1;
  if (bad) return { ok: false, records, firstBad: bad };
  if (cp && cp.seq > records) {
    return {
      ok: false,
      records,
      firstBad: {
        file: torn?.file ?? lastFile,
        line: torn?.line ?? lastLine + 1,
        seq: records + 1,
        reason: `the log ends at seq ${records} but the signed checkpoint covers seq ${cp.seq}: records were removed from the end`,
      },
    };
  }
  if (!cp && records > 0) {
    return { ok: false, records, firstBad: { file: cpFile, line: 1, reason: `checkpoint ${basename(cpFile)} is missing` } };
  }
  const ok: VerifyResult = { ok: true, records, files: files.map((f) => f.path), recoveries };
  if (torn) ok.tornTail = torn;
  if (cp) ok.checkpointSeq = cp.seq;
  return ok;
}

function recoveryReason(line: Buffer): string | undefined {
  try {
    const rec = JSON.parse(line.toString('utf8')) as { type?: unknown; reason?: unknown };
    return rec.type === 'recovery' && typeof rec.reason === 'string' ? rec.reason : undefined;
  } catch {
    return undefined;
  }
}
