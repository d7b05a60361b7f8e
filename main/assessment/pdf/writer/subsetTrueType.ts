import { FontFileError, type TrueTypeFont } from './trueTypeFont.js';

/**
 * A TrueType font program holding only the glyphs a document uses, renumbered in order of use, for embedding as a
 * PDF FontFile2 (ISO 32000-1 9.9). It carries the tables a PDF consumer needs to render TrueType outlines (head,
 * hhea, maxp, hmtx, loca, glyf and the hinting programs cvt, fpgm, prep) and no character map: a CIDFontType2
 * reaches glyphs through CIDToGIDMap, and text is made extractable by the ToUnicode CMap instead.
 */
export interface FontSubset {
  readonly bytes: Uint8Array;
  /** Old glyph ID of every new one; index 0 is .notdef. Composite glyphs' components are appended at the end. */
  readonly glyphs: readonly number[];
}

/** Flags of a composite glyph's component records (OpenType glyf table). */
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

/** Offsets of the component glyph indices in a composite glyph (numberOfContours < 0), in order. */
function componentOffsets(glyph: Uint8Array, font: TrueTypeFont): number[] {
  const offsets: number[] = [];
  if (glyph.length < 10) return offsets;
  const view = new DataView(glyph.buffer, glyph.byteOffset, glyph.byteLength);
  if (view.getInt16(0) >= 0) return offsets;
  let at = 10;
  for (;;) {
    if (at + 4 > glyph.length) throw new FontFileError(font.name, 'a composite glyph is truncated');
    const flags = view.getUint16(at);
    offsets.push(at + 2);
    at += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
    if (flags & WE_HAVE_A_SCALE) at += 2;
    else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) at += 4;
    else if (flags & WE_HAVE_A_TWO_BY_TWO) at += 8;
    if (!(flags & MORE_COMPONENTS)) return offsets;
  }
}

const pad4 = (n: number): number => (n + 3) & ~3;

function checksum(data: Uint8Array): number {
  let sum = 0;
  const padded = new Uint8Array(pad4(data.length));
  padded.set(data);
  const view = new DataView(padded.buffer);
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

/**
 * Subsets `font` to `used` (old glyph IDs in the order the document first used them, .notdef first). Glyph 0 must
 * come first; components of composite glyphs are added after the used glyphs, so the used glyphs keep their new IDs.
 */
export function subsetTrueType(font: TrueTypeFont, used: readonly number[]): FontSubset {
  if (used[0] !== 0) throw new Error('a font subset must start with .notdef');
  const glyphs = [...used];
  const newId = new Map<number, number>(glyphs.map((g, i) => [g, i]));
  const outlines: Uint8Array[] = [];
  for (let i = 0; i < glyphs.length; i++) {
    const data = Uint8Array.from(font.glyphData(glyphs[i]!));
    const view = new DataView(data.buffer);
    for (const at of componentOffsets(data, font)) {
      const old = view.getUint16(at);
      let id = newId.get(old);
      if (id === undefined) {
        if (old >= font.glyphCount) throw new FontFileError(font.name, `a composite glyph refers to glyph ${old}, which does not exist`);
        id = glyphs.length;
        glyphs.push(old);
        newId.set(old, id);
      }
      view.setUint16(at, id);
    }
    outlines.push(data);
  }
  if (glyphs.length > 0xffff) throw new FontFileError(font.name, 'too many glyphs for one subset');

  const glyf = new Uint8Array(outlines.reduce((n, o) => n + pad4(o.length), 0));
  const loca = new Uint8Array(4 * (glyphs.length + 1));
  const locaView = new DataView(loca.buffer);
  let offset = 0;
  outlines.forEach((o, i) => {
    locaView.setUint32(4 * i, offset);
    glyf.set(o, offset);
    offset += pad4(o.length);
  });
  locaView.setUint32(4 * glyphs.length, offset);

  const source = (tag: string): Uint8Array => {
    const t = font.tableBytes(tag);
    if (!t) throw new FontFileError(font.name, `the ${tag} table is missing`);
    return Uint8Array.from(t);
  };
  const hheaIn = source('hhea');
  const longMetrics = new DataView(hheaIn.buffer).getUint16(34);
  const hmtxIn = new DataView(source('hmtx').buffer);
  const hmtx = new Uint8Array(4 * glyphs.length);
  const hmtxView = new DataView(hmtx.buffer);
  glyphs.forEach((g, i) => {
    const lsb = g < longMetrics ? hmtxIn.getInt16(4 * g + 2) : hmtxIn.getInt16(4 * longMetrics + 2 * (g - longMetrics));
    hmtxView.setUint16(4 * i, font.advanceOf(g));
    hmtxView.setInt16(4 * i + 2, lsb);
  });
  const hhea = hheaIn;
  new DataView(hhea.buffer).setUint16(34, glyphs.length);
  const maxp = source('maxp');
  new DataView(maxp.buffer).setUint16(4, glyphs.length);
  const head = source('head');
  const headView = new DataView(head.buffer);
  headView.setUint32(8, 0); // checkSumAdjustment, set below over the whole font
  headView.setInt16(50, 1); // indexToLocFormat: long offsets

  const tables = new Map<string, Uint8Array>([
    ['glyf', glyf],
    ['head', head],
    ['hhea', hhea],
    ['hmtx', hmtx],
    ['loca', loca],
    ['maxp', maxp],
  ]);
  for (const tag of ['cvt ', 'fpgm', 'prep']) {
    const t = font.tableBytes(tag);
    if (t) tables.set(tag, Uint8Array.from(t));
  }
  const bytes = assemble(tables);
  // head.checkSumAdjustment = 0xB1B0AFBA minus the sum of the whole font (OpenType head table).
  const adjustment = (0xb1b0afba - checksum(bytes)) >>> 0;
  const headAt = tableOffset(bytes, 'head');
  new DataView(bytes.buffer).setUint32(headAt + 8, adjustment);
  return { bytes, glyphs };
}

/** The sfnt container: offset table, table directory in tag order, tables 4-byte aligned. */
function assemble(tables: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const tags = [...tables.keys()].sort();
  const count = tags.length;
  const directory = 12 + 16 * count;
  const size = directory + tags.reduce((n, t) => n + pad4(tables.get(t)!.length), 0);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  const entrySelector = Math.floor(Math.log2(count));
  view.setUint32(0, 0x00010000);
  view.setUint16(4, count);
  view.setUint16(6, 16 * 2 ** entrySelector);
  view.setUint16(8, entrySelector);
  view.setUint16(10, 16 * count - 16 * 2 ** entrySelector);
  let at = directory;
  tags.forEach((tag, i) => {
    const data = tables.get(tag)!;
    const entry = 12 + 16 * i;
    for (let k = 0; k < 4; k++) out[entry + k] = tag.charCodeAt(k);
    view.setUint32(entry + 4, checksum(data));
    view.setUint32(entry + 8, at);
    view.setUint32(entry + 12, data.length);
    out.set(data, at);
    at += pad4(data.length);
  });
  return out;
}

function tableOffset(font: Uint8Array, tag: string): number {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  for (let i = 0; i < view.getUint16(4); i++) {
    const entry = 12 + 16 * i;
    if (String.fromCharCode(...font.subarray(entry, entry + 4)) === tag) return view.getUint32(entry + 8);
  }
  throw new Error(`no ${tag} table in the assembled font`);
}
