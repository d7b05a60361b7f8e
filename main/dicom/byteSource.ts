import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { DicomParseError } from './parseError.js';

/**
 * Random access to the bytes of one object's stream. Offsets are stream offsets: file offsets for files, offsets
 * into the inflated data for deflated files. Returned arrays must not be modified.
 */
export interface ByteSource {
  readonly size: number;
  read(offset: number, length: number): Uint8Array;
  /**
   * Fills `target` with the bytes from `offset` on, for copying large values through one buffer: a fresh buffer
   * for every chunk of a gigabyte of pixel data costs a page fault per 4 KiB.
   */
  readInto?(offset: number, target: Uint8Array): void;
  close(): void;
}

export class BufferByteSource implements ByteSource {
  constructor(private readonly buffer: Uint8Array) {}
  get size(): number {
    return this.buffer.length;
  }
  read(offset: number, length: number): Uint8Array {
    if (offset < 0 || offset + length > this.buffer.length) {
      throw new DicomParseError('truncated', `needs ${length} bytes but the data ends`, offset);
    }
    return this.buffer.subarray(offset, offset + length);
  }
  close(): void {}
}

/**
 * Reads a file through a small window so that a header can be parsed without loading the file: memory stays
 * bounded by the window and the values the caller keeps, whatever the file's size. The file is opened read-only
 * and never written.
 */
export class FileByteSource implements ByteSource {
  private readonly fd: number;
  readonly size: number;
  private window: Uint8Array = new Uint8Array(0);
  private windowStart = 0;
  private closed = false;

  constructor(
    readonly path: string,
    private readonly windowSize = 64 * 1024,
  ) {
    this.fd = openSync(path, 'r');
    this.size = fstatSync(this.fd).size;
  }

  read(offset: number, length: number): Uint8Array {
    if (offset < 0 || length < 0 || offset + length > this.size) {
      throw new DicomParseError('truncated', `needs ${length} bytes but the file ends at ${this.size}`, offset);
    }
    const start = offset - this.windowStart;
    if (start >= 0 && start + length <= this.window.length) return this.window.subarray(start, start + length);
    if (length >= this.windowSize) return this.readExact(offset, length);
    // A fresh buffer each time: earlier subarrays handed out stay valid.
    const size = Math.min(this.windowSize, this.size - offset);
    this.window = this.readExact(offset, size);
    this.windowStart = offset;
    return this.window.subarray(0, length);
  }

  readInto(offset: number, target: Uint8Array): void {
    const length = target.length;
    if (offset < 0 || offset + length > this.size) {
      throw new DicomParseError('truncated', `needs ${length} bytes but the file ends at ${this.size}`, offset);
    }
    let done = 0;
    while (done < length) {
      const n = readSync(this.fd, target, done, length - done, offset + done);
      if (n === 0) throw new DicomParseError('truncated', `the file ended while reading ${length} bytes`, offset + done);
      done += n;
    }
  }

  /**
   * A plain Uint8Array, not a Buffer: every value and header the parser takes is a view of it, and a view of a
   * Buffer is a Buffer, which costs more to make.
   */
  private readExact(offset: number, length: number): Uint8Array {
    const bytes = new Uint8Array(length);
    this.readInto(offset, bytes);
    return bytes;
  }

  /**
   * Closes the file once; later calls do nothing. A deflated file is closed as soon as its data set is inflated,
   * and a parse error after that closes it again on the way out: closing the descriptor a second time threw EBADF
   * in place of the parse error, or (once the number was reused by a file opened since, on any thread) closed
   * someone else's file.
   */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    closeSync(this.fd);
  }
}
