// The runner forks the bench's own processes (sink, naive proxy, load generator) and talks to them over the IPC
// channel fork() opens. Run by hand (no channel), they just print.
export type ChildMessage =
  | { type: 'ready'; port: number }
  | { type: 'stats'; stats: unknown }
  | { type: 'measure-start' }
  | { type: 'measure-end' }
  | { type: 'progress'; sample: unknown }
  | { type: 'result'; result: unknown }
  | { type: 'failed'; message: string };

export type ParentMessage = { type: 'stats' } | { type: 'stop' };

export const hasParent = typeof process.send === 'function';

export function tellParent(msg: ChildMessage): void {
  process.send?.(msg);
}

/** Answers the runner's 'stats' requests and stops on 'stop', SIGTERM or SIGINT. */
export function serveParent(getStats: () => unknown, stop: () => Promise<void>): void {
  let stopping = false;
  const shutdown = () => {
    if (stopping) return;
    stopping = true;
    void stop().finally(() => process.exit(0));
  };
  process.on('message', (m: ParentMessage) => {
    if (m?.type === 'stats') tellParent({ type: 'stats', stats: getStats() });
    else if (m?.type === 'stop') shutdown();
  });
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
  // The runner died: do not outlive it.
  process.once('disconnect', shutdown);
}
