import type { PdfDocument } from '../writer/pdfDocument.js';

/** The document the sheet draws on, named once so that modules that only draw need not know the writer. */
export type Pdf = PdfDocument;
