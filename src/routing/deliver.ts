// Carrier → client: delivery receipts and mobile-originated replies (deliver_sm / data_sm). Receipts are
// routed by the carrier's message id back to the client that sent the message, with the client's id written
// into both the receipted_message_id TLV and the `id:` of the receipt text, and the echoed `text:` sanitized.
// Replies are routed by the number they were sent to, and inspected under the client's policy.
// Then they go through the delivery queue (delivery/delivery-queue.ts): straight to a local receiving session
// when nothing is queued for the client (the carrier gets the client's answer), else into the client's queue,
// shared through Redis by every instance (the carrier gets ESME_ROK once it is stored). Either way nothing
// is acknowledged to the carrier that was neither delivered nor durably queued.
import { Cmd, commandName } from '../codec/commands.js';
import { Status } from '../codec/status.js';
import { Tag } from '../codec/tags.js';
import { getTlv, setTlv } from '../codec/tlv.js';
import { decodePdu, encodePdu, type Pdu, type SubmitSmFields } from '../codec/pdu.js';
import { parseReceipt, rewriteReceipt, type Receipt } from '../codec/receipt.js';
import { isPhiwallError } from '../errors.js';
import { extractContent } from '../inspection/content.js';
import { inspectUnits } from '../inspection/pipeline.js';
import type { Header } from '../session/connection.js';
import type { UpstreamBind } from '../session/upstream-bind.js';
import { tlvCString as cstring } from '../codec/tlv.js';
import type { GatewayContext } from './context.js';
import type { ClientRef } from './id-map.js';
import { rewriteMessage } from '../inspection/rewrite.js';
import type { DeliveryQueue } from './delivery/delivery-queue.js';

/** How long a receipt may wait for its submit_sm_resp (receipts can overtake it). */
const EARLY_RECEIPT_WAIT_MS = 5000;
const ESM_TYPE_MASK = 0x3c;
const RECEIPT_TYPES = new Set([0x04, 0x08, 0x10, 0x20]);
// SMPP 3.4 §4.6.2 / §4.7.2: the responses carry message_id, unused by an ESME, as a single NULL octet;
// strict carrier stacks (libsmpp34) refuse the header-only form.
const NULL_MESSAGE_ID = Buffer.from([0]);

export class Deliverer {
  constructor(
    private readonly ctx: GatewayContext,
    private readonly queue: DeliveryQueue,
  ) {}

  handle(bind: UpstreamBind, h: Header, frame: Buffer): void {
    if (h.command_id === Cmd.alert_notification) return; // no response exists for it
    if (h.command_id !== Cmd.deliver_sm && h.command_id !== Cmd.data_sm) {
      bind.respond(h, Status.ESME_RINVCMDID);
      return;
    }
    this.ctx.metrics.countPdu('up', commandName(h.command_id) ?? '');
    this.deliver(bind, h, frame).then(
      (status) => bind.respond(h, status, NULL_MESSAGE_ID),
      (err: unknown) => {
        this.ctx.log.error({ err }, 'delivery to client failed');
        bind.respond(h, isPhiwallError(err) ? err.commandStatus : Status.ESME_RX_T_APPN, NULL_MESSAGE_ID);
      },
    );
  }

  private async deliver(bind: UpstreamBind, h: Header, frame: Buffer): Promise<number> {
    const decoded = decodePdu(frame);
    if (!decoded.ok) return decoded.command_status;
    const pdu = decoded.pdu;
    const f = pdu.fields as Partial<SubmitSmFields>;
    if (!RECEIPT_TYPES.has((f.esm_class ?? 0) & ESM_TYPE_MASK)) return this.reply(bind, h, pdu);
    // Parsed once here and handed on: the receipt path used to parse the same text four times.
    const text = f.short_message?.length ? f.short_message.toString('latin1') : undefined;
    const parsed = text !== undefined ? parseReceipt(text) : undefined;
    const receiptId = tlvReceiptId(pdu) ?? parsed?.id?.value;
    return receiptId !== undefined ? this.receipt(bind, h, pdu, receiptId, text, parsed) : this.reply(bind, h, pdu);
  }

