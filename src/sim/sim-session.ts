import type { Socket } from 'node:net';
import type { Logger } from 'pino';
import { Cmd, commandName, isResponse, responseOf } from '../codec/commands.js';
import { Status } from '../codec/status.js';
import { FrameReader } from './frame-reader.js';
import { decodePdu, encodePdu, genericNack, headerOnly, type SimPdu } from './pdu.js';

export type BindType = 'transmitter' | 'receiver' | 'transceiver';

const BIND_TYPES: Partial<Record<number, BindType>> = {
  [Cmd.bind_transmitter]: 'transmitter',
  [Cmd.bind_receiver]: 'receiver',
  [Cmd.bind_transceiver]: 'transceiver',
};

const MESSAGE_COMMANDS = new Set<number>([Cmd.submit_sm, Cmd.data_sm, Cmd.submit_multi]);

// Known requests the simulator does not implement, answered with the failure their response defines.
const REFUSED: Partial<Record<number, number>> = {
  [Cmd.query_sm]: Status.ESME_RQUERYFAIL,
  [Cmd.cancel_sm]: Status.ESME_RCANCELFAIL,
  [Cmd.replace_sm]: Status.ESME_RREPLACEFAIL,
};

/** What a session needs from the carrier it belongs to. */
export interface SessionHost {
  readonly log: Logger;
  /** ESME_ROK, or why the bind is refused. */
  bindStatus(systemId: string, password: string): number;
  bound(session: SimSession): void;
  /** Handles submit_sm / data_sm / submit_multi; returns the encoded response. */
  message(session: SimSession, pdu: SimPdu, raw: Buffer): Buffer;
  closed(session: SimSession): void;
}

/** One ESME connection: framing, bind state, enquire_link, unbind; messages go to the host. */
export class SimSession {
  systemId = '';
  bindType: BindType | undefined;
  private readonly reader = new FrameReader(16_384);
  private closed = false;
  private sequence = 0;

  constructor(
    readonly id: number,
    private readonly socket: Socket,
    private readonly host: SessionHost,
  ) {
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('error', (err: NodeJS.ErrnoException) => host.log.debug({ session: id, code: err.code }, 'sim connection error'));
    socket.on('close', () => {
      this.closed = true;
      host.closed(this);
    });
  }

  get canReceive(): boolean {
    return this.bindType === 'receiver' || this.bindType === 'transceiver';
  }

  get canTransmit(): boolean {
    return this.bindType === 'transmitter' || this.bindType === 'transceiver';
  }

  /** sequence_number for a request the carrier originates (deliver_sm). SMPP 3.4 §3.2: 1 … 0x7FFFFFFF. */
  nextSequence(): number {
    this.sequence = this.sequence >= 0x7fffffff ? 1 : this.sequence + 1;
    return this.sequence;
  }

  get isOpen(): boolean {
    return !this.closed && !this.socket.destroyed;
  }

  send(bytes: Buffer): boolean {
    if (this.closed || this.socket.destroyed) return false;
    this.socket.write(bytes);
    return true;
  }

  destroy(): void {
    this.socket.destroy();
  }

  private onData(chunk: Buffer): void {
    this.reader.push(chunk);
    for (let frame = this.reader.next(); frame && !this.closed; frame = this.reader.next()) {
      if (!frame.ok) {
        // No resynchronising after a bad length: say so and hang up. SMPP 3.4 §2.3.
        this.host.log.warn({ session: this.id, commandLength: frame.commandLength }, 'sim: invalid command_length, closing');
        this.send(genericNack(Status.ESME_RINVCMDLEN, this.reader.headSequence()));
        this.socket.end();
        this.closed = true;
        return;
      }
      try {
        this.onPdu(frame.pdu);
      } catch (err) {
        // Whatever the package or a handler throws stays inside this PDU.
        const seq = frame.pdu.readUInt32BE(12);
        this.host.log.error({ session: this.id, err: (err as Error).name }, 'sim: PDU handling failed');
        this.send(genericNack(Status.ESME_RSYSERR, seq));
      }
    }
  }

  private onPdu(raw: Buffer): void {
    const commandId = raw.readUInt32BE(4);
    const seq = raw.readUInt32BE(12);
    if (isResponse(commandId)) return; // deliver_sm_resp, enquire_link_resp, generic_nack: nothing to do
    if (commandName(commandId) === undefined) {
      this.send(genericNack(Status.ESME_RINVCMDID, seq));
      return;
    }
    if (commandId === Cmd.enquire_link) {
      this.send(headerOnly(Cmd.enquire_link_resp, Status.ESME_ROK, seq));
      return;
    }
    if (commandId === Cmd.unbind) {
      this.send(headerOnly(Cmd.unbind_resp, Status.ESME_ROK, seq));
      this.bindType = undefined;
      this.socket.end();
      this.closed = true; // SMPP 3.4 §4.2: nothing more is processed or sent after unbind
      return;
    }
    const bindType = BIND_TYPES[commandId];
    if (bindType) {
      this.onBind(bindType, commandId, raw, seq);
      return;
    }
    if (MESSAGE_COMMANDS.has(commandId)) {
      if (!this.canTransmit) {
        this.send(headerOnly(responseOf(commandId), Status.ESME_RINVBNDSTS, seq));
        return;
      }
      const pdu = decodePdu(raw);
      this.send(pdu ? this.host.message(this, pdu, raw) : headerOnly(responseOf(commandId), Status.ESME_RSYSERR, seq));
      return;
    }
    const refusal = REFUSED[commandId];
    this.send(refusal !== undefined ? headerOnly(responseOf(commandId), refusal, seq) : genericNack(Status.ESME_RINVCMDID, seq));
  }

  private onBind(bindType: BindType, commandId: number, raw: Buffer, seq: number): void {
    const respId = responseOf(commandId);
    if (this.bindType) {
      this.send(headerOnly(respId, Status.ESME_RALYBND, seq));
      return;
    }
    const pdu = decodePdu(raw);
    const systemId = typeof pdu?.system_id === 'string' ? pdu.system_id : undefined;
    const password = typeof pdu?.password === 'string' ? pdu.password : '';
    const status = systemId === undefined ? Status.ESME_RBINDFAIL : this.host.bindStatus(systemId, password);
    if (status !== Status.ESME_ROK || systemId === undefined) {
      this.host.log.info({ session: this.id, status }, 'sim: bind refused');
      this.send(headerOnly(respId, status, seq));
      return;
    }
    const resp = encodePdu(commandName(respId)!, {
      sequence_number: seq,
      system_id: 'phiwall-sim',
      sc_interface_version: 0x34,
    });
    this.send(resp ?? headerOnly(respId, Status.ESME_RSYSERR, seq));
    this.systemId = systemId;
    this.bindType = bindType;
    this.host.log.info({ session: this.id, systemId, bindType }, 'sim: bound');
    this.host.bound(this);
  }
}
