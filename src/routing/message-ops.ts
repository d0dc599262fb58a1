// query_sm, cancel_sm, replace_sm: they name a message by the id phiwall gave the client, which is
// translated to the carrier's id (and back in query_sm_resp). replace_sm swaps the text of an accepted
// message, so its new text is inspected like a submit (with the original message's data_coding).
import { Status } from '../codec/status.js';
import { encodePdu, type Pdu, type ReplaceSmFields, type QuerySmFields, type CancelSmFields } from '../codec/pdu.js';
import { encodeText } from '../codec/text/index.js';
import { extractContent } from '../inspection/content.js';
import { inspectUnits } from '../inspection/pipeline.js';
import { tlvCString as cstring } from '../codec/tlv.js';
import { isPhiwallError } from '../errors.js';
import type { GatewayContext } from './context.js';
import { countDecision, relayResponse, respondOnce, type RequestContext } from './relay.js';
import { decisionRecord, writeDurably } from './audit-records.js';
import { MessageState } from './receipts.js';

export async function handleQuery(ctx: GatewayContext, rc: RequestContext, pdu: Pdu): Promise<void> {
  const f = pdu.fields as QuerySmFields;
  const ref = await ctx.idMap.byClient(rc.client.system_id, f.message_id);
  if (!ref) return respondOnce(rc, Status.ESME_RINVMSGID);
  if (!ref.c) {
    // Held for reassembly: phiwall is the one holding it.
    const body = Buffer.concat([cstring(f.message_id), cstring(''), Buffer.from([MessageState.ENROUTE, 0])]);
    return respondOnce(rc, Status.ESME_ROK, body);
  }
  const clientId = f.message_id;
  f.message_id = ref.c;
  // query_sm_resp names the carrier's id: the client gets its own back.
  await forwardTranslated(ctx, rc, pdu, ref.u, (resp) => relayResponse(rc, resp, clientId));
}

export async function handleCancel(ctx: GatewayContext, rc: RequestContext, pdu: Pdu): Promise<void> {
  const f = pdu.fields as CancelSmFields;
  let upstream: string | undefined;
  if (f.message_id) {
    const ref = await ctx.idMap.byClient(rc.client.system_id, f.message_id);
    if (!ref) return respondOnce(rc, Status.ESME_RINVMSGID);
    if (!ref.c) return respondOnce(rc, Status.ESME_RCANCELFAIL);
    f.message_id = ref.c;
    upstream = ref.u;
  }
  // Cancel by addresses (no id) goes wherever the client's submits go.
  upstream ??= rc.route.chooseCluster()?.name;
  if (!upstream) return respondOnce(rc, Status.ESME_RTHROTTLED);
  ctx.audit.recordLater({ type: 'cancel', client: rc.client.system_id, upstream, by_id: Boolean(f.message_id) });
  await forwardTranslated(ctx, rc, pdu, upstream, (resp) => rc.session.respond(rc.header, resp.readUInt32BE(8)));
}

export async function handleReplace(ctx: GatewayContext, rc: RequestContext, pdu: Pdu): Promise<void> {
  const f = pdu.fields as ReplaceSmFields;
  const clientId = f.message_id;
  const ref = await ctx.idMap.byClient(rc.client.system_id, clientId);
  if (!ref) return respondOnce(rc, Status.ESME_RINVMSGID);
  if (!ref.c) return respondOnce(rc, Status.ESME_RREPLACEFAIL);
  const cluster = ctx.cluster(ref.u);
  if (!cluster) return respondOnce(rc, Status.ESME_RREPLACEFAIL);

  const content = extractContent(pdu, cluster.config.default_alphabet, ref.dc);
  const t0 = performance.now();
  const verdict = await inspectUnits(content.fields, rc.client.policy, rc.client.system_id, ctx.inspector, 2000);
  const inspectMs = performance.now() - t0;
  countDecision(ctx, verdict);
  const rec = { ...decisionRecord(ctx, rc, [pdu], content, verdict, [clientId], inspectMs), type: 'replace' };
  if (!(await writeDurably(ctx, rec, () => respondOnce(rc, Status.ESME_RSYSERR)))) return;
  if (verdict.action === 'block') return respondOnce(rc, verdict.status);
  if (verdict.action === 'rewrite') {
    // replace_sm has no data_coding of its own and cannot be split: the new text must fit the original coding.
    const field = content.fields[0];
    const text = verdict.texts?.[0];
    const bytes = field && text !== undefined && field.charset !== 'binary' ? encodeText(text, field.charset) : undefined;
    if (!bytes || bytes.length > 254) return respondOnce(rc, verdict.policy.refuseStatus);
    f.short_message = bytes;
  }
  f.message_id = ref.c;
  await forwardTranslated(ctx, rc, pdu, ref.u, (resp) => rc.session.respond(rc.header, resp.readUInt32BE(8)));
}

async function forwardTranslated(
  ctx: GatewayContext,
  rc: RequestContext,
  pdu: Pdu,
  upstream: string,
  onResponse: (resp: Buffer) => void,
): Promise<void> {
  const cluster = ctx.cluster(upstream);
  if (!cluster) return respondOnce(rc, Status.ESME_RSYSERR);
  try {
    onResponse(await cluster.request(encodePdu(pdu)));
  } catch (err) {
    respondOnce(rc, isPhiwallError(err) ? err.commandStatus : Status.ESME_RSYSERR);
  }
}
