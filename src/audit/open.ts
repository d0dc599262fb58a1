// The audit trail as the gateway uses it: the writer behind the AuditSink interface of the routing code.
import type { Config } from '../config/schema.js';
import type { Logger } from '../observability/logger.js';
import type { AuditSink } from '../routing/context.js';
import { AuditWriter } from './writer.js';
import { resolveAuditKey } from './keys.js';
import { contentDigest, destinationDigest } from './digest.js';
import { OutcomeBatcher } from './outcomes.js';

export interface AuditHandle {
  sink: AuditSink;
  writer: AuditWriter;
  close(): Promise<void>;
}

export async function openAudit(cfg: Readonly<Config>, env: NodeJS.ProcessEnv, log: Logger): Promise<AuditHandle> {
  const keys = await resolveAuditKey(cfg.audit, env, log);
  const writer = await AuditWriter.open(cfg.audit, keys, log.child({ component: 'audit' }));
  const failClosed = cfg.audit.on_failure === 'refuse';
  const outcomes = new OutcomeBatcher((rec) => writer.appendLater(rec));
  const sink: AuditSink = {
    record: async (rec) => {
      await writer.append(rec as { type: string });
    },
    recordLater: (rec) => writer.appendLater(rec as { type: string }),
    outcome: (o) => outcomes.add(o),
    destination: (address) => destinationDigest(keys, address),
    content: (bytes) => contentDigest(keys, bytes),
    get healthy() {
      return writer.healthy;
    },
    failClosed,
  };
  return {
    sink,
    writer,
    close: () => {
      outcomes.flush();
      return writer.close();
    },
  };
}