  private async receipt(bind: UpstreamBind, h: Header, pdu: Pdu, carrierId: string, text: string | undefined, parsed: Receipt | undefined): Promise<number> {
    const ref = await this.lookupPatiently(bind.upstream, carrierId);
    if (!ref) {
      this.ctx.log.warn({ upstream: bind.upstream }, 'receipt for an unknown message id');
      this.ctx.audit.recordLater({ type: 'receipt', upstream: bind.upstream, routed: false, reason: 'unknown message id' });
      // Temporary error: the carrier may retry, and an id map restored from Redis may know it by then.
      return Status.ESME_RX_T_APPN;
    }
    const client = this.ctx.client(ref.s);
    const f = pdu.fields as SubmitSmFields;
    if (getTlv(pdu.tlvs, Tag.receipted_message_id) !== undefined) setTlv(pdu.tlvs, Tag.receipted_message_id, cstring(ref.i));
    let categories: Record<string, number> = {};
    if (text && parsed) {
      const echo = parsed.text?.value;
      let cleanEcho: string | undefined;
      if (echo && client) {
        // The echo is the first 20 characters of the message as the carrier saw it: sanitize it anyway.
        const v = await inspectUnits([{ text: echo }], client.policy, client.system_id, this.ctx.inspector, 2000);
        categories = v.categories;
        cleanEcho = v.action === 'rewrite' ? v.texts![0] : v.action === 'block' ? '' : undefined;
      }
      f.short_message = Buffer.from(rewriteReceipt(text, { id: ref.i, ...(cleanEcho !== undefined ? { text: cleanEcho } : {}) }, parsed), 'latin1');
    }
    this.ctx.audit.recordLater({
      type: 'receipt',
      client: ref.s,
      upstream: bind.upstream,
      client_message_id: ref.i,
      carrier_message_id: carrierId,
      ...(Object.keys(categories).length ? { categories } : {}),
    });
    return this.toClient(ref.s, pdu, h);
  }

  private async reply(bind: UpstreamBind, h: Header, pdu: Pdu): Promise<number> {
    const f = pdu.fields as Partial<SubmitSmFields>;
    const client = this.routeReply(bind.upstream, f.destination_addr ?? '');
    if (!client) {
      this.ctx.audit.recordLater({ type: 'mo', upstream: bind.upstream, routed: false, reason: 'no client for the address' });
      return Status.ESME_RINVDSTADR;
    }
    const cluster = this.ctx.cluster(bind.upstream);
    const content = extractContent(pdu, cluster?.config.default_alphabet ?? 'gsm7');
    // Under `mo: audit` (the default) the policy only records what it would have done.
    const verdict = await inspectUnits(content.fields, client.policy, client.system_id, this.ctx.inspector, 2000, 'mo');
    this.ctx.audit.recordLater({
      type: 'mo',
      client: client.system_id,
      upstream: bind.upstream,
      source: this.ctx.audit.destination(f.source_addr ?? ''),
      action: verdict.action,
      ...(verdict.wouldBe ? { would_be: verdict.wouldBe } : {}),
      categories: verdict.categories,
      policy: verdict.policy.name,
      content_mac: this.ctx.audit.content(f.short_message ?? Buffer.alloc(0)),
    });
    if (verdict.action === 'block') return verdict.status;
    let out = pdu;
    if (verdict.action === 'rewrite') {
      const rewritten = rewriteMessage(pdu, content, verdict.texts!);
      if (rewritten.length !== 1) return verdict.policy.refuseStatus;
      out = rewritten[0]!;
    }
    return this.toClient(client.system_id, out, h);
  }

  /** The PDU as the client will see it (its ids, sanitized text): what is queued, if it must wait. */
  private toClient(systemId: string, pdu: Pdu, h: Header): Promise<number> {
    pdu.sequence_number = 0;
    pdu.command_id = h.command_id;
    return this.queue.deliver(systemId, encodePdu(pdu));
  }

  /** Receipts can overtake the submit_sm_resp: look again for a while before giving up. */
  private async lookupPatiently(upstream: string, carrierId: string): Promise<ClientRef | undefined> {
    const deadline = Date.now() + EARLY_RECEIPT_WAIT_MS;
    let wait = 20;
    for (;;) {
      const ref = await this.ctx.idMap.byCarrier(upstream, carrierId);
      if (ref || Date.now() >= deadline) return ref;
      await new Promise((r) => setTimeout(r, wait));
      wait = Math.min(wait * 2, 500);
    }
  }

  /** Replies go to the client whose mo_addresses match the number the patient wrote to, else the sole client of the upstream. */
  private routeReply(upstream: string, destination: string) {
    const clients = this.ctx.config().clients;
    const digits = destination.replace(/^\+/, '');
    const byAddress = clients.find((c) =>
      c.mo_addresses.some((a) => {
        const p = a.replace(/^\+/, '');
        return p.endsWith('*') ? digits.startsWith(p.slice(0, -1)) : digits === p;
      }),
    );
    if (byAddress) return byAddress;
    const onUpstream = clients.filter((c) => c.upstream === upstream);
    return onUpstream.length === 1 ? onUpstream[0] : undefined;
  }
}

/** The receipted_message_id TLV's value, when present and not empty. */
function tlvReceiptId(pdu: Pdu): string | undefined {
  const tlv = getTlv(pdu.tlvs, Tag.receipted_message_id);
  if (!tlv?.length) return undefined;
  const end = tlv.indexOf(0);
  return tlv.toString('latin1', 0, end < 0 ? tlv.length : end) || undefined;
}
