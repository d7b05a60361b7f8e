import { fontPath } from './fonts.js';
import { A4, MARGINS } from './layout/pageGeometry.js';
import type { Pdf } from './layout/pdf.js';

export interface DocumentMetadata {
  readonly title: string;
  readonly subject: string;
  readonly author: string;
  readonly keywords: string;
  readonly creator: string;
  /** The instant the export recorded; used for both dates of the PDF, never the clock. */
  readonly created: Date;
  /** BCP 47 tag of the text ("fi-FI"), for screen readers and hyphenating viewers. */
  readonly language: string;
  /** SHA-256 of the sheet, from which the PDF's file identifier is derived. */
  readonly contentDigest: string;
}

export interface OpenDocument {
  readonly doc: Pdf;
  /** Resolves with the whole file once `doc.end()` has been called and every object is written. */
  readonly bytes: Promise<Uint8Array>;
}

/**
 * A pdfkit document set up to give the same bytes for the same content: pdfkit's creation date (otherwise the
 * clock) is the export's own time, and the file identifier (an MD5 pdfkit takes over the info dictionary) is
 * made to depend on the content by adding the sheet's digest to that dictionary. Pages are buffered so that the
 * running header and footer, which need the page count, are drawn last.
 */
export async function openDocument(meta: DocumentMetadata): Promise<OpenDocument> {
  // Loaded on first use: pdfkit and its font engine take a tenth of a second to load, which every command that
  // writes no sheet (inspect, verify, plan) would otherwise pay.
  const { default: PDFDocument } = await import('pdfkit');
  const info: PDFKit.DocumentInfo & { readonly PeittoContentSHA256: string } = {
    Title: meta.title,
    Subject: meta.subject,
    Author: meta.author,
    Keywords: meta.keywords,
    Creator: meta.creator,
    Producer: 'PDFKit',
    CreationDate: meta.created,
    ModDate: meta.created,
    PeittoContentSHA256: meta.contentDigest,
  };
  const doc = new PDFDocument({
    size: [A4.width, A4.height],
    margins: MARGINS,
    bufferPages: true,
    // The sheet's own face from the start, so pdfkit never loads a standard font that cannot set "å".
    font: fontPath('regular'),
    info,
    lang: meta.language,
    displayTitle: true,
    pdfVersion: '1.7',
  });
  const chunks: Uint8Array[] = [];
  const bytes = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('end', () => resolve(Uint8Array.from(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  return { doc, bytes };
}
