// Where a client's submits go: one upstream cluster, or a group of them with priorities and weights.
// A group sends to the highest-priority members that have a bound bind (weighted among equals), so when a
// carrier is down traffic moves to the next; all parts of one message go through the one bind chosen.
import type { DefaultAlphabet } from '../codec/text/index.js';
import type { UpstreamBind } from '../session/upstream-bind.js';
import type { UpstreamCluster } from './upstream-cluster.js';

export interface Route {
  readonly name: string;
  /** What data_coding 0 means on this route (the same for every member of a group, checked at config load). */
  readonly defaultAlphabet: DefaultAlphabet;
  /** How many binds are bound across the route (0 = down). */
  readonly boundCount: number;
  /** A cluster that can take a submit now, or undefined when every member is down or full. */
  chooseCluster(): UpstreamCluster | undefined;
}

export interface GroupMember {
  cluster: UpstreamCluster;
  priority: number;
  weight: number;
}

export class UpstreamGroup implements Route {
  constructor(
    readonly name: string,
    private readonly members: readonly GroupMember[],
    private readonly random: () => number = Math.random,
  ) {}

  get defaultAlphabet(): DefaultAlphabet {
    return this.members[0]!.cluster.config.default_alphabet;
  }

  get boundCount(): number {
    return this.members.reduce((n, m) => n + m.cluster.boundCount, 0);
  }

  chooseCluster(): UpstreamCluster | undefined {
    let best: GroupMember[] = [];
    let bestPriority = Infinity;
    for (const m of this.members) {
      if (m.priority > bestPriority || !m.cluster.hasCapacity()) continue;
      if (m.priority < bestPriority) {
        bestPriority = m.priority;
        best = [];
      }
      best.push(m);
    }
    if (best.length <= 1) return best[0]?.cluster;
    const total = best.reduce((n, m) => n + m.weight, 0);
    let r = this.random() * total;
    for (const m of best) {
      r -= m.weight;
      if (r < 0) return m.cluster;
    }
    return best[best.length - 1]!.cluster;
  }
}

/** Chooses a cluster, waits for its TPS limit, then takes one bind of it for every part of the message. */
export async function chooseBind(route: Route, parts: number): Promise<{ cluster: UpstreamCluster; bind: UpstreamBind } | undefined> {
  const cluster = route.chooseCluster();
  if (!cluster) return undefined;
  await cluster.admit(parts);
  const bind = cluster.pick();
  return bind ? { cluster, bind } : undefined;
}
