// netsmpp-smsc.pl's --log: one tab-separated line per event, `key=value` fields plus one bare event name
// (submit_sm, data_sm, deliver_sm_resp, dlr_sent, mo_sent, bind_transceiver ...).
import { readFileSync, existsSync } from 'node:fs';

export interface SmscRecord {
  event: string;
  conn: string;
  fields: Record<string, string>;
}

export function readSmscLog(path: string): SmscRecord[] {
  if (!existsSync(path)) return [];
  const out: SmscRecord[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const [, conn = '', ...rest] = line.split('\t');
    const fields: Record<string, string> = {};
    let event = '';
    for (const part of rest) {
      const eq = part.indexOf('=');
      if (eq < 0) event = part;
      else fields[part.slice(0, eq)] = part.slice(eq + 1);
    }
    out.push({ event, conn, fields });
  }
  return out;
}

/** The submit_sm records, in the order the SMSC received them. */
export function submitsIn(records: SmscRecord[]): SmscRecord[] {
  return records.filter((r) => r.event === 'submit_sm');
}
