// Cuts a TCP byte stream into whole PDUs (SMPP 3.4 §3.2: command_length counts the whole PDU, header included).
// Zero-copy: a PDU that lies inside one chunk is handed out as a subarray view of that chunk. Only a PDU that
// straddles chunks is copied, into a buffer of its own that is never reused.
import { HEADER_LENGTH } from './header.js';

export const DEFAULT_MAX_PDU = 65536;

export interface FramerError {
  code: 'invalid-length';
  commandLength: number;
  sequenceNumber?: number;
}

export class Framer {
  private readonly maxLength: number;
  /** The first bytes of a PDU that straddles chunks; sized to the PDU once its header is in. */
  private partial: Buffer = Buffer.allocUnsafe(HEADER_LENGTH);
  private have = 0;
  private need = 0; // command_length of the partial PDU, 0 while its header is incomplete
  private error: FramerError | undefined;

  constructor(maxLength: number = DEFAULT_MAX_PDU) {
    this.maxLength = maxLength;
  }

  /** Bytes held waiting for the rest of a PDU. */
  get buffered(): number {
    return this.have;
  }

  /**
   * Calls onPdu for every whole PDU in the stream so far (onPdu must not throw). The length is validated once
   * the 16-byte header is in, so an error always carries the sequence number, however TCP split the header.
   * After an error the stream cannot be delimited any more: the framer stays poisoned.
   */
  push(chunk: Buffer, onPdu: (frame: Buffer) => void): FramerError | undefined {
    if (this.error !== undefined) return this.error;
    let off = 0;
    const size = chunk.length;
    if (this.have > 0) {
      off = this.fill(chunk, onPdu);
      if (off < 0) return this.error;
    }
    while (size - off >= HEADER_LENGTH) {
      const length = chunk.readUInt32BE(off);
      if (length < HEADER_LENGTH || length > this.maxLength) {
        return this.fail(length, chunk.readUInt32BE(off + 12));
      }
      if (size - off < length) break;
      const start = off;
      off += length;
      onPdu(chunk.subarray(start, off));
    }
    if (off < size) {
      // Copy the tail: the caller may reuse its chunk buffer once push returns.
      if (size - off >= HEADER_LENGTH) this.startPdu(chunk.readUInt32BE(off));
      chunk.copy(this.partial, 0, off, size);
      this.have = size - off;
    }
    return undefined;
  }

  /** Completes the partial PDU from the head of chunk. Returns the offset reached, or -1 on error. */
  private fill(chunk: Buffer, onPdu: (frame: Buffer) => void): number {
    let off = 0;
    if (this.need === 0) {
      const take = Math.min(HEADER_LENGTH - this.have, chunk.length);
      chunk.copy(this.partial, this.have, 0, take);
      this.have += take;
      off = take;
      if (this.have < HEADER_LENGTH) return off;
      const length = this.partial.readUInt32BE(0);
      if (length < HEADER_LENGTH || length > this.maxLength) {
        this.fail(length, this.partial.readUInt32BE(12));
        return -1;
      }
      const header = this.partial;
      this.startPdu(length);
      header.copy(this.partial, 0, 0, HEADER_LENGTH);
    }
    const take = Math.min(this.need - this.have, chunk.length - off);
    chunk.copy(this.partial, this.have, off, off + take);
    this.have += take;
    off += take;
    if (this.have === this.need) {
      const frame = this.partial;
      this.partial = Buffer.allocUnsafe(HEADER_LENGTH);
      this.have = 0;
      this.need = 0;
      onPdu(frame);
    }
    return off;
  }

  /** Sizes the partial buffer for a PDU whose (already validated) length is known. */
  private startPdu(length: number): void {
    this.need = length;
    this.partial = Buffer.allocUnsafe(length);
  }

  private fail(commandLength: number, sequenceNumber: number): FramerError {
    this.error = { code: 'invalid-length', commandLength, sequenceNumber };
    this.have = 0;
    this.need = 0;
    return this.error;
  }
}
