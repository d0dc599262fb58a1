// Per-client TPS (`clients[].tps`): submit PDUs (submit_sm, data_sm, submit_multi; each part of a
// concatenated message is one) wait for their client's limit before they are relayed; other commands pass.
// The wait holds a slot of the session's window, so a client that sends faster is slowed by TCP, not queued
// without bound; past the waiting room the submit is refused with ESME_RTHROTTLED.
import { Cmd } from '../codec/commands.js';
import { Status } from '../codec/status.js';
import type { ClientConfig } from '../config/schema.js';
import type { ClientSession } from '../session/client-session.js';
import type { Header } from '../session/connection.js';
import type { RateLimiter } from './rate-limit.js';

const SUBMITS = new Set<number>([Cmd.submit_sm, Cmd.data_sm, Cmd.submit_multi]);

export class ClientRateLimits {
  private readonly limiters = new Map<string, RateLimiter>();

  constructor(private readonly make: (client: ClientConfig) => RateLimiter) {}

  /** Runs `next` when the client's limit lets this request through; answers ESME_RTHROTTLED when it cannot wait. */
  gate(session: ClientSession, client: ClientConfig | undefined, h: Header, next: () => void): void {
    if (!client || client.tps <= 0 || !SUBMITS.has(h.command_id)) return next();
    let limiter = this.limiters.get(client.system_id);
    if (!limiter) this.limiters.set(client.system_id, (limiter = this.make(client)));
    limiter.take(1).then(next, () => session.respond(h, Status.ESME_RTHROTTLED));
  }

  /** Reload: new rates for known clients; removed clients' limiters go. */
  update(clients: readonly ClientConfig[]): void {
    const byId = new Map(clients.map((c) => [c.system_id, c]));
    for (const [id, l] of this.limiters) {
      const c = byId.get(id);
      if (c) l.update(c.tps);
      else this.limiters.delete(id);
    }
  }
}
