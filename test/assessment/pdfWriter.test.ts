import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { loadFace, sheetFaces } from '../../main/assessment/pdf/fonts.js';
import { PdfDocument } from '../../main/assessment/pdf/writer/pdfDocument.js';
import { pdfNumber, pdfTextString, serialize, name } from '../../main/assessment/pdf/writer/pdfSyntax.js';
import { subsetTrueType } from '../../main/assessment/pdf/writer/subsetTrueType.js';
import { FontFileError, TrueTypeFont } from '../../main/assessment/pdf/writer/trueTypeFont.js';
import { haveTools } from '../support/environment.js';
import { pdfFile, pdfFonts, pdfInfo, POPPLER, removeScratch } from './popplerTools.js';

afterAll(removeScratch);

const META = {
  title: 'Riskiarvio – Åsa Öhman',
  subject: 'subject',
  author: 'Röntgen',
  keywords: 'k',
  creator: 'Peitto test',
  producer: 'Peitto 0.0.0',
  created: new Date(Date.UTC(2026, 10, 23, 9, 5, 7)),
  language: 'fi-FI',
  identity: 'abc',
} as const;

/** Runs a poppler tool and returns stdout, failing on any complaint it prints about the file. */
function poppler(tool: string, args: readonly string[]): string {
  const r = spawnSync(tool, args, { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  expect(r.stderr).toBe('');
  return r.stdout;
}

function sumOfFont(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let sum = 0;
  for (let i = 0; i + 4 <= bytes.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

describe('PDF object syntax', () => {
  it('writes numbers without exponents, negative zero or needless decimals', () => {
    expect([0, -0, 1e-7, 12, 12.5, 595.2755905511812, -3.14159, 1e15].map(pdfNumber)).toEqual(['0', '0', '0', '12', '12.5', '595.276', '-3.142', '1000000000000000']);
    expect(() => pdfNumber(Number.NaN)).toThrow(/finite/);
  });

  it('writes ASCII text as an escaped literal and anything else as UTF-16BE with a byte order mark', () => {
    expect(pdfTextString('a (b) \\ c')).toBe('(a \\(b\\) \\\\ c)');
    expect(pdfTextString('Å')).toBe('<FEFF00C5>');
    expect(pdfTextString('𝄞')).toBe('<FEFFD834DD1E>');
    expect(pdfTextString('a\nb')).toBe('<FEFF0061000A0062>');
  });

  it('escapes delimiters and non-ASCII bytes in names', () => {
    expect(serialize(name('A B/(C)#ä'))).toBe('/A#20B#2F#28C#29#23#C3#A4');
    expect(serialize({ A: 1, B: undefined, C: [true, null] })).toBe('<</A 1 /C [true null]>>');
  });
});

describe('TrueType reading and subsetting', () => {
  const regular = loadFace('regular');

  it('maps the letters of Nordic names and kerns pairs such as "AV"', () => {
    for (const c of 'åäöøæšžđŋÅÄÖ') expect(regular.glyphOf(c.codePointAt(0)!), c).toBeGreaterThan(0);
    expect(regular.glyphOf(0xe000)).toBe(0);
    const a = regular.glyphOf(0x41);
    const v = regular.glyphOf(0x56);
    expect(regular.kern(a, v)).toBeLessThan(0);
    expect(regular.metrics.unitsPerEm).toBe(2048);
    expect(regular.postScriptName).toBe('DejaVuSans');
  });

  it('refuses a damaged font file with its name and the problem', () => {
    const cut = regular.bytes.subarray(0, 4000);
    expect(() => new TrueTypeFont('cut.ttf', cut)).toThrow(FontFileError);
    expect(() => new TrueTypeFont('cut.ttf', cut)).toThrow(/cut\.ttf/);
    expect(() => new TrueTypeFont('text.ttf', Buffer.from('not a font at all, only text'))).toThrow(/text\.ttf: not a TrueType font/);
  });

  it('writes a subset that reads back with the same outlines, widths and a valid checksum, components included', () => {
    const used = [0, ...Array.from('Åsa Öhman ǻ', (c) => regular.glyphOf(c.codePointAt(0)!))].filter((g, i, all) => all.indexOf(g) === i);
    const subset = subsetTrueType(regular, used);
    // Å and ǻ are composites in DejaVu: their components come after the glyphs used.
    expect(subset.glyphs.length).toBeGreaterThan(used.length);
    expect(subset.glyphs.slice(0, used.length)).toEqual(used);
    const back = new TrueTypeFont('subset.ttf', subset.bytes);
    expect(back.glyphCount).toBe(subset.glyphs.length);
    subset.glyphs.forEach((old, id) => {
      expect(back.advanceOf(id)).toBe(regular.advanceOf(old));
      const before = regular.glyphData(old);
      const after = back.glyphData(id);
      expect(after.length - before.length).toBeGreaterThanOrEqual(0);
      expect(after.length - before.length).toBeLessThan(4);
      // Simple glyphs are copied byte for byte; composites differ only in their component indices.
      if (new DataView(before.buffer, before.byteOffset).getInt16(0) >= 0) expect(Buffer.from(after.subarray(0, before.length)).equals(Buffer.from(before))).toBe(true);
    });
    expect(sumOfFont(subset.bytes)).toBe(0xb1b0afba);
    expect(subset.bytes.length).toBeLessThan(20_000);
  });
});

describe.runIf(haveTools(...POPPLER))('the PDF writer as poppler reads it', () => {
  function sample(): Uint8Array {
    const doc = new PdfDocument(595.28, 841.89, sheetFaces());
    doc.text('bold', 19, '#1f3a5f', 'Dokumentoitu riskiarvio', 70, 60);
    doc.text('regular', 9, '#1a1a1a', 'Åsa Öhman-Järvinen, Göteborg – ÆØÅ æøå šž đŋ', 70, 100);
    doc.text('regular', 9, '#1a1a1a', 'Combining: A\u030a and a\u0308; missing: \ue000; tab:\there', 70, 120);
    doc.save().rect(70, 140, 200, 40).fill('#eaeff4').restore();
    doc.save().moveTo(70, 190).lineTo(500, 190).lineWidth(0.8).strokeColor('#1f3a5f').stroke().restore();
    const pixels = new Uint8Array(30 * 20 * 3).map((_, i) => (i * 7) & 255);
    doc.image({ width: 30, height: 20, channels: 3, pixels }, 70, 200, 100, 100);
    doc.image({ width: 4, height: 4, channels: 1, pixels: new Uint8Array(16).fill(128) }, 200, 200, 50, 50);
    doc.bookmark('1  Luovutus', 60);
    doc.addPage();
    doc.text('regular', 9, '#1a1a1a', 'Second page', 70, 60);
    doc.bookmark('2  Ö', 60);
    doc.switchToPage(0).text('regular', 7, '#5b6670', 'Sivu 1 / 2', 500, 800);
    return doc.finish({ ...META, extra: { PeittoContentSHA256: 'abc' } });
  }

  it('gives a file poppler reads without a complaint: text, fonts, metadata, outline and images', () => {
    const file = pdfFile(sample());
    const text = poppler('pdftotext', ['-enc', 'UTF-8', file, '-']);
    expect(text).toContain('Dokumentoitu riskiarvio');
    expect(text).toContain('Åsa Öhman-Järvinen, Göteborg – ÆØÅ æøå šž đŋ');
    // Composed to Å and ä; a character the font lacks is shown, and extracted, as U+FFFD; a tab is a space.
    expect(text).toContain('Combining: Å and ä; missing: \ufffd; tab: here');
    expect(text).toContain('Sivu 1 / 2');
    expect(text.split('\f')[1]).toContain('Second page');

    const fonts = pdfFonts(file);
    expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['DejaVuSans', 'DejaVuSans-Bold']);
    for (const f of fonts) expect(f).toMatchObject({ type: 'CID TrueType', embedded: true, subset: true, unicode: true });

    const info = pdfInfo(file);
    expect(info.get('Title')).toBe(META.title);
    expect(info.get('Author')).toBe('Röntgen');
    expect(info.get('Producer')).toBe('Peitto 0.0.0');
    expect(info.get('CreationDate')).toMatch(/2026 UTC$/);
    expect(info.get('Pages')).toBe('2');
    expect(info.get('Page size')).toMatch(/^595\.28 x 841\.89 pts/);
    expect(poppler('pdfinfo', ['-custom', file])).toMatch(/^PeittoContentSHA256:\s*abc$/m);
    expect(poppler('pdfinfo', ['-dests', file]).length).toBeGreaterThan(0);

    const images = poppler('pdfimages', ['-list', file]).split('\n').slice(2).filter((l) => l.trim());
    // pdfimages -list columns: page num type width height color comp bpc ...
    expect(images.map((l) => l.trim().split(/\s+/).slice(2, 8).join(' '))).toEqual(['image 30 20 rgb 3 8', 'image 4 4 gray 1 8']);
    poppler('pdftoppm', ['-r', '30', '-f', '1', '-l', '2', file, `${file}-page`]);
  });

  it('places text with the top of its line box at y, and measures it as it is drawn, kerning included', () => {
    const doc = new PdfDocument(595.28, 841.89, sheetFaces());
    const width = doc.widthOf('regular', 20, 'AVATAR');
    expect(width).toBeLessThan(['A', 'V', 'A', 'T', 'A', 'R'].reduce((w, c) => w + doc.widthOf('regular', 20, c), 0));
    doc.text('regular', 20, '#000000', 'AVATAR', 100, 100);
    const file = pdfFile(doc.finish(META));
    const html = poppler('pdftotext', ['-bbox', file, '-']);
    const m = /xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">AVATAR</.exec(html);
    expect(m).not.toBeNull();
    const [xMin, yMin, xMax] = [Number(m![1]), Number(m![2]), Number(m![3])];
    expect(xMin).toBeCloseTo(100, 0);
    expect(xMax - xMin).toBeCloseTo(width, 0);
    expect(yMin).toBeGreaterThanOrEqual(99);
    expect(yMin).toBeLessThan(104);
  });

  it('gives the same bytes for the same drawing, and another file identifier for another identity', () => {
    const a = sample();
    expect(Buffer.from(sample()).equals(Buffer.from(a))).toBe(true);
    const id = (pdf: Uint8Array): string => /\/ID \[<([0-9a-f]{32})>/.exec(Buffer.from(pdf).toString('latin1'))![1]!;
    const doc = new PdfDocument(100, 100, sheetFaces());
    expect(id(doc.finish({ ...META, identity: 'other' }))).not.toBe(id(a));
  });

  it('refuses what it cannot draw with the reason', () => {
    const doc = new PdfDocument(100, 100, sheetFaces());
    expect(() => doc.switchToPage(3)).toThrow(/no page 3/);
    expect(() => doc.fill('red')).toThrow(/not a colour: red/);
    expect(() => doc.image({ width: 2, height: 2, channels: 3, pixels: new Uint8Array(5) }, 0, 0, 1, 1)).toThrow(/does not match/);
    expect(() => doc.text('italic', 9, '#000000', 'x', 0, 0)).toThrow(/no font "italic"/);
  });
});
