// A test ESME built on the smpp package's client, with promise helpers.
import smpp from 'smpp';

export type Pdu = smpp.PDU;

const WAIT_MS = 5000;

export class Esme {
  readonly delivered: Pdu[] = [];
  private waiters: Array<{ resolve: (pdu: Pdu) => void; reject: (err: Error) => void }> = [];
  closed = false;

  private constructor(readonly session: smpp.Session) {
    session.on('deliver_sm', (pdu: Pdu) => {
      session.send(pdu.response());
      const waiter = this.waiters.shift();
      if (waiter) waiter.resolve(pdu);
      else this.delivered.push(pdu);
    });
    session.on('error', () => undefined);
    session.on('close', () => (this.closed = true));
  }

  static connect(port: number, tls?: { ca: string; servername?: string }): Promise<Esme> {
    return new Promise((resolve, reject) => {
      const options: smpp.ConnectOptions = tls
        ? { host: '127.0.0.1', port, tls: true, ca: tls.ca, servername: tls.servername ?? 'localhost' }
        : { host: '127.0.0.1', port };
      const session = smpp.connect(options, () => resolve(new Esme(session)));
      session.once('error', reject);
    });
  }

  bind(kind: 'transmitter' | 'receiver' | 'transceiver', system_id = 'emr', password = 'secret'): Promise<Pdu> {
    return this.call((cb) => this.session[`bind_${kind}`]({ system_id, password }, cb));
  }

  submit(fields: Record<string, unknown>): Promise<Pdu> {
    return this.call((cb) => this.session.submit_sm(fields, cb));
  }

  call(send: (cb: (pdu: Pdu) => void) => void): Promise<Pdu> {
    return withTimeout(new Promise<Pdu>((resolve) => send(resolve)), 'response');
  }

  /** The next deliver_sm (already acknowledged). */
  nextDelivery(): Promise<Pdu> {
    const queued = this.delivered.shift();
    if (queued) return Promise.resolve(queued);
    return withTimeout(new Promise<Pdu>((resolve, reject) => this.waiters.push({ resolve, reject })), 'deliver_sm');
  }

  /** Closes the connection; deliveries still awaited fail (and stop their timers). */
  close(): Promise<void> {
    for (const w of this.waiters.splice(0)) w.reject(new Error('closed'));
    if (this.closed) return Promise.resolve();
    return new Promise((resolve) => this.session.destroy(() => resolve()));
  }
}

/** Guards against a hang, not a timing assertion. */
export function withTimeout<T>(p: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no ${what} within ${WAIT_MS} ms`)), WAIT_MS);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

/** `id:7 sub:001 ...` → { id: '7', stat: 'DELIVRD', ... } */
export function receiptFields(text: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const m of text.matchAll(/(id|sub|dlvrd|submit date|done date|stat|err|text):(\S*)/g)) fields[m[1]!] = m[2]!;
  return fields;
}

export function messageOf(pdu: Pdu): string {
  const sm = pdu.short_message as { message?: unknown } | undefined;
  return typeof sm?.message === 'string' ? sm.message : '';
}
