import { sheetFaces } from './fonts.js';
import { A4 } from './layout/pageGeometry.js';
import { PdfDocument, type PdfMetadata } from './writer/pdfDocument.js';

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
  /** Peitto's version, named as the PDF's producer. */
  readonly version: string;
}

/** An empty A4 document with the sheet's faces; the first page is open. */
export function openDocument(): PdfDocument {
  return new PdfDocument(A4.width, A4.height, sheetFaces());
}

/**
 * The document information the file carries. Nothing in it comes from the clock: both dates are the export's own
 * time, and the file identifier is derived from the sheet's digest, which is also recorded as
 * PeittoContentSHA256 so that a printed-and-scanned sheet can be matched to its assessment.json.
 */
export function documentInfo(meta: DocumentMetadata): PdfMetadata {
  return {
    title: meta.title,
    subject: meta.subject,
    author: meta.author,
    keywords: meta.keywords,
    creator: meta.creator,
    producer: `Peitto ${meta.version}`,
    created: meta.created,
    language: meta.language,
    identity: meta.contentDigest,
    extra: { PeittoContentSHA256: meta.contentDigest },
  };
}
