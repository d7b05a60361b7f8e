/**
 * The parts of a TrueType font file (OpenType with `glyf` outlines) that setting simple left-to-right text and
 * embedding a subset need: the character map, advance widths, pair kerning from the `kern` table, the metrics a
 * PDF font descriptor states, and the raw tables. Only fonts shipped with Peitto are read (assets/fonts), but a
 * damaged file still fails with a clear error rather than reading out of bounds.
 */
export class FontFileError extends Error {
  constructor(file: string, problem: string) {
    super(`font ${file}: ${problem}`);
    this.name = 'FontFileError';
  }
}

interface TableRecord {
  readonly offset: number;
  readonly length: number;
}

export interface FontMetrics {
  readonly unitsPerEm: number;
  /** hhea ascender and descender, font units; the descender is negative. */
  readonly ascender: number;
  readonly descender: number;
  /** head xMin, yMin, xMax, yMax, font units. */
  readonly bbox: readonly [number, number, number, number];
  readonly capHeight: number;
  readonly italicAngle: number;
  readonly fixedPitch: boolean;
}

export class TrueTypeFont {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly metrics: FontMetrics;
  /** The PostScript name (name table ID 6), which the PDF's BaseFont repeats. */
  readonly postScriptName: string;
  readonly glyphCount: number;
  private readonly view: DataView;
  private readonly tables: ReadonlyMap<string, TableRecord>;
  private readonly cmap: ReadonlyMap<number, number>;
  private readonly advances: Uint16Array;
  private readonly kerning: ReadonlyMap<number, number>;
  private readonly longLoca: boolean;

  constructor(name: string, bytes: Uint8Array) {
    this.name = name;
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.tables = this.readDirectory();
    const head = this.table('head');
    const unitsPerEm = this.u16(head.offset + 18);
    if (unitsPerEm < 16 || unitsPerEm > 16384) this.fail(`head.unitsPerEm ${unitsPerEm} is out of range`);
    this.longLoca = this.i16(head.offset + 50) === 1;
    this.glyphCount = this.u16(this.table('maxp').offset + 4);
    const hhea = this.table('hhea');
    const os2 = this.tables.get('OS/2');
    const post = this.tables.get('post');
    this.metrics = {
      unitsPerEm,
      ascender: this.i16(hhea.offset + 4),
      descender: this.i16(hhea.offset + 6),
      bbox: [this.i16(head.offset + 36), this.i16(head.offset + 38), this.i16(head.offset + 40), this.i16(head.offset + 42)],
      // sCapHeight exists from OS/2 version 2 on; before that the ascender is the usual stand-in.
      capHeight: os2 && this.u16(os2.offset) >= 2 && os2.length >= 90 ? this.i16(os2.offset + 88) : this.i16(hhea.offset + 4),
      italicAngle: post ? this.view.getInt32(post.offset + 4) / 65536 : 0,
      fixedPitch: post ? this.view.getUint32(post.offset + 12) !== 0 : false,
    };
    this.advances = this.readAdvances(hhea.offset);
    this.cmap = this.readCmap();
    this.kerning = this.readKerning();
    this.postScriptName = this.readPostScriptName();
  }

  /** The glyph of a Unicode code point, or 0 (.notdef) when the font has none. */
  glyphOf(codePoint: number): number {
    return this.cmap.get(codePoint) ?? 0;
  }

  /** Advance width of a glyph, font units. */
  advanceOf(glyph: number): number {
    return this.advances[Math.min(glyph, this.advances.length - 1)] ?? 0;
  }

  /** Pair kerning between two glyphs, font units (negative brings them closer); 0 for most pairs. */
  kern(left: number, right: number): number {
    return this.kerning.get(left * 65536 + right) ?? 0;
  }

  /** A table's bytes, or undefined when the font has no such table. */
  tableBytes(tag: string): Uint8Array | undefined {
    const t = this.tables.get(tag);
    return t ? this.bytes.subarray(t.offset, t.offset + t.length) : undefined;
  }

  /** The outline data of one glyph in `glyf` (empty for glyphs without contours, such as the space). */
  glyphData(glyph: number): Uint8Array {
    if (glyph < 0 || glyph >= this.glyphCount) this.fail(`glyph ${glyph} does not exist`);
    const loca = this.table('loca');
    const glyf = this.table('glyf');
    const at = (i: number): number => (this.longLoca ? this.u32(loca.offset + 4 * i) : 2 * this.u16(loca.offset + 2 * i));
    const start = at(glyph);
    const end = at(glyph + 1);
    if (end < start || end > glyf.length) this.fail(`glyph ${glyph} lies outside the glyf table`);
    return this.bytes.subarray(glyf.offset + start, glyf.offset + end);
  }

  private readDirectory(): Map<string, TableRecord> {
    if (this.bytes.length < 12) this.fail('the file is too short for a font');
    const version = this.u32(0);
    if (version !== 0x00010000 && version !== 0x74727565) this.fail('not a TrueType font (only glyf outlines are embedded)');
    const count = this.u16(4);
    const tables = new Map<string, TableRecord>();
    for (let i = 0; i < count; i++) {
      const at = 12 + 16 * i;
      const tag = String.fromCharCode(...this.bytes.subarray(at, at + 4));
      const offset = this.u32(at + 8);
      const length = this.u32(at + 12);
      if (offset + length > this.bytes.length) this.fail(`table ${tag} runs past the end of the file`);
      tables.set(tag, { offset, length });
    }
    return tables;
  }

