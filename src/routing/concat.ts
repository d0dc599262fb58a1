// Concatenated messages: each part is answered at once with a phiwall message_id (so an ESME with a window
// of 1 does not deadlock), held until the whole message is there, inspected as a whole, and then either sent
// — every part through one bind — or refused, with a failure receipt for each part. No part of a refused
// message reaches a carrier.
import { encodePdu, type Pdu, type SubmitSmFields } from '../codec/pdu.js';
import { Status, statusName } from '../codec/status.js';
import { isPhiwallError } from '../errors.js';
import type { MessageContent } from '../inspection/content.js';
import { inspectUnits, type TextUnit, type Verdict } from '../inspection/pipeline.js';
import { Reassembly } from '../inspection/reassembly.js';
import { rewriteConcatenated } from '../inspection/rewrite.js';
import { tlvCString as cstring } from '../codec/tlv.js';
import type { GatewayContext } from './context.js';
import { countDecision, respondOnce, round, sendAll, type RequestContext } from './relay.js';
import { decisionRecord, destinationsOf, writeDurably } from './audit-records.js';
import { chooseBind } from './route.js';
import { failureReceipt, wantsFailureReceipt } from './receipts.js';

const INSPECT_TIMEOUT_MS = 2000;

interface HeldPart {
  pdu: Pdu;
  frame: Buffer;
  content: MessageContent;
  clientId: string;
  rc: RequestContext;
  at: Date;
}

export class ConcatHandler {
  private readonly held: Reassembly<HeldPart>;

  constructor(private readonly ctx: GatewayContext) {
    const r = ctx.config().reassembly;
    this.held = new Reassembly<HeldPart>({ timeoutMs: r.timeout, maxParts: r.max_parts, maxPending: r.max_pending }, (_key, parts) =>
      this.refuseAll(parts, 'EXPIRED', 'incomplete'),
    );
  }

  get pending(): number {
    return this.held.size;
  }

  /** Shutdown: parts still waiting cannot be inspected, so they are refused (with receipts). */
  drain(): void {
    this.held.drain();
  }

  async part(rc: RequestContext, pdu: Pdu, frame: Buffer, content: MessageContent): Promise<void> {
    const c = content.concat!;
    const f = pdu.fields as Partial<SubmitSmFields>;
    const key = [rc.client.system_id, f.source_addr ?? '', destinationsOf(pdu).join(','), c.kind === 'udh16' ? 16 : c.kind === 'sar' ? 'sar' : 8, c.ref, c.total].join('\u0000');
    const clientId = this.ctx.ids.next();
    const part: HeldPart = { pdu, frame, content, clientId, rc, at: new Date() };
    try {
      await this.ctx.idMap.hold({ s: rc.client.system_id, i: clientId }, { u: rc.route.name, dc: content.data_coding, rd: f.registered_delivery ?? 0 });
    } catch {
      this.ctx.metrics.storeErrors.inc({ store: 'idmap' });
      respondOnce(rc, Status.ESME_RSYSERR);
      return;
    }
    const result = this.held.add(key, c.seq, c.total, part);
    this.ctx.metrics.reassemblyBuffers.set(this.held.size);
    if (result.kind === 'refused') {
      this.ctx.log.warn({ client: rc.client.system_id, reason: result.reason }, 'concatenated part refused');
      respondOnce(rc, result.reason === 'full' ? Status.ESME_RMSGQFUL : Status.ESME_RSUBMITFAIL);
      return;
    }
    respondOnce(rc, Status.ESME_ROK, cstring(clientId));
    if (result.kind === 'complete') {
      this.complete(result.parts).catch((err: unknown) => {
        this.ctx.log.error({ err }, 'concatenated message failed');
        this.refuseAll(result.parts, 'UNDELIV', 'error', isPhiwallError(err) ? err.commandStatus : Status.ESME_RSYSERR);
      });
    }
  }

