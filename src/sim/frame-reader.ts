/** A complete PDU, or a length that no valid PDU has (the stream cannot be resynchronised after it). */
export type Frame = { ok: true; pdu: Buffer } | { ok: false; commandLength: number };

// SMPP 3.4 §3.2: a PDU is at least its 16-octet header.
const HEADER_LENGTH = 16;

/** Cuts a TCP byte stream into PDUs by command_length. */
export class FrameReader {
  private buffer: Buffer = Buffer.alloc(0);
  private offset = 0;

  constructor(private readonly maxLength: number) {}

  push(chunk: Buffer): void {
    this.buffer = this.offset === this.buffer.length ? chunk : Buffer.concat([this.buffer.subarray(this.offset), chunk]);
    this.offset = 0;
  }

  /** The next frame, or undefined until more bytes arrive. */
  next(): Frame | undefined {
    const available = this.buffer.length - this.offset;
    if (available < 4) return undefined;
    const commandLength = this.buffer.readUInt32BE(this.offset);
    if (commandLength < HEADER_LENGTH || commandLength > this.maxLength) return { ok: false, commandLength };
    if (available < commandLength) return undefined;
    const pdu = this.buffer.subarray(this.offset, this.offset + commandLength);
    this.offset += commandLength;
    return { ok: true, pdu };
  }

  /** The sequence_number of the bytes at the head, when a whole header is there (for a generic_nack). */
  headSequence(): number {
    return this.buffer.length - this.offset >= HEADER_LENGTH ? this.buffer.readUInt32BE(this.offset + 12) : 0;
  }
}