  private readAdvances(hheaOffset: number): Uint16Array {
    const hmtx = this.table('hmtx');
    const longMetrics = this.u16(hheaOffset + 34);
    if (longMetrics < 1 || longMetrics > this.glyphCount || 4 * longMetrics > hmtx.length) this.fail('hhea.numberOfHMetrics does not fit hmtx');
    const advances = new Uint16Array(this.glyphCount);
    for (let g = 0; g < this.glyphCount; g++) advances[g] = this.u16(hmtx.offset + 4 * Math.min(g, longMetrics - 1));
    return advances;
  }

  /**
   * Unicode cmap: format 12 (full range) when present, else format 4 (BMP). A font without a cmap (such as the
   * subsets embedded in PDFs, which are reached by glyph ID) maps nothing.
   */
  private readCmap(): Map<number, number> {
    const cmap = this.tables.get('cmap');
    if (!cmap) return new Map();
    const count = this.u16(cmap.offset + 2);
    let format4 = -1;
    let format12 = -1;
    for (let i = 0; i < count; i++) {
      const at = cmap.offset + 4 + 8 * i;
      const platform = this.u16(at);
      const encoding = this.u16(at + 2);
      const sub = cmap.offset + this.u32(at + 4);
      const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
      if (!unicode) continue;
      const format = this.u16(sub);
      if (format === 12 && format12 < 0) format12 = sub;
      if (format === 4 && format4 < 0) format4 = sub;
    }
    const map = new Map<number, number>();
    if (format12 >= 0) {
      const groups = this.u32(format12 + 12);
      for (let i = 0; i < groups; i++) {
        const at = format12 + 16 + 12 * i;
        const first = this.u32(at);
        const last = this.u32(at + 4);
        const glyph = this.u32(at + 8);
        if (last < first || last - first > 0x10ffff) this.fail('cmap format 12 has an impossible group');
        for (let c = first; c <= last; c++) map.set(c, glyph + c - first);
      }
      return map;
    }
    if (format4 < 0) this.fail('the font has no Unicode character map');
    const segments = this.u16(format4 + 6) / 2;
    const ends = format4 + 14;
    const starts = ends + 2 * segments + 2;
    const deltas = starts + 2 * segments;
    const ranges = deltas + 2 * segments;
    for (let s = 0; s < segments; s++) {
      const end = this.u16(ends + 2 * s);
      const start = this.u16(starts + 2 * s);
      const delta = this.u16(deltas + 2 * s);
      const rangeOffset = this.u16(ranges + 2 * s);
      for (let c = start; c <= end && c !== 0xffff; c++) {
        let glyph: number;
        if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
        else {
          const raw = this.u16(ranges + 2 * s + rangeOffset + 2 * (c - start));
          glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
        }
        if (glyph !== 0) map.set(c, glyph);
      }
    }
    return map;
  }

  /** Horizontal pairs of the legacy `kern` table (format 0 subtables), which DejaVu carries beside GPOS. */
  private readKerning(): Map<number, number> {
    const pairs = new Map<number, number>();
    const kern = this.tables.get('kern');
    if (!kern || this.u16(kern.offset) !== 0) return pairs;
    let at = kern.offset + 4;
    for (let t = this.u16(kern.offset + 2); t > 0; t--) {
      const length = this.u16(at + 2);
      const coverage = this.u16(at + 4);
      // Format 0, horizontal, not minimum values, not cross-stream.
      if (coverage >> 8 === 0 && (coverage & 0x7) === 1) {
        const n = this.u16(at + 6);
        for (let i = 0; i < n; i++) {
          const p = at + 14 + 6 * i;
          pairs.set(this.u16(p) * 65536 + this.u16(p + 2), this.i16(p + 4));
        }
      }
      if (length === 0) break;
      at += length;
    }
    return pairs;
  }

  private readPostScriptName(): string {
    const name = this.tables.get('name');
    if (!name) return this.name.replace(/\.[^.]*$/, '').replace(/[^A-Za-z0-9-]/g, '');
    const count = this.u16(name.offset + 2);
    const strings = name.offset + this.u16(name.offset + 4);
    for (let i = 0; i < count; i++) {
      const at = name.offset + 6 + 12 * i;
      if (this.u16(at + 6) !== 6) continue;
      const platform = this.u16(at);
      const length = this.u16(at + 8);
      const start = strings + this.u16(at + 10);
      const raw = this.bytes.subarray(start, start + length);
      const text = platform === 1 ? String.fromCharCode(...raw) : String.fromCharCode(...Array.from({ length: length >> 1 }, (_, k) => (raw[2 * k]! << 8) | raw[2 * k + 1]!));
      // PostScript names are printable ASCII without delimiters (Adobe Technical Note #5902).
      const clean = text.replace(/[^\x21-\x7e]|[[\](){}<>/%]/g, '');
      if (clean) return clean;
    }
    return this.name.replace(/\.[^.]*$/, '').replace(/[^A-Za-z0-9-]/g, '');
  }

  private table(tag: string): TableRecord {
    const t = this.tables.get(tag);
    if (!t) this.fail(`the ${tag} table is missing`);
    return t;
  }

  private u16(at: number): number {
    return this.guard(at, 2) && this.view.getUint16(at);
  }

  private i16(at: number): number {
    return this.guard(at, 2) && this.view.getInt16(at);
  }

  private u32(at: number): number {
    return this.guard(at, 4) && this.view.getUint32(at);
  }

  private guard(at: number, size: number): true {
    if (at < 0 || at + size > this.bytes.length) this.fail(`a read at offset ${at} runs past the end of the file`);
    return true;
  }

  private fail(problem: string): never {
    throw new FontFileError(this.name, problem);
  }
}
