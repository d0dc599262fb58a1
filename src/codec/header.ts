// SMPP 3.4 §3.2 PDU header: four big-endian unsigned 32-bit integers.
import { Cmd } from './commands.js';

export const HEADER_LENGTH = 16;

export interface PduHeader {
  command_length: number;
  command_id: number;
  command_status: number;
  sequence_number: number;
}

/** Reads the header of a whole frame (the framer guarantees at least 16 bytes). */
export function readHeader(frame: Buffer): PduHeader {
  return {
    command_length: frame.readUInt32BE(0),
    command_id: frame.readUInt32BE(4),
    command_status: frame.readUInt32BE(8),
    sequence_number: frame.readUInt32BE(12),
  };
}

/** A copy of the frame with another sequence number; the body is untouched (byte-identical relay). */
export function withSequence(frame: Buffer, sequence_number: number): Buffer {
  const out = Buffer.allocUnsafe(frame.length);
  frame.copy(out, 0, 0, frame.length);
  out.writeUInt32BE(sequence_number >>> 0, 12);
  return out;
}

export function buildPdu(command_id: number, command_status: number, sequence_number: number, body?: Buffer): Buffer {
  const bodyLength = body === undefined ? 0 : body.length;
  const out = Buffer.allocUnsafe(HEADER_LENGTH + bodyLength);
  out.writeUInt32BE(HEADER_LENGTH + bodyLength, 0);
  out.writeUInt32BE(command_id >>> 0, 4);
  out.writeUInt32BE(command_status >>> 0, 8);
  out.writeUInt32BE(sequence_number >>> 0, 12);
  if (body !== undefined) body.copy(out, HEADER_LENGTH);
  return out;
}

// SMPP 3.4 §4.3.1: generic_nack has no body.
export function genericNack(command_status: number, sequence_number: number): Buffer {
  return buildPdu(Cmd.generic_nack, command_status, sequence_number);
}
