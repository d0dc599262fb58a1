// The messages between the gateway and its detection workers. A batch carries every job queued in one turn
// of the event loop (one postMessage per batch, not per message). A policy's detect context travels once per
// worker, keyed by policy id and version; later jobs name the key only.
import type { DetectContext, Finding } from '../types.js';

export interface DetectJob {
  id: number;
  text: string;
  ctxKey: string;
  /** Present the first time this worker sees ctxKey. */
  ctx?: DetectContext;
}

export interface JobsMessage {
  type: 'jobs';
  jobs: DetectJob[];
}

export interface DetectResult {
  id: number;
  findings?: Finding[];
  /** A detector threw: its id (never content). */
  failed?: string;
}

export interface ResultsMessage {
  type: 'results';
  results: DetectResult[];
}

/** Sent once the worker has loaded the detectors (seconds of lexicons: not counted against the timeout). */
export interface ReadyMessage {
  type: 'ready';
}

export type WorkerMessage = ResultsMessage | ReadyMessage;
