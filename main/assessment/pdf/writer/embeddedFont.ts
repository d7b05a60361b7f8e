import { createHash } from 'node:crypto';
import { name, PdfRaw, type PdfRef } from './pdfSyntax.js';
import type { ObjectWriter } from './objectWriter.js';
import { subsetTrueType } from './subsetTrueType.js';
import type { TrueTypeFont } from './trueTypeFont.js';

/** A run of text turned into glyphs of one font: old glyph IDs, the kerning before each, the text of each. */
interface Shaped {
  readonly glyphs: readonly number[];
  /** Kerning before glyph i and its predecessor, font units. */
  readonly kerns: readonly number[];
  /** The characters each glyph stands for, for the ToUnicode map. */
  readonly texts: readonly string[];
  /** Advance of the whole run, font units. */
  readonly advance: number;
}

const REPLACEMENT = 0xfffd;

/**
 * One face of a document: measures and encodes text, and remembers the glyphs used, so that only those are embedded
 * (ISO 32000-1 9.7: a Type 0 font with Identity-H encoding over a CIDFontType2 whose CIDs are the subset's glyph
 * IDs). Text is set left to right, one glyph per character after Unicode NFC composition (so "a" + combining
 * diaeresis is the precomposed "ä"), with the font's pair kerning. A character the font lacks is drawn as the
 * replacement character "�", visibly, and extracted as U+FFFD: never silently as nothing.
 */
export class EmbeddedFont {
  /** Old glyph IDs in order of first use; .notdef first. */
  private readonly used: number[] = [0];
  private readonly newIds = new Map<number, number>([[0, 0]]);
  private readonly unicode = new Map<number, string>();
  private readonly scale: number;

  constructor(
    readonly resourceName: string,
    readonly font: TrueTypeFont,
  ) {
    this.scale = 1000 / font.metrics.unitsPerEm;
  }

  /** Width of `text` at `size` points. */
  widthOf(text: string, size: number): number {
    return (this.shape(text).advance * size) / this.font.metrics.unitsPerEm;
  }

  /** Distance from the top of a line to its baseline at `size` points (the hhea ascender). */
  ascent(size: number): number {
    return (this.font.metrics.ascender * size) / this.font.metrics.unitsPerEm;
  }

  /** The operand of a TJ operator that shows `text`: hex glyph strings with kerning adjustments between them. */
  showOperand(text: string): PdfRaw {
    const shaped = this.shape(text);
    const parts: string[] = [];
    let run = '';
    shaped.glyphs.forEach((glyph, i) => {
      const kern = shaped.kerns[i]!;
      if (kern !== 0) {
        if (run) parts.push(`<${run}>`);
        run = '';
        // TJ numbers are thousandths of the text size, subtracted from the position (9.4.3).
        parts.push(String(Math.round(-kern * this.scale)));
      }
      run += this.register(glyph, shaped.texts[i]!).toString(16).padStart(4, '0');
    });
    if (run) parts.push(`<${run}>`);
    return new PdfRaw(`[${parts.join(' ')}]`);
  }

