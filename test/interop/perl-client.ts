// netsmpp-client.pl (Perl Net::SMPP) as the ESME: one run binds, submits, collects responses and receipts,
// unbinds and exits. Its printed lines are parsed into values a test can assert on.
import { runChild } from './processes.js';
import { peerScript } from './tools.js';

export interface PerlClientOptions {
  port: number;
  systemId?: string;
  password?: string;
  bind?: 'trx' | 'tx';
  tls?: boolean;
  /** Seconds to wait for responses and receipts after the last submit. */
  wait?: number;
  expectDlr?: number;
  /** Own messages (the script's JSON keys); without them the built-in suite is sent. */
  msgs?: object[];
  enquire?: boolean;
}

export interface ClientSubmit {
  n: number;
  seq: number;
  dc: number;
  esm: number;
  smHex: string;
}

export interface ClientResponse {
  n: number;
  seq: number;
  status: number;
  messageId: string;
}

export interface ClientDeliver {
  seq: number;
  kind: 'DLR' | 'MO';
  smHex: string;
  text: string;
  receiptedMessageId?: string;
  messageState?: number;
}

export interface PerlClientRun {
  code: number | null;
  timedOut: boolean;
  output: string;
  tls?: string;
  bindStatus?: number;
  submits: ClientSubmit[];
  responses: ClientResponse[];
  delivers: ClientDeliver[];
  enquireLinkResps: number[];
  summary?: { submitted: number; ok: number; failed: number; deliver_sm: number; dlr: number };
}

export async function runPerlClient(o: PerlClientOptions): Promise<PerlClientRun> {
  const wait = o.wait ?? 5;
  const args = ['--host', '127.0.0.1', '--port', String(o.port), '--system-id', o.systemId ?? 'emr', '--password', o.password ?? 'emrpass'];
  args.push('--bind', o.bind ?? 'trx', '--wait', String(wait));
  if (o.expectDlr) args.push('--expect-dlr', String(o.expectDlr));
  if (o.tls) args.push('--tls');
  if (o.enquire) args.push('--enquire');
  for (const m of o.msgs ?? []) args.push('--msg', JSON.stringify(m));
  // Bind (≤10 s) + wait + unbind (≤3 s), with room to spare; then it is killed.
  const r = await runChild(peerScript('netsmpp-client.pl'), args, (wait + 20) * 1000);
  const output = r.stdout + (r.stderr ? `\n[stderr]\n${r.stderr}` : '');
  return { code: r.code, timedOut: r.timedOut, output, ...parseClientOutput(r.stdout) };
}

export function parseClientOutput(text: string): Omit<PerlClientRun, 'code' | 'timedOut' | 'output'> {
  const run: Omit<PerlClientRun, 'code' | 'timedOut' | 'output'> = { submits: [], responses: [], delivers: [], enquireLinkResps: [] };
  for (const line of text.split('\n')) {
    let m: RegExpMatchArray | null;
    if ((m = line.match(/^TLS: (.*)$/))) run.tls = m[1]!;
    else if ((m = line.match(/^bind_\w+_resp status=0x([0-9a-f]{8})/))) run.bindStatus = parseInt(m[1]!, 16);
    else if ((m = line.match(/^submit #(\d+) seq=(\d+) dc=0x([0-9a-f]+) esm=0x([0-9a-f]+) sm=([0-9a-f]*)/))) {
      run.submits.push({ n: +m[1]!, seq: +m[2]!, dc: parseInt(m[3]!, 16), esm: parseInt(m[4]!, 16), smHex: m[5]! });
    } else if ((m = line.match(/^submit_sm_resp #(\d+) seq=(\d+) command_status=0x([0-9a-f]{8}) \(\S+\) message_id=(\S*)/))) {
      run.responses.push({ n: +m[1]!, seq: +m[2]!, status: parseInt(m[3]!, 16), messageId: m[4]! });
    } else if ((m = line.match(/^deliver_sm seq=(\d+) (DLR|MO) .* sm=([0-9a-f]*) text='(.*)'(?: receipted_message_id=(\S+))?(?: message_state=(\d+))?$/))) {
      run.delivers.push({
        seq: +m[1]!,
        kind: m[2] as 'DLR' | 'MO',
        smHex: m[3]!,
        text: m[4]!,
        ...(m[5] !== undefined ? { receiptedMessageId: m[5] } : {}),
        ...(m[6] !== undefined ? { messageState: +m[6] } : {}),
      });
    } else if ((m = line.match(/^enquire_link_resp seq=\d+ status=0x([0-9a-f]{8})/))) run.enquireLinkResps.push(parseInt(m[1]!, 16));
    else if ((m = line.match(/^SUMMARY submitted=(\d+) ok=(\d+) failed=(\d+) deliver_sm=(\d+) dlr=(\d+)/))) {
      run.summary = { submitted: +m[1]!, ok: +m[2]!, failed: +m[3]!, deliver_sm: +m[4]!, dlr: +m[5]! };
    }
  }
  return run;
}
