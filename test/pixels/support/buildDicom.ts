/**
 * Builds small DICOM Part 10 files in memory for pixel tests: Explicit VR Little Endian (or Big Endian) with the
 * Image Pixel module attributes, and native or encapsulated pixel data. Only what the pixel layer and the
 * reference tools need is written.
 */

export interface PixelFixture {
  rows: number;
  columns: number;
  samplesPerPixel?: 1 | 3;
  bitsAllocated: number;
  bitsStored?: number;
  highBit?: number;
  pixelRepresentation?: 0 | 1;
  photometric?: string;
  planarConfiguration?: 0 | 1;
  numberOfFrames?: number;
  /** Palette Color Lookup Table descriptors and data (PS3.3 C.7.6.3.1.5) for PALETTE COLOR fixtures. */
  palette?: { entries: number; bits: 8 | 16 };
}

export interface NativePixels {
  kind: 'native';
  /** The pixel data value bytes, already in the transfer syntax's byte order. */
  value: Uint8Array;
  /** Pixel data element: (7FE0,0010) OB/OW, (7FE0,0008) OF, (7FE0,0009) OD. */
  vr: 'OB' | 'OW' | 'OF' | 'OD';
}

export interface EncapsulatedPixels {
  kind: 'encapsulated';
  fragments: Uint8Array[];
  /** Basic Offset Table entries (bytes from the first fragment's item tag); empty for none. */
  basicOffsets?: number[];
  /** Write the Extended Offset Table (7FE0,0001) and lengths (7FE0,0002) for one fragment per frame. */
  extendedOffsets?: boolean;
}

const SECONDARY_CAPTURE = '1.2.840.10008.5.1.4.1.1.7';

class Writer {
  private chunks: Uint8Array[] = [];
  constructor(private readonly littleEndian: boolean) {}

  bytes(): Uint8Array {
    return Buffer.concat(this.chunks);
  }

  raw(bytes: Uint8Array): void {
    this.chunks.push(bytes);
  }

  private header(group: number, element: number, vr: string, length: number): void {
    const long = ['OB', 'OW', 'OF', 'OD', 'OV', 'OL', 'SQ', 'UN', 'UT', 'UC', 'UR'].includes(vr);
    const b = Buffer.alloc(long ? 12 : 8);
    const u16 = (v: number, at: number): void => void (this.littleEndian ? b.writeUInt16LE(v, at) : b.writeUInt16BE(v, at));
    u16(group, 0);
    u16(element, 2);
    b.write(vr, 4, 'latin1');
    if (long) {
      if (this.littleEndian) b.writeUInt32LE(length >>> 0, 8);
      else b.writeUInt32BE(length >>> 0, 8);
    } else u16(length, 6);
    this.chunks.push(b);
  }

  element(group: number, element: number, vr: string, value: Uint8Array): void {
    this.header(group, element, vr, value.length);
    this.chunks.push(value);
  }

  text(group: number, element: number, vr: string, text: string): void {
    const padded = text.length % 2 ? text + (vr === 'UI' ? '\0' : ' ') : text;
    this.element(group, element, vr, Buffer.from(padded, 'latin1'));
  }

  us(group: number, element: number, ...values: number[]): void {
    const b = Buffer.alloc(values.length * 2);
    values.forEach((v, i) => (this.littleEndian ? b.writeUInt16LE(v, i * 2) : b.writeUInt16BE(v, i * 2)));
    this.element(group, element, 'US', b);
  }

  undefinedLength(group: number, element: number, vr: string): void {
    this.header(group, element, vr, 0xffffffff);
  }

  item(value: Uint8Array): void {
    const b = Buffer.alloc(8);
    b.writeUInt16LE(0xfffe, 0);
    b.writeUInt16LE(0xe000, 2);
    b.writeUInt32LE(value.length, 4);
    this.chunks.push(b, value);
  }

  sequenceDelimiter(): void {
    this.chunks.push(Buffer.from([0xfe, 0xff, 0xdd, 0xe0, 0, 0, 0, 0]));
  }
}

