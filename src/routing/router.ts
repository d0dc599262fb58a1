// Which client sessions are bound, by system_id, and which of them can take deliveries (receiver or
// transceiver). Receipts and replies go round-robin over a client's receiving sessions.
import type { ClientSession } from '../session/client-session.js';

export class Router {
  private readonly bySystemId = new Map<string, Set<ClientSession>>();
  private readonly rr = new Map<string, number>();

  add(session: ClientSession): void {
    const id = session.systemId!;
    let set = this.bySystemId.get(id);
    if (!set) this.bySystemId.set(id, (set = new Set()));
    set.add(session);
  }

  remove(session: ClientSession): void {
    if (!session.systemId) return;
    const set = this.bySystemId.get(session.systemId);
    if (!set) return;
    set.delete(session);
    if (!set.size) this.bySystemId.delete(session.systemId);
  }

  sessions(systemId: string): ClientSession[] {
    return [...(this.bySystemId.get(systemId) ?? [])];
  }

  all(): ClientSession[] {
    return [...this.bySystemId.values()].flatMap((s) => [...s]);
  }

  count(systemId: string): number {
    return this.bySystemId.get(systemId)?.size ?? 0;
  }

  /** A bound receiver/transceiver session of this client, round-robin; undefined when none is bound. */
  receiver(systemId: string): ClientSession | undefined {
    const set = this.bySystemId.get(systemId);
    if (!set) return undefined;
    const rx = [...set].filter((s) => s.canReceive);
    if (!rx.length) return undefined;
    const i = (this.rr.get(systemId) ?? 0) % rx.length;
    this.rr.set(systemId, i + 1);
    return rx[i];
  }
}
