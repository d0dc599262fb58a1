import type { Logger } from 'pino';

/** Delivery receipt `stat:` values (SMPP 3.4 Appendix B) with their message_state TLV values (§5.2.28). */
export const MessageState = {
  ENROUTE: 1,
  DELIVRD: 2,
  EXPIRED: 3,
  DELETED: 4,
  UNDELIV: 5,
  ACCEPTD: 6,
  UNKNOWN: 7,
  REJECTD: 8,
} as const;
export type ReceiptStatus = keyof typeof MessageState;

export interface CarrierSimulatorOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** PEM; when set the simulator speaks SMPP over TLS. */
  tls?: { cert: string; key: string };
  /** When set, binds must present this system_id (else ESME_RINVSYSID). */
  systemId?: string;
  /** When set, binds must present this password (else ESME_RINVPASWD). */
  password?: string;
  /** Delay before a requested delivery receipt is sent. Default 0. */
  receiptDelayMs?: number;
  /** Default DELIVRD. */
  receiptStatus?: ReceiptStatus;
  /** Destinations that the carrier refuses at submit time with failStatus. */
  failDestinations?: RegExp;
  /** command_status for refused destinations. Default ESME_RSUBMITFAIL (0x45). */
  failStatus?: number;
  /** message_id style: 1, 2, 3 … (default) or 16 hex digits. */
  idFormat?: 'decimal' | 'hex';
  /** Text of a mobile-originated message sent to each session that binds as receiver or transceiver. */
  moAfterBind?: string;
  /** How many arrivals `received` keeps (oldest dropped first). Default 1000; 0 keeps none. */
  maxReceived?: number;
  log: Logger;
}

/** What arrived at the carrier, for tests. PDU fields keep their SMPP names and raw bytes. */
export interface ReceivedMessage {
  command: 'submit_sm' | 'data_sm' | 'submit_multi';
  /** The simulator's id for the connection it came on. */
  sessionId: number;
  system_id: string;
  /** Undefined when the submit was refused. */
  message_id: string | undefined;
  command_status: number;
  source_addr: string;
  /** One entry for submit_sm/data_sm; every SME address of a submit_multi. */
  destinations: string[];
  esm_class: number;
  registered_delivery: number;
  data_coding: number;
  /** short_message as sent (empty for data_sm). */
  short_message: Buffer;
  /** The message_payload TLV, when present. */
  message_payload: Buffer | undefined;
  /** The user data header, when esm_class has UDHI set. */
  udh: Buffer | undefined;
  /** The text decoded by data_coding (UDH removed); undefined for binary codings. */
  text: string | undefined;
  /** The whole PDU as received. */
  raw: Buffer;
}

/** A mobile-originated message (deliver_sm) from the simulated network to a bound ESME. */
export interface MoOptions {
  from: string;
  to: string;
  /** Encoded as GSM 03.38 (data_coding 0) when it fits that alphabet, else UCS-2 (8). */
  text?: string;
  /** Raw user data instead of text, sent with `dataCoding` (default 4, binary). */
  data?: Buffer;
  dataCoding?: number;
  esmClass?: number;
  /** Deliver to a session bound with this system_id; default any receiving session. */
  systemId?: string;
}

export interface CarrierSimulator {
  readonly port: number;
  /** The last `maxReceived` arrivals, oldest first. */
  readonly received: ReceivedMessage[];
  /** Open connections. */
  readonly sessions: number;
  /** Sends an MO; false when no receiving session is bound (nothing is queued). */
  sendMo(opts: MoOptions): boolean;
  close(): Promise<void>;
}
