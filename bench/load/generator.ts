// The load generator: many binds on one event loop, driven closed loop (a window of N outstanding per bind)
// or open loop (a token schedule at a fixed rate). Open-loop latency runs from each message's *scheduled*
// send time, so a stalled system under test is charged for the queue it causes (no coordinated omission).
import { performance } from 'node:perf_hooks';
import { LoadBind, type BindCredentials } from './bind.js';
import type { EndpointOptions } from './endpoint.js';
import type { LatencySummary } from './latency.js';
import { meanParts, type MessageTemplate } from './message-mix.js';
import { LoadStats } from './stats.js';
import { startTicker, type Ticker } from './ticker.js';

export interface LoadOptions {
  endpoint: EndpointOptions;
  credentials: BindCredentials;
  binds: number;
  /** Max requests (PDUs) in flight per bind. */
  window: number;
  mode: 'closed' | 'open';
  /** Open loop: messages per second over all binds. */
  rate?: number;
  /** Measured seconds (after the warm-up). Without it, `count` must be set. */
  durationS?: number;
  warmupS?: number;
  /** Stop after this many messages (and wait for their answers). */
  count?: number;
  mix: MessageTemplate[];
  /** How long to wait for answers still in flight at the end. */
  drainMs?: number;
  progressIntervalS?: number;
  onProgress?: (p: ProgressSample) => void;
  /** Called once the warm-up is over (the runner starts its CPU sampling here). */
  onMeasureStart?: () => void;
  /** Called when the measured window closes, before the drain. */
  onMeasureEnd?: () => void;
}

export interface ProgressSample {
  /** Seconds since the measurement started. */
  t: number;
  pduPerSec: number;
  p50: number;
  p99: number;
  inflight: number;
  backlog: number;
}

export interface LoadResult {
  mode: 'closed' | 'open';
  binds: number;
  window: number;
  rate: number | null;
  elapsedS: number;
  sentPdus: number;
  sentMessages: number;
  responses: number;
  /** Responses per second in the measured window (one per submit_sm PDU). */
  pduPerSec: number;
  /** pduPerSec divided by the mean parts per message of the mix. */
  msgPerSec: number;
  /** Responses with command_status 0, per second. */
  okPerSec: number;
  statuses: Record<string, number>;
  /** From the scheduled send time (open loop) or the write (closed loop) to the response. */
  latencyMs: LatencySummary;
  /** From the write to the response: what the endpoint took, without the generator's dispatch lag. */
  serviceMs: LatencySummary;
  deliveries: number;
  receipts: number;
  unmatched: number;
  lost: number;
  /** In flight when the drain period ended. */
  unanswered: number;
  /** Open loop: most messages ever waiting for a window slot. */
  backlogMax: number;
  socketErrors: number;
}

