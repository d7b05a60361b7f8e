import { createHash } from 'node:crypto';
import { EmbeddedFont } from './embeddedFont.js';
import { ObjectWriter } from './objectWriter.js';
import { name, pdfDate, pdfNumber, PdfRaw, type PdfDictionary, type PdfRef } from './pdfSyntax.js';
import type { TrueTypeFont } from './trueTypeFont.js';

/** An opaque 8-bit raster: grey (1 sample a pixel) or RGB (3), rows top to bottom without padding. */
export interface RasterImage {
  readonly width: number;
  readonly height: number;
  readonly channels: 1 | 3;
  readonly pixels: Uint8Array;
}

export interface PdfMetadata {
  readonly title: string;
  readonly subject: string;
  readonly author: string;
  readonly keywords: string;
  readonly creator: string;
  readonly producer: string;
  /** Both dates of the document (creation and modification). */
  readonly created: Date;
  /** BCP 47 tag of the text ("fi-FI"): the catalog's Lang, for screen readers and hyphenating viewers. */
  readonly language: string;
  /** The document's identity, from which the file identifier is derived: the same content, the same ID. */
  readonly identity: string;
  /** Further entries of the document information dictionary. */
  readonly extra?: Readonly<Record<string, string>>;
}

interface Bookmark {
  readonly title: string;
  readonly page: number;
  readonly y: number;
}

