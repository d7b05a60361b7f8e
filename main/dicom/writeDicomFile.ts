import { randomBytes } from 'node:crypto';
import { closeSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import type { ByteSource } from './byteSource.js';
import type { DicomElement } from './dataset.js';
import { implicitVr, lookupTag } from './dictionary.js';
import type { OutputElement, OutputItem } from './outputDataset.js';
import { outputTag } from './outputDataset.js';
import { formatTag, isGroupLengthTag, ITEM, ITEM_DELIMITATION, SEQUENCE_DELIMITATION, UNDEFINED_LENGTH, type Tag } from './tag.js';
import { hasLongLength, isVr, paddingByte, swapUnit, type Vr } from './vr.js';

/** A value that cannot be written faithfully: the object fails with this reason; nothing is dropped silently. */
export class DicomWriteError extends Error {}

/**
 * Bytes go to a file descriptor: small ones (a header's elements) gathered in a buffer, large ones (pixel data)
 * straight from the caller's array, so that nothing large is copied or allocated per file.
 */
class FileSink {
  private readonly buffer = Buffer.allocUnsafe(64 << 10);
  private used = 0;
  written = 0;
  /** Bytes handed to the file system so far. */
  private onDisk = 0;

  constructor(
    private readonly fd: number,
    private readonly onPut?: (onDisk: number) => void,
  ) {}

  write(bytes: Uint8Array): void {
    if (bytes.length > this.buffer.length - this.used) this.flush();
    if (bytes.length >= DIRECT_WRITE) {
      this.flush();
      this.put(bytes);
    } else {
      this.buffer.set(bytes, this.used);
      this.used += bytes.length;
    }
    this.written += bytes.length;
  }

  flush(): void {
    if (this.used === 0) return;
    this.put(this.buffer.subarray(0, this.used));
    this.used = 0;
  }

  private put(bytes: Uint8Array): void {
    let done = 0;
    while (done < bytes.length) done += writeSync(this.fd, bytes, done, bytes.length - done);
    this.onDisk += bytes.length;
    this.onPut?.(this.onDisk);
  }
}

/** Writes at least this large skip the buffer. */
const DIRECT_WRITE = 16 << 10;

/**
 * The buffer large values are copied through (copyRange), shared by every writer in this thread: it is filled and
 * handed to the sink with no await in between, and the sink is done with it when `write` returns.
 */
let copyBuffer = new Uint8Array(0);
const COPY_CHUNK = 4 << 20;

const u16le = (v: number): Uint8Array => Uint8Array.of(v & 0xff, (v >>> 8) & 0xff);
const u32le = (v: number): Uint8Array => Uint8Array.of(v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff);

function headerBytes(tag: Tag, vr: Vr | undefined, length: number): Uint8Array {
  const g = tag >>> 16;
  const e = tag & 0xffff;
  if (vr === undefined) return Uint8Array.of(...u16le(g), ...u16le(e), ...u32le(length));
  const v = [vr.charCodeAt(0), vr.charCodeAt(1)];
  if (hasLongLength(vr)) return Uint8Array.of(...u16le(g), ...u16le(e), ...v, 0, 0, ...u32le(length));
  return Uint8Array.of(...u16le(g), ...u16le(e), ...v, ...u16le(length));
}

/** Swaps each `unit`-byte number in place (big endian source → little endian output). */
function swapInPlace(bytes: Uint8Array, unit: number): void {
  for (let o = 0; o + unit <= bytes.length; o += unit) {
    for (let i = 0, j = unit - 1; i < j; i++, j--) {
      const t = bytes[o + i]!;
      bytes[o + i] = bytes[o + j]!;
      bytes[o + j] = t;
    }
  }
}

/** The VR written for a copied source element: UN of a known tag takes its dictionary VR when that is unambiguous. */
function writtenVr(element: DicomElement, override?: Vr): Vr {
  if (override) return override;
  if (element.vr === 'UN') {
    const text = lookupTag(element.tag)?.vrText;
    if (text && isVr(text) && text !== 'SQ') return text;
    if (text && !isVr(text)) return implicitVr(element.tag, element.length);
  }
  return element.vr;
}

const even = (n: number): number => n + (n & 1);

/** PS3.5 6.2.2 Note: a value too long for a 16-bit length field in explicit VR is written as UN. */
const fitVr = (vr: Vr, length: number): Vr => (!hasLongLength(vr) && length > 0xfffe ? 'UN' : vr);

/** Serialises an output data set as Explicit VR Little Endian (encapsulated pixel data stays encapsulated). */
export class DatasetWriter {
  constructor(
    /** Takes the bytes, or a copy of them, before `write` returns: the caller may reuse the array afterwards. */
    private readonly sink: { write(bytes: Uint8Array): void },
    private readonly source: ByteSource | undefined,
  ) {}

  /** Encoded size of an element including its header (needed for defined-length sequences and items). */
  static sizeOf(element: OutputElement): number {
    switch (element.kind) {
      case 'source': {
        const src = element.element;
        if (src.items) {
          const items = src.items.map(toOutputItem);
          return DatasetWriter.sizeOf({ kind: 'sequence', tag: src.tag, items, undefinedLength: src.length === UNDEFINED_LENGTH });
        }
        if (src.fragments) {
          return 12 + src.fragments.reduce((n, f) => n + 8 + even(f.length), 0) + 8;
        }
        const vr = fitVr(writtenVr(src, element.vr), src.length);
        return (hasLongLength(vr) ? 12 : 8) + even(src.length);
      }
      case 'value': {
        const vr = fitVr(element.vr, element.bytes.length);
        return (hasLongLength(vr) ? 12 : 8) + even(element.bytes.length);
      }
      case 'streamed':
        return (hasLongLength(element.vr) ? 12 : 8) + even(element.length);
      case 'sequence':
        return 12 + element.items.reduce((n, item) => n + 8 + DatasetWriter.itemSize(item) + (item.undefinedLength ? 8 : 0), 0) + (element.undefinedLength ? 8 : 0);
      case 'encapsulated':
        return 12 + element.items.reduce((n, it) => n + 8 + even('source' in it ? it.source.length : it.bytes.length), 0) + 8;
      case 'streamed-encapsulated':
        throw new DicomWriteError(`${formatTag(element.tag)}: a streamed value has no size before it is written (top level only)`);
    }
  }

  private static itemSize(item: OutputItem): number {
    return item.elements.reduce((n, e) => n + DatasetWriter.sizeOf(e), 0);
  }

  async writeElements(elements: readonly OutputElement[]): Promise<void> {
    const sorted = [...elements].sort((a, b) => outputTag(a) - outputTag(b));
    for (let i = 1; i < sorted.length; i++) {
      if (outputTag(sorted[i]!) === outputTag(sorted[i - 1]!)) {
        throw new DicomWriteError(`element ${formatTag(outputTag(sorted[i]!))} occurs twice in one data set`);
      }
    }
    for (const element of sorted) await this.writeElement(element);
  }

  private async writeElement(element: OutputElement): Promise<void> {
    switch (element.kind) {
      case 'source':
        return this.writeSource(element.element, element.vr);
      case 'value': {
        const vr = fitVr(element.vr, element.bytes.length);
        this.sink.write(headerBytes(element.tag, vr, even(element.bytes.length)));
        this.sink.write(element.bytes);
        if (element.bytes.length & 1) this.sink.write(Uint8Array.of(paddingByte(element.vr)));
        return;
      }
      case 'streamed': {
        this.sink.write(headerBytes(element.tag, element.vr, even(element.length)));
        let total = 0;
        for await (const chunk of element.chunks()) {
          this.sink.write(chunk);
          total += chunk.length;
        }
        if (total !== element.length) {
          throw new DicomWriteError(`${formatTag(element.tag)}: produced ${total} bytes where ${element.length} were announced`);
        }
        if (total & 1) this.sink.write(Uint8Array.of(0));
        return;
      }
      case 'sequence':
        return this.writeSequence(element.tag, element.items, element.undefinedLength);
      case 'encapsulated': {
        this.sink.write(headerBytes(element.tag, 'OB', UNDEFINED_LENGTH));
        for (const item of element.items) {
          if ('source' in item) {
            this.sink.write(headerBytes(ITEM, undefined, even(item.source.length)));
            this.copyRange(item.source.valueOffset, item.source.length, 0);
            if (item.source.length & 1) this.sink.write(Uint8Array.of(0));
          } else {
            this.sink.write(headerBytes(ITEM, undefined, even(item.bytes.length)));
            this.sink.write(item.bytes);
            if (item.bytes.length & 1) this.sink.write(Uint8Array.of(0));
          }
        }
        this.sink.write(headerBytes(SEQUENCE_DELIMITATION, undefined, 0));
        return;
      }
      case 'streamed-encapsulated': {
        this.sink.write(headerBytes(element.tag, 'OB', UNDEFINED_LENGTH));
        this.sink.write(headerBytes(ITEM, undefined, 0)); // empty Basic Offset Table
        for await (const fragment of element.fragments()) {
          this.sink.write(headerBytes(ITEM, undefined, even(fragment.length)));
          this.sink.write(fragment);
          if (fragment.length & 1) this.sink.write(Uint8Array.of(0));
        }
        this.sink.write(headerBytes(SEQUENCE_DELIMITATION, undefined, 0));
        return;
      }
    }
  }

  private async writeSequence(tag: Tag, items: readonly OutputItem[], undefinedLength: boolean): Promise<void> {
    const length = undefinedLength
      ? UNDEFINED_LENGTH
      : items.reduce((n, item) => n + 8 + DatasetWriter.itemSize(item) + (item.undefinedLength ? 8 : 0), 0);
    this.sink.write(headerBytes(tag, 'SQ', length));
    for (const item of items) {
      this.sink.write(headerBytes(ITEM, undefined, item.undefinedLength ? UNDEFINED_LENGTH : DatasetWriter.itemSize(item)));
      await this.writeElements(item.elements);
      if (item.undefinedLength) this.sink.write(headerBytes(ITEM_DELIMITATION, undefined, 0));
    }
    if (undefinedLength) this.sink.write(headerBytes(SEQUENCE_DELIMITATION, undefined, 0));
  }

  private async writeSource(element: DicomElement, override: Vr | undefined): Promise<void> {
    if (element.items) {
      return this.writeSequence(element.tag, element.items.map(toOutputItem), element.length === UNDEFINED_LENGTH);
    }
    if (element.fragments) {
      return this.writeElement({ kind: 'encapsulated', tag: element.tag, items: element.fragments.map((f) => ({ source: f })) });
    }
    const vr = fitVr(writtenVr(element, override), element.length);
    this.sink.write(headerBytes(element.tag, vr, even(element.length)));
    const unit = element.littleEndian ? 0 : swapUnit(element.vr === 'UN' ? vr : element.vr);
    if (element.bytes) {
      let bytes: Uint8Array = element.bytes;
      if (unit) {
        bytes = Uint8Array.from(bytes);
        swapInPlace(bytes, unit);
      }
      this.sink.write(bytes);
    } else if (element.bulk) {
      this.copyRange(element.valueOffset, element.length, unit);
    }
    if (element.length & 1) this.sink.write(Uint8Array.of(paddingByte(vr)));
  }

  /**
   * Copies a large range from the source in chunks, converting byte order when `unit` is set. The chunks pass
   * through one buffer when the source can fill it (the sink has written a chunk before it returns).
   */
  private copyRange(offset: number, length: number, unit: number): void {
    const source = this.source;
    if (!source) throw new DicomWriteError('a source value was referenced without its source');
    for (let done = 0; done < length; done += COPY_CHUNK) {
      const n = Math.min(COPY_CHUNK, length - done);
      let bytes: Uint8Array;
      if (source.readInto) {
        if (copyBuffer.length < n) copyBuffer = new Uint8Array(Math.min(COPY_CHUNK, Math.max(n, 2 * copyBuffer.length)));
        bytes = copyBuffer.subarray(0, n);
        source.readInto(offset + done, bytes);
      } else {
        bytes = source.read(offset + done, n);
        if (unit) bytes = Uint8Array.from(bytes);
      }
      if (unit) swapInPlace(bytes, unit);
      this.sink.write(bytes);
    }
  }
}

/** A source item copied whole. */
export function toOutputItem(item: { elements: readonly DicomElement[]; length: number }): OutputItem {
  return {
    elements: item.elements.filter((e) => !isGroupLengthTag(e.tag)).map((element) => ({ kind: 'source', element })),
    undefinedLength: item.length === UNDEFINED_LENGTH,
  };
}

export interface WrittenFile {
  readonly path: string;
  readonly size: number;
}

/**
 * Told as a file is written, so that another thread can read it from the file system right behind the writer (the
 * export's SHA-256 of each output: digestFollower.ts). The file is written strictly in order, never rewritten.
 */
export interface WriteObserver {
  /** The file was created; `fd` is a read-only descriptor of it, which the observer now owns and must close. */
  opened(fd: number): number;
  /** The first `bytes` bytes of file `token` are in the file system. */
  written(token: number, bytes: number): void;
  /** The file is complete, `size` bytes, and renamed to `path`. */
  finished(token: number, path: string, size: number): void;
  /** Writing failed; the file is gone. */
  abandoned(token: number): void;
}

/**
 * Writes a Part 10 file atomically: 128-byte preamble, "DICM", the file meta group and the data set go to a
 * temporary name in the destination folder, which is renamed only when complete, so an interrupted export never
 * leaves a partial file under a final name. On failure the temporary file is removed.
 */
export async function writeDicomFile(
  path: string,
  meta: readonly OutputElement[],
  dataset: readonly OutputElement[],
  source: ByteSource | undefined,
  observer?: WriteObserver,
): Promise<WrittenFile> {
  const temp = `${path}.${randomBytes(6).toString('hex')}.partial`;
  const fd = openSync(temp, 'wx', 0o644);
  let closed = false;
  let token: number | undefined;
  try {
    // Opened here, before any rename, so that the observer reads this very file whatever happens to the name.
    if (observer) token = observer.opened(openSync(temp, 'r'));
    const sink = new FileSink(fd, token === undefined ? undefined : (onDisk) => observer!.written(token!, onDisk));
    sink.write(new Uint8Array(128));
    sink.write(Uint8Array.of(0x44, 0x49, 0x43, 0x4d));
    const metaWriter = new DatasetWriter(sink, undefined);
    const metaLength = meta.reduce((n, e) => n + DatasetWriter.sizeOf(e), 0);
    await metaWriter.writeElements([{ kind: 'value', tag: 0x00020000, vr: 'UL', bytes: u32le(metaLength) }, ...meta]);
    await new DatasetWriter(sink, source).writeElements(dataset);
    sink.flush();
    closeSync(fd);
    closed = true;
    renameSync(temp, path);
    if (token !== undefined) observer!.finished(token, path, sink.written);
    return { path, size: sink.written };
  } catch (error) {
    if (token !== undefined) observer!.abandoned(token);
    if (!closed) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
    throw error;
  }
}
