// The audit record of a decision, written (durably) before anything is forwarded. No content, no numbers,
// no tokens: destinations as a keyed hash plus the last 4 digits, content as a keyed hash.
import { Tag } from '../codec/tags.js';
import { getTlv } from '../codec/tlv.js';
import { commandName } from '../codec/commands.js';
import { Status } from '../codec/status.js';
import type { Pdu, SubmitSmFields, SubmitMultiFields } from '../codec/pdu.js';
import type { MessageContent } from '../inspection/content.js';
import type { Verdict } from '../inspection/pipeline.js';
import type { GatewayContext } from './context.js';
import type { RequestContext } from './relay.js';

const MAX_DESTINATIONS_RECORDED = 20;

export function destinationsOf(pdu: Pdu): string[] {
  const f = pdu.fields as Partial<SubmitSmFields> & Partial<SubmitMultiFields>;
  if (f.destination_addr !== undefined) return [f.destination_addr];
  if (f.dest_addresses) return f.dest_addresses.map((d) => ('address' in d ? d.address : `dl:${d.dl_name}`));
  return [];
}

export function contentBytes(pdu: Pdu): Buffer {
  const f = pdu.fields as Partial<SubmitSmFields>;
  const parts: Buffer[] = [];
  if (f.short_message?.length) parts.push(f.short_message);
  const payload = getTlv(pdu.tlvs, Tag.message_payload);
  if (payload?.length) parts.push(payload);
  return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
}

export function decisionRecord(
  ctx: GatewayContext,
  rc: RequestContext,
  pdus: readonly Pdu[],
  content: MessageContent,
  verdict: Verdict,
  clientIds: readonly string[],
  inspectMs: number,
): Record<string, unknown> {
  const dests = destinationsOf(pdus[0]!);
  return {
    type: 'submit',
    command: commandName(rc.header.command_id),
    client: rc.client.system_id,
    listener: rc.session.peer.listener,
    upstream: rc.route.name,
    client_message_ids: clientIds,
    destinations: dests.slice(0, MAX_DESTINATIONS_RECORDED).map((d) => ctx.audit.destination(d)),
    ...(dests.length > MAX_DESTINATIONS_RECORDED ? { destination_count: dests.length } : {}),
    data_coding: content.data_coding,
    parts: pdus.length,
    action: verdict.action,
    ...(verdict.wouldBe ? { would_be: verdict.wouldBe } : {}),
    ...(verdict.reason ? { reason: verdict.reason } : {}),
    ...(verdict.applied ? { applied: verdict.applied } : {}),
    ...(verdict.action === 'block' ? { status: verdict.status } : {}),
    categories: verdict.categories,
    policy: verdict.policy.name,
    policy_version: verdict.policy.version,
    inspect_ms: Math.round(inspectMs * 1000) / 1000,
    content_mac: ctx.audit.content(Buffer.concat(pdus.map(contentBytes))),
  };
}

/**
 * Writes the decision durably. Returns false (after answering the client) when the trail cannot be written
 * and the gateway fails closed.
 */
export async function auditSubmit(
  ctx: GatewayContext,
  rc: RequestContext,
  pdu: Pdu,
  content: MessageContent,
  verdict: Verdict,
  clientIds: readonly string[],
  inspectMs: number,
): Promise<boolean> {
  return writeDurably(ctx, decisionRecord(ctx, rc, [pdu], content, verdict, clientIds, inspectMs), () =>
    rc.session.respond(rc.header, Status.ESME_RSYSERR),
  );
}

export async function writeDurably(ctx: GatewayContext, rec: Record<string, unknown>, refuse: () => void): Promise<boolean> {
  try {
    await ctx.audit.record(rec);
    return true;
  } catch (err) {
    ctx.metrics.auditErrors.inc();
    ctx.log.error({ err }, 'audit write failed');
    if (!ctx.audit.failClosed) return true;
    refuse();
    return false;
  }
}