  /** Writes the font's objects (Type 0 font, CIDFont, descriptor, subset program, ToUnicode) under `ref`. */
  write(out: ObjectWriter, ref: PdfRef): void {
    const subset = subsetTrueType(this.font, this.used);
    const m = this.font.metrics;
    const tag = subsetTag(this.font.postScriptName, subset.glyphs);
    const baseFont = name(`${tag}+${this.font.postScriptName}`);
    const program = out.allocate();
    const descriptor = out.allocate();
    const cidFont = out.allocate();
    const toUnicode = out.allocate();
    out.stream(program, { Length1: subset.bytes.length }, subset.bytes);
    const s = (v: number): number => Math.round(v * this.scale);
    out.object(descriptor, {
      Type: name('FontDescriptor'),
      FontName: baseFont,
      // Symbolic (bit 3): glyphs are reached by CID, not by a standard Latin encoding (9.8.2).
      Flags: 4 | (m.fixedPitch ? 1 : 0) | (m.italicAngle !== 0 ? 64 : 0),
      FontBBox: m.bbox.map(s),
      ItalicAngle: m.italicAngle,
      Ascent: s(m.ascender),
      Descent: s(m.descender),
      CapHeight: s(m.capHeight),
      // Not stored in TrueType fonts; PDF requires a value and readers use it only for substitution.
      StemV: 80,
      FontFile2: program,
    });
    out.object(cidFont, {
      Type: name('Font'),
      Subtype: name('CIDFontType2'),
      BaseFont: baseFont,
      CIDSystemInfo: { Registry: 'Adobe', Ordering: 'Identity', Supplement: 0 },
      FontDescriptor: descriptor,
      W: [0, subset.glyphs.map((g) => s(this.font.advanceOf(g)))],
      CIDToGIDMap: name('Identity'),
    });
    out.stream(toUnicode, {}, Buffer.from(this.toUnicodeCMap(), 'latin1'));
    out.object(ref, {
      Type: name('Font'),
      Subtype: name('Type0'),
      BaseFont: baseFont,
      Encoding: name('Identity-H'),
      DescendantFonts: [cidFont],
      ToUnicode: toUnicode,
    });
  }

  private shape(text: string): Shaped {
    const glyphs: number[] = [];
    const kerns: number[] = [];
    const texts: string[] = [];
    let advance = 0;
    let previous = -1;
    for (const char of text.normalize('NFC')) {
      const code = char.codePointAt(0)!;
      // Line breaks and tabs are the layout's business; a stray control character is set as a space.
      let glyph = this.font.glyphOf(code < 0x20 || code === 0x7f ? 0x20 : code);
      let said = code < 0x20 || code === 0x7f ? ' ' : char;
      if (glyph === 0) {
        glyph = this.font.glyphOf(REPLACEMENT);
        said = '\ufffd';
      }
      const kern = previous >= 0 ? this.font.kern(previous, glyph) : 0;
      glyphs.push(glyph);
      kerns.push(kern);
      texts.push(said);
      advance += kern + this.font.advanceOf(glyph);
      previous = glyph;
    }
    return { glyphs, kerns, texts, advance };
  }

  private register(glyph: number, text: string): number {
    let id = this.newIds.get(glyph);
    if (id === undefined) {
      id = this.used.length;
      this.used.push(glyph);
      this.newIds.set(glyph, id);
    }
    if (!this.unicode.has(id)) this.unicode.set(id, text);
    return id;
  }

  /** The ToUnicode CMap (9.10.3, Adobe Technical Note #5411): each glyph ID to the text it was set for. */
  private toUnicodeCMap(): string {
    const entries = [...this.unicode].sort((a, b) => a[0] - b[0]);
    const hex4 = (n: number): string => n.toString(16).padStart(4, '0').toUpperCase();
    const utf16 = (s: string): string => Array.from({ length: s.length }, (_, i) => hex4(s.charCodeAt(i))).join('');
    const blocks: string[] = [];
    for (let i = 0; i < entries.length; i += 100) {
      const chunk = entries.slice(i, i + 100);
      blocks.push(`${chunk.length} beginbfchar\n${chunk.map(([id, text]) => `<${hex4(id)}> <${utf16(text)}>`).join('\n')}\nendbfchar`);
    }
    return [
      '/CIDInit /ProcSet findresource begin',
      '12 dict begin',
      'begincmap',
      '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
      '/CMapName /Adobe-Identity-UCS def',
      '/CMapType 2 def',
      '1 begincodespacerange',
      '<0000> <FFFF>',
      'endcodespacerange',
      ...blocks,
      'endcmap',
      'CMapName currentdict /CMap defineresource pop',
      'end',
      'end',
      '',
    ].join('\n');
  }
}

/** Six capital letters naming a subset (9.6.4), from its glyphs, so that the same subset is named the same. */
function subsetTag(fontName: string, glyphs: readonly number[]): string {
  const digest = createHash('sha256').update(`${fontName}:${glyphs.join(',')}`).digest();
  return Array.from(digest.subarray(0, 6), (b) => String.fromCharCode(0x41 + (b % 26))).join('');
}
