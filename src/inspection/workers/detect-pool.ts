// Optional detection on worker threads (`inspection.workers`): detect() is synchronous CPU work, so on a
// machine with spare cores it can run beside the event loop. The decision cache, the policy and the vault
// stay on the main thread; a worker only turns (text, detect context) into findings.
// Fail closed: a worker that throws, exits or does not answer within the timeout fails every job it holds
// (the policy refuses those messages), is terminated, and a fresh one takes its place.
import { Worker } from 'node:worker_threads';
import type { Logger } from '../../observability/logger.js';
import type { Policy } from '../policy/types.js';
import type { Finding } from '../types.js';
import { DetectorFailure } from '../detect.js';
import type { DetectJob, JobsMessage, WorkerMessage } from './protocol.js';

const WORKER_URL = new URL('./detect-worker.js', import.meta.url);
/** After this many contexts a worker's record of what it holds is reset (see createContextTable). */
const SENT_CONTEXTS_MAX = 64;
/** A worker that died before it was ready (a broken build, say) is replaced after this, not in a loop. */
const STARTUP_FAILURE_DELAY_MS = 1000;
/** Loading the detectors takes a while (lexicons); a worker not ready after this is stuck. */
const STARTUP_TIMEOUT_MS = 30_000;

export interface DetectPoolOptions {
  size: number;
  /** How long a batch may take before its worker is considered stuck. */
  timeoutMs: number;
  log: Logger;
  /** The worker script; tests substitute one that crashes or hangs. */
  workerUrl?: URL;
}

export interface DetectPool {
  detect(text: string, policy: Policy): Promise<Finding[]>;
  close(): Promise<void>;
  /** Workers replaced so far (crashes and timeouts). */
  readonly replaced: number;
}

/** A worker failed (crash, exit, timeout); carries no content. */
export class DetectWorkerFailure extends Error {
  readonly code = 'DETECT_WORKER_FAILED';
  constructor(readonly why: 'crashed' | 'exited' | 'timeout' | 'closed') {
    super(`detection worker ${why}`);
    this.name = 'DetectWorkerFailure';
  }
}

interface Pending {
  resolve(f: Finding[]): void;
  reject(e: Error): void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
  queued: DetectJob[];
  /** One timer per batch posted; the worker answers batches in order. */
  timers: NodeJS.Timeout[];
  sent: Set<string>;
  /** The worker has loaded its detectors; until then jobs wait in `queued`. */
  ready: boolean;
  startup?: NodeJS.Timeout;
  dead: boolean;
}

export function createDetectPool(o: DetectPoolOptions): DetectPool {
  const slots: (Slot | undefined)[] = Array.from({ length: o.size }, () => undefined);
  let nextId = 1;
  let closed = false;
  let replaced = 0;

  const spawn = (i: number): Slot => {
    const worker = new Worker(o.workerUrl ?? WORKER_URL);
    const slot: Slot = { worker, pending: new Map(), queued: [], timers: [], sent: new Set(), ready: false, dead: false };
    slot.startup = setTimeout(() => retire(i, slot, 'timeout'), STARTUP_TIMEOUT_MS).unref();
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'ready') {
        clearTimeout(slot.startup);
        slot.ready = true;
        flush(i, slot);
        return;
      }
      clearTimeout(slot.timers.shift());
      for (const r of m.results) {
        const p = slot.pending.get(r.id);
        if (!p) continue;
        slot.pending.delete(r.id);
        if (r.findings) p.resolve(r.findings);
        else p.reject(new DetectorFailure(r.failed ?? 'worker'));
      }
      if (slot.pending.size === 0) worker.unref();
    });
    // The error itself may quote content (a detector's exception): only the kind of failure is logged.
    worker.on('error', () => retire(i, slot, 'crashed'));
    worker.on('exit', () => retire(i, slot, 'exited'));
    // Referenced only while it holds jobs: an idle pool never keeps the process alive.
    worker.unref();
    slots[i] = slot;
    return slot;
  };

  const retire = (i: number, slot: Slot, why: DetectWorkerFailure['why']) => {
    if (slot.dead) return;
    slot.dead = true;
    for (const t of slot.timers) clearTimeout(t);
    clearTimeout(slot.startup);
    const err = new DetectWorkerFailure(why);
    for (const p of slot.pending.values()) p.reject(err);
    slot.pending.clear();
    slot.queued = [];
    void slot.worker.terminate();
    if (slots[i] !== slot) return;
    slots[i] = undefined;
    if (closed) return;
    replaced++;
    o.log.error({ worker: i, reason: why }, 'detection worker failed; its messages were refused and it is replaced');
    const respawn = () => {
      if (!closed && slots[i] === undefined) spawn(i);
    };
    if (slot.ready) respawn();
    else setTimeout(respawn, STARTUP_FAILURE_DELAY_MS).unref();
  };

  const flush = (i: number, slot: Slot) => {
    if (slot.dead || !slot.ready || slot.queued.length === 0) return;
    const jobs = slot.queued;
    slot.queued = [];
    slot.timers.push(setTimeout(() => retire(i, slot, 'timeout'), o.timeoutMs).unref());
    const msg: JobsMessage = { type: 'jobs', jobs };
    slot.worker.postMessage(msg);
  };

  /** The live worker with the fewest jobs in hand (a dead slot is respawned now, not left idle). */
  const pick = (): [number, Slot] => {
    let best: [number, Slot] | undefined;
    for (let i = 0; i < slots.length; i++) {
      const s = slots[i] ?? spawn(i);
      if (!best || s.pending.size < best[1].pending.size) best = [i, s];
    }
    return best!;
  };

  // Started now, so the detectors are loaded before the first message needs them.
  for (let i = 0; i < o.size; i++) spawn(i);

  return {
    get replaced() {
      return replaced;
    },
    detect(text, policy) {
      if (closed) return Promise.reject(new DetectWorkerFailure('closed'));
      const [i, slot] = pick();
      const ctxKey = `${policy.id}@${policy.version}`;
      const job: DetectJob = { id: nextId++, text, ctxKey };
      if (!slot.sent.has(ctxKey)) {
        if (slot.sent.size >= SENT_CONTEXTS_MAX) slot.sent.clear();
        slot.sent.add(ctxKey);
        job.ctx = policy.detectContext;
      }
      return new Promise<Finding[]>((resolve, reject) => {
        if (slot.pending.size === 0) slot.worker.ref();
        slot.pending.set(job.id, { resolve, reject });
        // Jobs queued in one turn of the event loop travel as one message.
        if (slot.queued.push(job) === 1) setImmediate(() => flush(i, slot));
      });
    },
    async close() {
      closed = true;
      const live = slots.filter((s): s is Slot => s !== undefined);
      for (let i = 0; i < slots.length; i++) if (slots[i]) retire(i, slots[i]!, 'closed');
      await Promise.all(live.map((s) => s.worker.terminate()));
    },
  };
}
