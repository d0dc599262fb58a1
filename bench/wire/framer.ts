// Splits a byte stream into SMPP PDUs. SMPP 3.4 §3.2: command_length is the first field and counts the whole PDU.
// A PDU lying inside one chunk is handed over in place (no copy); only a PDU split across chunks is joined.

/** Receives one PDU: `buf[start .. start + length)`. Valid only during the call. */
export type PduHandler = (buf: Buffer, start: number, length: number) => void;

export const HEADER_LENGTH = 16;

export class PduFramer {
  private rest: Buffer | undefined;

  constructor(
    private readonly onPdu: PduHandler,
    private readonly maxPdu = 65_536,
  ) {}

  /** Feeds one chunk. Returns false when the stream is not SMPP (impossible length): close the connection. */
  push(chunk: Buffer): boolean {
    let buf = chunk;
    if (this.rest) {
      buf = Buffer.concat([this.rest, chunk]);
      this.rest = undefined;
    }
    const end = buf.length;
    let off = 0;
    while (end - off >= 4) {
      const len = buf.readUInt32BE(off);
      if (len < HEADER_LENGTH || len > this.maxPdu) return false;
      if (end - off < len) break;
      this.onPdu(buf, off, len);
      off += len;
    }
    // Copy the tail so the (possibly large) chunk it came from can be freed.
    if (off < end) this.rest = Buffer.from(buf.subarray(off));
    return true;
  }
}
