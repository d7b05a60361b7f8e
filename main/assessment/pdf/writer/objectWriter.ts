import { deflateSync } from 'node:zlib';
import { name, PdfRef, serialize, type PdfDictionary, type PdfValue } from './pdfSyntax.js';

/**
 * The file body of a PDF (ISO 32000-1 7.5): numbered objects, each written once, then the cross-reference table
 * and trailer. Streams are compressed with Flate; everything is written in the order given, so the same calls
 * give the same bytes.
 */
export class ObjectWriter {
  private readonly chunks: Buffer[] = [];
  private length = 0;
  private readonly offsets: number[] = [];
  private next = 1;

  constructor(version: string) {
    // The comment of four bytes above 127 tells transfer programs that the file is binary (7.5.2).
    this.append(Buffer.from(`%PDF-${version}\n%\u00e2\u00e3\u00cf\u00d3\n`, 'latin1'));
  }

  allocate(): PdfRef {
    return new PdfRef(this.next++);
  }

  object(ref: PdfRef, value: PdfValue): void {
    this.begin(ref);
    this.append(Buffer.from(`${serialize(value)}\nendobj\n`, 'latin1'));
  }

  /** A stream, Flate-compressed; `dictionary` gives the entries besides Length and Filter. */
  stream(ref: PdfRef, dictionary: PdfDictionary, data: Uint8Array): void {
    const packed = deflateSync(data);
    this.begin(ref);
    this.append(Buffer.from(`${serialize({ ...dictionary, Length: packed.length, Filter: name('FlateDecode') })}\nstream\n`, 'latin1'));
    this.append(packed);
    this.append(Buffer.from('\nendstream\nendobj\n', 'latin1'));
  }

  /** The cross-reference table and trailer; the whole file. */
  finish(trailer: PdfDictionary): Uint8Array {
    const start = this.length;
    const entries = [`xref\n0 ${this.next}\n`, '0000000000 65535 f \n'];
    for (let id = 1; id < this.next; id++) {
      const offset = this.offsets[id];
      if (offset === undefined) throw new Error(`PDF object ${id} was allocated but never written`);
      entries.push(`${String(offset).padStart(10, '0')} 00000 n \n`);
    }
    this.append(Buffer.from(`${entries.join('')}trailer\n${serialize({ Size: this.next, ...trailer })}\nstartxref\n${start}\n%%EOF\n`, 'latin1'));
    return new Uint8Array(Buffer.concat(this.chunks, this.length));
  }

  private begin(ref: PdfRef): void {
    if (this.offsets[ref.id] !== undefined) throw new Error(`PDF object ${ref.id} written twice`);
    this.offsets[ref.id] = this.length;
    this.append(Buffer.from(`${ref.id} 0 obj\n`, 'latin1'));
  }

  private append(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.length += chunk.length;
  }
}
