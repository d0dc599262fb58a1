// The part of the `smpp` package (node-smpp 0.5.1, CommonJS, untyped) that phiwall uses:
// its PDU codec in the carrier simulator, its client in tests and demos.
declare module 'smpp' {
  import type { EventEmitter } from 'node:events';
  import type { Socket } from 'node:net';

  namespace smpp {
    /** Header fields plus each decoded field under its spec name; unknown TLVs under their numeric tag. */
    class PDU {
      constructor(command: string, options?: Record<string, unknown>);
      command: string;
      command_id: number;
      command_status: number;
      sequence_number: number;
      command_length: number;
      [field: string]: unknown;
      isResponse(): boolean;
      response(options?: Record<string, unknown>): PDU;
      /** Throws on some inputs (e.g. a decoded UDH message, or text with data_coding 4). */
      toBuffer(): Buffer;
      fromBuffer(buffer: Buffer): void;
      static maxLength: number;
    }

    type ResponseCallback = (pdu: PDU) => void;
    type Fields = Record<string, unknown>;

    interface Session extends EventEmitter {
      socket: Socket;
      send(pdu: PDU, responseCallback?: ResponseCallback, sendCallback?: ResponseCallback): boolean;
      bind_transmitter(fields: Fields, responseCallback?: ResponseCallback): boolean;
      bind_receiver(fields: Fields, responseCallback?: ResponseCallback): boolean;
      bind_transceiver(fields: Fields, responseCallback?: ResponseCallback): boolean;
      submit_sm(fields: Fields, responseCallback?: ResponseCallback): boolean;
      submit_multi(fields: Fields, responseCallback?: ResponseCallback): boolean;
      data_sm(fields: Fields, responseCallback?: ResponseCallback): boolean;
      enquire_link(fields: Fields, responseCallback?: ResponseCallback): boolean;
      unbind(fields: Fields, responseCallback?: ResponseCallback): boolean;
      close(callback?: () => void): void;
      destroy(callback?: () => void): void;
    }

    interface ConnectOptions {
      host?: string;
      port?: number;
      tls?: boolean;
      ca?: string | Buffer;
      cert?: string | Buffer;
      key?: string | Buffer;
      servername?: string;
      rejectUnauthorized?: boolean;
      auto_enquire_link_period?: number;
    }

    function connect(options: ConnectOptions, listener?: () => void): Session;

    /** GSM 03.38 unpacked septets; `table` 0 is the default alphabet. */
    const gsmCoder: {
      encode(text: string, table: number): Buffer;
      decode(bytes: Uint8Array, table: number): string;
    };
    /** `ASCII` is the package's (misleading) name for the GSM 03.38 default alphabet. */
    const encodings: { ASCII: { match(text: string): boolean } };
  }

  export = smpp;
}