/** "#1a2b3c" as the three operands of an RGB colour operator. */
function rgb(hex: string): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a colour: ${hex}`);
  return [m[1]!, m[2]!, m[3]!].map((h) => pdfNumber(parseInt(h, 16) / 255)).join(' ');
}

/**
 * A PDF document drawn page by page in points with the origin at the top left of the page (y grows downwards,
 * as the layout thinks), translated to PDF's bottom-left user space here. Pages stay open until `finish`, so
 * running heads that need the page count can be drawn last on every page. Paths use the usual operators: save,
 * moveTo/lineTo/rect, lineWidth/strokeColor, then stroke, or fill with a colour, then restore.
 */
export class PdfDocument {
  private readonly pages: string[][] = [];
  private current = -1;
  private readonly fonts = new Map<string, EmbeddedFont>();
  private readonly images: RasterImage[] = [];
  private readonly bookmarks: Bookmark[] = [];

  constructor(
    readonly width: number,
    readonly height: number,
    faces: ReadonlyMap<string, TrueTypeFont>,
  ) {
    let n = 0;
    for (const [face, font] of faces) this.fonts.set(face, new EmbeddedFont(`F${++n}`, font));
    this.addPage();
  }

  get pageCount(): number {
    return this.pages.length;
  }

  /** The index of the page being drawn on. */
  get pageIndex(): number {
    return this.current;
  }

  addPage(): this {
    this.pages.push([]);
    this.current = this.pages.length - 1;
    return this;
  }

  switchToPage(index: number): this {
    if (!Number.isInteger(index) || index < 0 || index >= this.pages.length) throw new Error(`no page ${index} (the document has ${this.pages.length})`);
    this.current = index;
    return this;
  }

  save(): this {
    return this.op('q');
  }

  restore(): this {
    return this.op('Q');
  }

  moveTo(x: number, y: number): this {
    return this.op(`${pdfNumber(x)} ${pdfNumber(this.height - y)} m`);
  }

  lineTo(x: number, y: number): this {
    return this.op(`${pdfNumber(x)} ${pdfNumber(this.height - y)} l`);
  }

  rect(x: number, y: number, w: number, h: number): this {
    return this.op(`${pdfNumber(x)} ${pdfNumber(this.height - y - h)} ${pdfNumber(w)} ${pdfNumber(h)} re`);
  }

  lineWidth(w: number): this {
    return this.op(`${pdfNumber(w)} w`);
  }

  strokeColor(hex: string): this {
    return this.op(`${rgb(hex)} RG`);
  }

  stroke(): this {
    return this.op('S');
  }

  fill(hex: string): this {
    return this.op(`${rgb(hex)} rg f`);
  }

  /** Width of `text` set in `face` at `size` points. */
  widthOf(face: string, size: number, text: string): number {
    return this.face(face).widthOf(text, size);
  }

  /** One line of text with the top of its line box at y (the baseline lies the font's ascender lower). */
  text(face: string, size: number, color: string, text: string, x: number, y: number): this {
    if (text === '') return this;
    const font = this.face(face);
    const baseline = this.height - y - font.ascent(size);
    return this.op(`BT /${font.resourceName} ${pdfNumber(size)} Tf ${rgb(color)} rg ${pdfNumber(x)} ${pdfNumber(baseline)} Td ${font.showOperand(text).syntax} TJ ET`);
  }

  /** An image scaled to fit the box (x, y, w, h), keeping its proportions, centred in it. */
  image(image: RasterImage, x: number, y: number, w: number, h: number): this {
    if (image.width < 1 || image.height < 1 || image.pixels.length !== image.width * image.height * image.channels) {
      throw new Error(`an image of ${image.width}×${image.height}×${image.channels} does not match its ${image.pixels.length} bytes`);
    }
    const scale = Math.min(w / image.width, h / image.height);
    const dw = image.width * scale;
    const dh = image.height * scale;
    this.images.push(image);
    const left = x + (w - dw) / 2;
    const bottom = this.height - (y + (h - dh) / 2) - dh;
    return this.op(`q ${pdfNumber(dw)} 0 0 ${pdfNumber(dh)} ${pdfNumber(left)} ${pdfNumber(bottom)} cm /Im${this.images.length} Do Q`);
  }

  /** An entry in the document outline (the viewer's bookmarks) that opens this page at y. */
  bookmark(title: string, y: number): this {
    this.bookmarks.push({ title, page: this.current, y });
    return this;
  }

  /** The whole file. */
  finish(meta: PdfMetadata): Uint8Array {
    const out = new ObjectWriter('1.7');
    const catalog = out.allocate();
    const pageTree = out.allocate();
    const info = out.allocate();
    const resources = out.allocate();
    const fontRefs = new Map([...this.fonts.values()].map((f) => [f, out.allocate()]));
    const imageRefs = this.images.map(() => out.allocate());
    const pageRefs = this.pages.map(() => out.allocate());

    this.pages.forEach((ops, i) => {
      const contents = out.allocate();
      out.stream(contents, {}, Buffer.from(ops.join('\n'), 'latin1'));
      out.object(pageRefs[i]!, { Type: name('Page'), Parent: pageTree, MediaBox: [0, 0, this.width, this.height], Resources: resources, Contents: contents });
    });
    out.object(pageTree, { Type: name('Pages'), Kids: pageRefs, Count: pageRefs.length });
    this.images.forEach((image, i) => {
      out.stream(imageRefs[i]!, {
        Type: name('XObject'),
        Subtype: name('Image'),
        Width: image.width,
        Height: image.height,
        ColorSpace: name(image.channels === 1 ? 'DeviceGray' : 'DeviceRGB'),
        BitsPerComponent: 8,
      }, image.pixels);
    });
    const fontDict: Record<string, PdfRef> = {};
    for (const [font, ref] of fontRefs) {
      font.write(out, ref);
      fontDict[font.resourceName] = ref;
    }
    const xobjects: Record<string, PdfRef> = {};
    imageRefs.forEach((ref, i) => (xobjects[`Im${i + 1}`] = ref));
    out.object(resources, { ProcSet: [name('PDF'), name('Text'), name('ImageB'), name('ImageC')], Font: fontDict, XObject: imageRefs.length > 0 ? xobjects : undefined });

    const outlines = this.writeOutline(out, pageRefs);
    out.object(info, {
      Title: meta.title,
      Subject: meta.subject,
      Author: meta.author,
      Keywords: meta.keywords,
      Creator: meta.creator,
      Producer: meta.producer,
      CreationDate: new PdfRaw(pdfDate(meta.created)),
      ModDate: new PdfRaw(pdfDate(meta.created)),
      ...meta.extra,
    });
    out.object(catalog, {
      Type: name('Catalog'),
      Pages: pageTree,
      Outlines: outlines,
      PageMode: outlines ? name('UseOutlines') : undefined,
      Lang: meta.language,
      ViewerPreferences: { DisplayDocTitle: true },
    });
    const id = createHash('md5').update(meta.identity).digest('hex');
    return out.finish({ Root: catalog, Info: info, ID: [new PdfRaw(`<${id}>`), new PdfRaw(`<${id}>`)] });
  }

  /** The outline: one level, in drawing order (12.3.3). */
  private writeOutline(out: ObjectWriter, pageRefs: readonly PdfRef[]): PdfRef | undefined {
    if (this.bookmarks.length === 0) return undefined;
    const root = out.allocate();
    const items = this.bookmarks.map(() => out.allocate());
    this.bookmarks.forEach((b, i) => {
      const dict: PdfDictionary = {
        Title: b.title,
        Parent: root,
        Prev: items[i - 1],
        Next: items[i + 1],
        Dest: [pageRefs[b.page]!, name('XYZ'), null, this.height - b.y, null],
      };
      out.object(items[i]!, dict);
    });
    out.object(root, { Type: name('Outlines'), First: items[0], Last: items.at(-1), Count: items.length });
    return root;
  }

  private face(face: string): EmbeddedFont {
    const font = this.fonts.get(face);
    if (!font) throw new Error(`no font "${face}" in this document`);
    return font;
  }

  private op(syntax: string): this {
    this.pages[this.current]!.push(syntax);
    return this;
  }
}
