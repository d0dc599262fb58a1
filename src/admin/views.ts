// What the read-only endpoints show, built from the running gateway. No credentials, no content, no numbers:
// sessions carry their system_id and peer address, upstreams their state and load.
import type { Gateway } from '../gateway.js';

/** The parts of the gateway the admin API reads (a narrow seam, so the API does not reach further in). */
export type AdminGateway = Pick<Gateway, 'metrics' | 'sessions' | 'clusters' | 'ready' | 'config' | 'inspector' | 'auditSink'>;

export interface SessionView {
  id: number;
  system_id: string | null;
  mode: string | null;
  bound: boolean;
  listener: string;
  peer: string;
  tls: boolean;
  bound_since: string | null;
  in_flight: number;
}

export function sessionsView(gw: AdminGateway): SessionView[] {
  return [...gw.sessions].map((s) => ({
    id: s.id,
    system_id: s.systemId ?? null,
    mode: s.mode ?? null,
    bound: s.isBound,
    listener: s.peer.listener,
    peer: `${s.peer.address}:${s.peer.port}`,
    tls: s.peer.tls,
    bound_since: s.boundAt.time ? new Date(s.boundAt.time).toISOString() : null,
    in_flight: s.requestsInFlight,
  }));
}

export interface UpstreamView {
  name: string;
  address: string;
  tls: boolean;
  bound: number;
  binds: { bind: string; state: string; in_flight: number; queued: number }[];
}

export function upstreamsView(gw: AdminGateway): UpstreamView[] {
  return [...gw.clusters.values()].map((c) => ({
    name: c.name,
    address: `${c.config.host}:${c.config.port}`,
    tls: Boolean(c.config.tls),
    bound: c.boundCount,
    binds: c.states().map((b) => ({ bind: b.bind, state: b.state, in_flight: b.inFlight, queued: b.queued })),
  }));
}

const SUBMITS = new Set(['submit_sm', 'data_sm', 'submit_multi']);

/** Running totals for the dashboard, which turns successive snapshots into rates. */
export interface StatsView {
  time: number;
  ready: boolean;
  audit_healthy: boolean;
  /** Messages received from clients (submit_sm, data_sm, submit_multi), since start. */
  submits: number;
  decisions: Record<string, number>;
  findings: Record<string, number>;
  sessions: { bound: number; open: number };
  upstreams: { name: string; bound: number; binds: number }[];
  policies: string[];
}

export async function statsView(gw: AdminGateway): Promise<StatsView> {
  const [pdus, decisions, findings] = await Promise.all([gw.metrics.pdus.get(), gw.metrics.decisions.get(), gw.metrics.findings.get()]);
  let submits = 0;
  for (const v of pdus.values) if (v.labels.direction === 'in' && SUBMITS.has(String(v.labels.command))) submits += v.value;
  const byAction: Record<string, number> = {};
  for (const v of decisions.values) byAction[String(v.labels.action)] = (byAction[String(v.labels.action)] ?? 0) + v.value;
  const byCategory: Record<string, number> = {};
  for (const v of findings.values) byCategory[String(v.labels.category)] = (byCategory[String(v.labels.category)] ?? 0) + v.value;
  let bound = 0;
  for (const s of gw.sessions) if (s.isBound) bound++;
  return {
    time: Date.now(),
    ready: gw.ready,
    audit_healthy: gw.auditSink.healthy,
    submits,
    decisions: byAction,
    findings: byCategory,
    sessions: { bound, open: gw.sessions.size },
    upstreams: [...gw.clusters.values()].map((c) => ({ name: c.name, bound: c.boundCount, binds: c.binds.length })),
    policies: gw.inspector.policyNames(),
  };
}
