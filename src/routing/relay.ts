// Client → carrier: every request a bound client sends. Content-bearing PDUs (submit_sm, data_sm,
// submit_multi) go decode → (reassemble) → inspect → audit → forward; the carrier's response goes back with
// the client's sequence number, phiwall's message_id and the carrier's command_status unchanged.
// One handler per command, in the aedes `handlers/index.js` manner.
import { Cmd, commandName } from '../codec/commands.js';
import { Status, statusName } from '../codec/status.js';
import { decodePdu, encodePdu, type Pdu, type SubmitSmFields } from '../codec/pdu.js';
import { isPhiwallError } from '../errors.js';
import { extractContent, type MessageContent } from '../inspection/content.js';
import { inspectUnits, type Verdict } from '../inspection/pipeline.js';
import { rewriteMessage } from '../inspection/rewrite.js';
import type { ClientSession } from '../session/client-session.js';
import type { Header } from '../session/connection.js';
import type { UpstreamBind } from '../session/upstream-bind.js';
import { tlvCString as cstring } from '../codec/tlv.js';
import type { ClientConfig } from '../config/schema.js';
import type { GatewayContext } from './context.js';
import { chooseBind, type Route } from './route.js';
import { ConcatHandler } from './concat.js';
import { handleCancel, handleQuery, handleReplace } from './message-ops.js';
import { auditSubmit } from './audit-records.js';

const INSPECT_TIMEOUT_MS = 2000;

export interface RequestContext {
  session: ClientSession;
  header: Header;
  client: ClientConfig;
  route: Route;
  received: number;
}

export class Relay {
  readonly concat: ConcatHandler;

  constructor(private readonly ctx: GatewayContext) {
    this.concat = new ConcatHandler(ctx);
  }

  handle(session: ClientSession, header: Header, frame: Buffer): void {
    const received = performance.now();
    const client = session.systemId ? this.ctx.client(session.systemId) : undefined;
    const route = client ? this.ctx.route(client.upstream) : undefined;
    if (!client || !route) {
      // The client was removed by a reload while bound.
      session.respond(header, Status.ESME_RINVBNDSTS);
      return;
    }
    const rc: RequestContext = { session, header, client, route, received };
    this.dispatch(rc, frame).catch((err: unknown) => {
      this.ctx.log.error({ err, command: commandName(header.command_id) }, 'request failed');
      respondOnce(rc, isPhiwallError(err) ? err.commandStatus : Status.ESME_RSYSERR);
    });
  }

  private async dispatch(rc: RequestContext, frame: Buffer): Promise<void> {
    this.ctx.metrics.pdus.inc({ direction: 'in', command: commandName(rc.header.command_id) ?? 'unknown', status: '' });
    const decoded = decodePdu(frame);
    if (!decoded.ok) {
      this.ctx.log.warn({ command: commandName(rc.header.command_id), reason: decoded.reason }, 'malformed PDU refused');
      respondOnce(rc, decoded.command_status);
      return;
    }
    const pdu = decoded.pdu;
    switch (rc.header.command_id) {
      case Cmd.submit_sm:
      case Cmd.data_sm:
      case Cmd.submit_multi:
        return this.submit(rc, pdu, frame);
      case Cmd.query_sm:
        return handleQuery(this.ctx, rc, pdu);
      case Cmd.cancel_sm:
        return handleCancel(this.ctx, rc, pdu);
      case Cmd.replace_sm:
        return handleReplace(this.ctx, rc, pdu);
      default:
        respondOnce(rc, Status.ESME_RINVCMDID);
    }
  }

  private async submit(rc: RequestContext, pdu: Pdu, frame: Buffer): Promise<void> {
    const content = extractContent(pdu, rc.route.defaultAlphabet);
    if (content.concat && content.concat.total > 1) {
      await this.concat.part(rc, pdu, frame, content);
      return;
    }
    const clientId = this.ctx.ids.next();
    const t0 = performance.now();
    const verdict = await inspectUnits(content.fields, rc.client.policy, rc.client.system_id, this.ctx.inspector, INSPECT_TIMEOUT_MS);
    const inspectMs = performance.now() - t0;
    this.ctx.metrics.inspectSeconds.observe(inspectMs / 1000);
    countDecision(this.ctx, verdict);

    if (!(await auditSubmit(this.ctx, rc, pdu, content, verdict, [clientId], inspectMs))) return;
    if (verdict.action === 'block') {
      respondOnce(rc, verdict.status);
      return;
    }
    const frames = verdict.action === 'rewrite' ? rewriteMessage(pdu, content, verdict.texts!).map(encodePdu) : [frame];
    await this.forward(rc, pdu, content, frames, clientId);
  }