/** The Part 10 file bytes for a fixture with the given transfer syntax and pixel data. */
export function buildDicom(fixture: PixelFixture, transferSyntax: string, pixels: NativePixels | EncapsulatedPixels): Uint8Array {
  const littleEndian = transferSyntax !== '1.2.840.10008.1.2.2';
  const meta = new Writer(true);
  meta.element(0x0002, 0x0001, 'OB', Uint8Array.from([0, 1]));
  meta.text(0x0002, 0x0002, 'UI', SECONDARY_CAPTURE);
  meta.text(0x0002, 0x0003, 'UI', '1.2.826.0.1.3680043.10.1234.1');
  meta.text(0x0002, 0x0010, 'UI', transferSyntax);
  meta.text(0x0002, 0x0012, 'UI', '1.2.826.0.1.3680043.10.1234');
  const metaBytes = meta.bytes();
  const groupLength = Buffer.alloc(4);
  groupLength.writeUInt32LE(metaBytes.length);

  const head = new Writer(true);
  head.raw(Buffer.alloc(128));
  head.raw(Buffer.from('DICM', 'latin1'));
  head.element(0x0002, 0x0000, 'UL', groupLength);
  head.raw(metaBytes);

  const ds = new Writer(littleEndian);
  const spp = fixture.samplesPerPixel ?? 1;
  const bitsStored = fixture.bitsStored ?? fixture.bitsAllocated;
  const float = pixels.kind === 'native' && (pixels.vr === 'OF' || pixels.vr === 'OD');
  ds.text(0x0008, 0x0016, 'UI', SECONDARY_CAPTURE);
  ds.text(0x0008, 0x0018, 'UI', '1.2.826.0.1.3680043.10.1234.1');
  ds.text(0x0008, 0x0060, 'CS', 'OT');
  ds.text(0x0010, 0x0010, 'PN', 'Fixture^Pixel');
  ds.us(0x0028, 0x0002, spp);
  ds.text(0x0028, 0x0004, 'CS', fixture.photometric ?? (spp === 3 ? 'RGB' : 'MONOCHROME2'));
  if (spp === 3) ds.us(0x0028, 0x0006, fixture.planarConfiguration ?? 0);
  if (fixture.numberOfFrames !== undefined) ds.text(0x0028, 0x0008, 'IS', String(fixture.numberOfFrames));
  ds.us(0x0028, 0x0010, fixture.rows);
  ds.us(0x0028, 0x0011, fixture.columns);
  ds.us(0x0028, 0x0100, fixture.bitsAllocated);
  if (!float) {
    ds.us(0x0028, 0x0101, bitsStored);
    ds.us(0x0028, 0x0102, fixture.highBit ?? bitsStored - 1);
    ds.us(0x0028, 0x0103, fixture.pixelRepresentation ?? 0);
  }
  if (fixture.palette) {
    const { entries, bits } = fixture.palette;
    for (const e of [0x1101, 0x1102, 0x1103]) ds.us(0x0028, e, entries === 65536 ? 0 : entries, 0, bits);
    for (const [k, e] of [0x1201, 0x1202, 0x1203].entries()) {
      const lut = Buffer.alloc(entries * 2);
      for (let i = 0; i < entries; i++) {
        const v = Math.round(((i * (k + 1)) % entries) * ((2 ** bits - 1) / (entries - 1)));
        if (littleEndian) lut.writeUInt16LE(v, i * 2);
        else lut.writeUInt16BE(v, i * 2);
      }
      ds.element(0x0028, e, 'OW', lut);
    }
  }
  if (pixels.kind === 'native') {
    const tag = pixels.vr === 'OF' ? 0x0008 : pixels.vr === 'OD' ? 0x0009 : 0x0010;
    const value = pixels.value.length % 2 ? Buffer.concat([pixels.value, Buffer.alloc(1)]) : pixels.value;
    ds.element(0x7fe0, tag, pixels.vr, value);
  } else {
    if (pixels.extendedOffsets) {
      const offsets = Buffer.alloc(pixels.fragments.length * 8);
      const lengths = Buffer.alloc(pixels.fragments.length * 8);
      let at = 0;
      pixels.fragments.forEach((f, i) => {
        offsets.writeBigUInt64LE(BigInt(at), i * 8);
        lengths.writeBigUInt64LE(BigInt(f.length), i * 8);
        at += 8 + f.length;
      });
      ds.element(0x7fe0, 0x0001, 'OV', offsets);
      ds.element(0x7fe0, 0x0002, 'OV', lengths);
    }
    ds.undefinedLength(0x7fe0, 0x0010, 'OB');
    const table = Buffer.alloc((pixels.basicOffsets ?? []).length * 4);
    (pixels.basicOffsets ?? []).forEach((o, i) => table.writeUInt32LE(o, i * 4));
    ds.item(table);
    for (const fragment of pixels.fragments) ds.item(fragment.length % 2 ? Buffer.concat([fragment, Buffer.alloc(1)]) : fragment);
    ds.sequenceDelimiter();
  }
  return Buffer.concat([head.bytes(), ds.bytes()]);
}

/** Native pixel data bytes for integer samples (colour-by-pixel order unless the caller arranged planes). */
export function nativeValue(samples: ArrayLike<number>, bitsAllocated: number, littleEndian = true): Uint8Array {
  const size = bitsAllocated / 8;
  const out = Buffer.alloc(samples.length * size);
  for (let i = 0; i < samples.length; i++) {
    const v = samples[i]!;
    if (size === 1) out[i] = v & 0xff;
    else if (size === 2 && littleEndian) out.writeUInt16LE(v & 0xffff, i * 2);
    else if (size === 2) out.writeUInt16BE(v & 0xffff, i * 2);
    else if (littleEndian) out.writeUInt32LE(v >>> 0, i * 4);
    else out.writeUInt32BE(v >>> 0, i * 4);
  }
  return out;
}

/** A deterministic pseudo-random generator (tests must be repeatable). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 0x100000000;
  };
}

/**
 * A smooth test image with edges and noise (what compressors meet in practice): values in [min, max] for
 * `frames` frames of rows × columns × samples, interleaved.
 */
export function testPattern(
  rows: number,
  columns: number,
  samples: number,
  frames: number,
  min: number,
  max: number,
  seed = 7,
): number[] {
  const random = seededRandom(seed);
  const out: number[] = [];
  const span = max - min;
  for (let f = 0; f < frames; f++) {
    for (let y = 0; y < rows; y++) {
      for (let x = 0; x < columns; x++) {
        for (let s = 0; s < samples; s++) {
          const wave = 0.5 + 0.35 * Math.sin((x + 3 * f + 7 * s) / 5) * Math.cos((y - 2 * s) / 7);
          const block = (x >> 3) % 2 === (y >> 3) % 2 ? 0.1 : -0.1;
          const noise = (random() - 0.5) * 0.1;
          const v = Math.round(min + span * Math.min(1, Math.max(0, wave + block + noise)));
          out.push(v);
        }
      }
    }
  }
  return out;
}