  private async complete(parts: HeldPart[]): Promise<void> {
    const first = parts[0]!;
    const rc = first.rc;
    const t0 = performance.now();
    const verdict = await inspectUnits([wholeText(parts)], rc.client.policy, rc.client.system_id, this.ctx.inspector, INSPECT_TIMEOUT_MS);
    const inspectMs = performance.now() - t0;
    this.ctx.metrics.inspectSeconds.observe(inspectMs / 1000);
    countDecision(this.ctx, verdict);
    const rec = decisionRecord(this.ctx, rc, parts.map((p) => p.pdu), first.content, verdict, parts.map((p) => p.clientId), inspectMs);
    const durable = await writeDurably(this.ctx, rec, () => undefined);
    if (!durable) return this.refuseAll(parts, 'REJECTD', 'audit unavailable', Status.ESME_RSYSERR);
    if (verdict.action === 'block') return this.refuseAll(parts, 'REJECTD', verdict.reason ?? 'policy', verdict.status);

    const frames = verdict.action === 'rewrite' ? rewriteConcatenated(first.pdu, first.content, verdict.texts![0]!).map(encodePdu) : parts.map((p) => p.frame);
    const target = await chooseBind(rc.route, frames.length);
    if (!target) return this.refuseAll(parts, 'UNDELIV', 'upstream down', Status.ESME_RTHROTTLED);
    const { cluster, bind } = target;
    const responses = await sendAll(bind, frames);
    // Part i of what was sent answers for client part i; when a rewrite changed the count, the surplus maps
    // to the last one on either side.
    const links: Promise<void>[] = [];
    responses.forEach((r, i) => {
      const p = parts[Math.min(i, parts.length - 1)]!;
      if (r.status === 0 && r.messageId) {
        links.push(
          this.ctx.idMap.link(cluster.name, r.messageId, { s: rc.client.system_id, i: p.clientId }, { dc: p.content.data_coding, rd: regDel(p) }),
        );
      } else {
        this.receipt(p, 'UNDELIV', r.status);
      }
    });
    await Promise.all(links).catch(() => this.ctx.metrics.storeErrors.inc({ store: 'idmap' }));
    this.ctx.audit.outcome({
      client: rc.client.system_id,
      upstream: cluster.name,
      bind: bind.index,
      client_message_ids: parts.map((p) => p.clientId),
      carrier_message_ids: responses.map((r) => r.messageId ?? null),
      status: statusName(responses.find((r) => r.status !== 0)?.status ?? 0),
      parts: frames.length,
      latency_ms: round(performance.now() - rc.received),
    });
  }

  private refuseAll(parts: HeldPart[], stat: 'REJECTD' | 'UNDELIV' | 'EXPIRED', reason: string, status: number = Status.ESME_RSUBMITFAIL): void {
    this.ctx.metrics.reassemblyBuffers.set(this.held.size);
    const first = parts[0];
    if (first && stat === 'EXPIRED') {
      this.ctx.audit.recordLater({
        type: 'submit',
        client: first.rc.client.system_id,
        upstream: first.rc.route.name,
        client_message_ids: parts.map((p) => p.clientId),
        action: 'block',
        reason,
        parts: parts.length,
      });
    }
    for (const p of parts) this.receipt(p, stat, status);
  }

  private receipt(p: HeldPart, stat: 'REJECTD' | 'UNDELIV' | 'EXPIRED', status: number): void {
    if (!wantsFailureReceipt(regDel(p))) return;
    // Through the delivery queue, like the carrier's receipts: queued when no receiving session is bound.
    this.ctx.deliver(p.rc.client.system_id, encodePdu(failureReceipt(p.pdu, p.clientId, stat, status & 0xfff, p.at))).catch((err: unknown) => {
      this.ctx.log.warn({ err, client: p.rc.client.system_id }, 'failure receipt not delivered');
    });
  }
}

function regDel(p: HeldPart): number {
  return (p.pdu.fields as Partial<SubmitSmFields>).registered_delivery ?? 0;
}

/** The whole message's text, or unreadable when any part is. */
function wholeText(parts: HeldPart[]): TextUnit {
  let text = '';
  for (const p of parts) {
    const f = p.content.fields[0];
    if (!f || f.text === undefined) return { unreadable: f?.unreadable ?? 'empty part' };
    text += f.text;
  }
  return { text };
}

export type { Verdict };