  /** Sends the frames of one message through one bind and answers the client once, after the last response. */
  private async forward(rc: RequestContext, pdu: Pdu, content: MessageContent, frames: Buffer[], clientId: string): Promise<void> {
    const target = await chooseBind(rc.route, frames.length);
    if (!target) {
      // Carrier down or every window full: a prompt, retryable refusal.
      respondOnce(rc, Status.ESME_RTHROTTLED);
      this.ctx.audit.recordLater({
        type: 'outcome',
        client: rc.client.system_id,
        upstream: rc.route.name,
        client_message_id: clientId,
        status: 'ESME_RTHROTTLED',
        reason: rc.route.boundCount > 0 ? 'upstream window full' : 'upstream down',
      });
      return;
    }
    const { cluster, bind } = target;
    const responses = await sendAll(bind, frames);
    const fields = pdu.fields as Partial<SubmitSmFields>;
    const failed = responses.find((r) => r.status !== 0);
    const carrierIds: string[] = [];
    for (const r of responses) if (r.status === 0 && r.messageId) carrierIds.push(r.messageId);
    if (carrierIds.length) {
      try {
        await Promise.all(
          carrierIds.map((cid) =>
            this.ctx.idMap.link(cluster.name, cid, { s: rc.client.system_id, i: clientId }, { dc: content.data_coding, rd: fields.registered_delivery ?? 0 }),
          ),
        );
      } catch (err) {
        // The carrier has the message; without the map its receipt cannot be routed. Tell the client the
        // truth about the submit, and count the store error.
        this.ctx.metrics.storeErrors.inc({ store: 'idmap' });
        this.ctx.log.error({ err }, 'could not record the message-id mapping');
      }
    }
    this.ctx.audit.recordLater({
      type: 'outcome',
      client: rc.client.system_id,
      upstream: cluster.name,
      bind: bind.index,
      client_message_id: clientId,
      carrier_message_ids: carrierIds,
      status: statusName(failed?.status ?? 0),
      parts: frames.length,
      latency_ms: round(performance.now() - rc.received),
    });
    const first = responses[0]!;
    if (frames.length === 1 && first.frame) {
      // Relay the carrier's own response (its TLVs, submit_multi's unsuccess list) with our id in it.
      relayResponse(rc, first.frame, clientId);
    } else {
      // A re-segmented message: one answer for all its parts.
      if (failed) respondOnce(rc, failed.status);
      else respondOnce(rc, Status.ESME_ROK, cstring(clientId));
    }
    this.ctx.metrics.relaySeconds.observe({ command: commandName(rc.header.command_id) ?? '' }, (performance.now() - rc.received) / 1000);
  }
}

export interface CarrierResponse {
  status: number;
  messageId?: string;
  frame?: Buffer;
}

/** Sends frames in order on one bind (they travel one TCP connection, so they arrive in order). */
export async function sendAll(bind: UpstreamBind, frames: Buffer[]): Promise<CarrierResponse[]> {
  return Promise.all(
    frames.map((f) =>
      bind.request(f).then(
        (resp): CarrierResponse => {
          const status = resp.readUInt32BE(8);
          const id = readMessageId(resp);
          return { status, frame: resp, ...(id !== undefined ? { messageId: id } : {}) };
        },
        (err: unknown): CarrierResponse => ({ status: isPhiwallError(err) ? err.commandStatus : Status.ESME_RSYSERR }),
      ),
    ),
  );
}

function readMessageId(frame: Buffer): string | undefined {
  if (frame.length <= 16) return undefined;
  const end = frame.indexOf(0, 16);
  return end < 0 ? undefined : frame.toString('latin1', 16, end);
}

/** The carrier's response with the client's message_id in place of the carrier's, everything else unchanged. */
export function relayResponse(rc: RequestContext, carrierFrame: Buffer, clientId: string): void {
  const status = carrierFrame.readUInt32BE(8);
  if (carrierFrame.length <= 16) {
    respondOnce(rc, status);
    return;
  }
  // The common case: a body that is just the message_id. Build ours directly, no decode/encode round trip.
  if (carrierFrame.indexOf(0, 16) === carrierFrame.length - 1) {
    rc.session.respond(rc.header, status, cstring(status === 0 ? clientId : ''));
    return;
  }
  const decoded = decodePdu(carrierFrame);
  if (!decoded.ok) {
    respondOnce(rc, status === 0 ? Status.ESME_RSYSERR : status);
    return;
  }
  const fields = decoded.pdu.fields as { message_id?: string };
  if (fields.message_id !== undefined && status === 0) fields.message_id = clientId;
  else if (fields.message_id !== undefined) fields.message_id = '';
  rc.session.respondFrame(rc.header, encodePdu(decoded.pdu));
}

export function respondOnce(rc: RequestContext, status: number, body?: Buffer): void {
  rc.session.respond(rc.header, status, body);
}

export function countDecision(ctx: GatewayContext, v: Verdict): void {
  // Rewrites are counted by what they did: redact, tokenize, or both.
  const action = v.action === 'rewrite' && v.applied ? Object.keys(v.applied).sort().join('+') || 'rewrite' : v.action;
  ctx.metrics.decisions.inc({ action, policy: v.policy.name });
  for (const [cat, n] of Object.entries(v.categories)) ctx.metrics.findings.inc({ category: cat }, n);
}

export function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}