export async function runLoad(o: LoadOptions): Promise<LoadResult> {
  if (o.durationS === undefined && o.count === undefined) throw new Error('runLoad needs durationS or count');
  if (o.mode === 'open' && !(o.rate && o.rate > 0)) throw new Error('open loop needs a rate > 0');
  const stats = new LoadStats();
  const mix = o.mix;
  let next = 0; // message counter: picks template, destination and UDH reference
  let running = false;
  let stopAfter = o.count ?? Infinity;

  // Open-loop state: scheduled send times waiting for a window slot.
  let backlog: number[] = [];
  let backlogHead = 0;
  let backlogMax = 0;
  let rr = 0;

  const sendOne = (bind: LoadBind, at: number, now: number) => {
    bind.send(mix[next % mix.length]!, next, at, now);
    next++;
  };
  const fits = (bind: LoadBind) => !bind.closed && bind.inflight + mix[next % mix.length]!.parts.length <= o.window;

  const refillClosed = (bind: LoadBind) => {
    if (!running) return;
    const now = performance.now();
    while (next < stopAfter && fits(bind)) sendOne(bind, now, now);
  };
  const dispatchOpen = () => {
    const now = performance.now();
    while (backlogHead < backlog.length) {
      let bind: LoadBind | undefined;
      for (let i = 0; i < binds.length; i++) {
        const b = binds[(rr + i) % binds.length]!;
        if (fits(b)) {
          bind = b;
          rr = (rr + i + 1) % binds.length;
          break;
        }
      }
      if (!bind) break;
      sendOne(bind, backlog[backlogHead++]!, now);
    }
    if (backlogHead > 4096 && backlogHead * 2 > backlog.length) {
      backlog = backlog.slice(backlogHead);
      backlogHead = 0;
    }
  };
  const onChunk = o.mode === 'closed' ? refillClosed : () => dispatchOpen();

  const binds = await Promise.all(Array.from({ length: o.binds }, () => LoadBind.open(o.endpoint, o.credentials, stats, onChunk)));
  const flushAll = () => {
    for (const b of binds) b.flush();
  };

  const t0 = performance.now();
  const warmupMs = (o.warmupS ?? 0) * 1000;
  let measureStart = t0;
  let measuring = warmupMs === 0;
  if (measuring) o.onMeasureStart?.();
  let measureEnd = 0;
  let responsesAtEnd = 0;
  let okAtEnd = 0;
  running = true;

  let timer: NodeJS.Timeout | undefined;
  let ticker: Ticker | undefined;
  const finished = new Promise<void>((resolve) => {
    const endAt = o.durationS === undefined ? Infinity : warmupMs + o.durationS * 1000;
    let scheduled = 0;
    const perMs = (o.rate ?? 0) / 1000;
    const tick = () => {
      const now = performance.now();
      const since = now - t0;
      if (!measuring && since >= warmupMs) {
        measuring = true;
        stats.reset();
        measureStart = now;
        o.onMeasureStart?.();
      }
      if (since >= endAt || (next >= stopAfter && binds.every((b) => b.inflight === 0 || b.closed)) || binds.every((b) => b.closed)) {
        running = false;
        stopAfter = next;
        resolve();
        return;
      }
      if (o.mode === 'open') {
        // Token schedule: message k is due at t0 + k / rate, so messages 0 .. floor(since * rate) are due now.
        const due = Math.min(Math.floor(since * perMs) + 1, stopAfter);
        while (scheduled < due) backlog.push(t0 + scheduled++ / perMs);
        const waiting = backlog.length - backlogHead;
        if (waiting > backlogMax) backlogMax = waiting;
        dispatchOpen();
      } else {
        for (const b of binds) refillClosed(b);
      }
      flushAll();
    };
    // The timer ends the run and refills; in open loop the ticker also calls tick() when a message is due.
    const housekeeping = () => {
      tick();
      if (running) timer = setTimeout(housekeeping, 5);
    };
    if (o.mode === 'open') ticker = startTicker(performance.timeOrigin + t0, o.rate!, () => running && tick());
    housekeeping();
  });

  let progress: NodeJS.Timeout | undefined;
  if (o.onProgress) {
    let last = 0;
    let lastAt = performance.now();
    progress = setInterval(() => {
      if (!measuring) return;
      const now = performance.now();
      if (lastAt < measureStart) {
        // First sample: count from the start of the measurement (the counters were reset there).
        last = 0;
        lastAt = measureStart;
      }
      const s = stats.interval.summary();
      let inflight = 0;
      for (const b of binds) inflight += b.inflight;
      o.onProgress!({
        t: Math.round((now - measureStart) / 100) / 10,
        pduPerSec: Math.round(((stats.responses - last) * 1000) / (now - lastAt)),
        p50: s.p50,
        p99: s.p99,
        inflight,
        backlog: backlog.length - backlogHead,
      });
      stats.interval.reset();
      last = stats.responses;
      lastAt = now;
    }, (o.progressIntervalS ?? 10) * 1000);
  }

  await finished;
  measureEnd = performance.now();
  o.onMeasureEnd?.();
  responsesAtEnd = stats.responses;
  okAtEnd = stats.statuses.get(0) ?? 0;
  if (timer) clearTimeout(timer);
  if (progress) clearInterval(progress);
  await ticker?.stop();

  // Drain: answers to what is still in flight still count for latency, not for throughput.
  const drainUntil = performance.now() + (o.drainMs ?? 5000);
  while (binds.some((b) => b.inflight > 0 && !b.closed) && performance.now() < drainUntil) {
    await new Promise((r) => setTimeout(r, 5));
  }
  let unanswered = 0;
  for (const b of binds) unanswered += b.inflight;
  await Promise.all(binds.map((b) => b.close()));

  const elapsedS = (measureEnd - measureStart) / 1000;
  const pduPerSec = responsesAtEnd / elapsedS;
  return {
    mode: o.mode,
    binds: o.binds,
    window: o.window,
    rate: o.rate ?? null,
    elapsedS: round(elapsedS, 3),
    sentPdus: stats.sentPdus,
    sentMessages: stats.sentMessages,
    responses: stats.responses,
    pduPerSec: Math.round(pduPerSec),
    msgPerSec: Math.round(pduPerSec / meanParts(mix)),
    okPerSec: Math.round(okAtEnd / elapsedS),
    statuses: stats.statusCounts(),
    latencyMs: stats.latency.summary(),
    serviceMs: stats.service.summary(),
    deliveries: stats.deliveries,
    receipts: stats.receipts,
    unmatched: stats.unmatched,
    lost: stats.lost,
    unanswered,
    backlogMax,
    socketErrors: stats.socketErrors,
  };
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
