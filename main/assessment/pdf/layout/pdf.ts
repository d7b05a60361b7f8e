/// <reference types="pdfkit" />

/** The pdfkit document type, named once so that modules that only draw need not import pdfkit's value. */
export type Pdf = PDFKit.PDFDocument;
