import type { Pdf } from './pdf.js';
import type { TextStyle } from './textStyle.js';

export function measure(doc: Pdf, style: TextStyle, text: string): number {
  return doc.widthOf(style.font, style.size, text);
}

/**
 * Draws one already-broken line with its top at y. Line breaking and page breaking are the layout's job: drawing
 * never wraps or adds a page on its own.
 */
export function drawLine(doc: Pdf, style: TextStyle, text: string, x: number, y: number): void {
  doc.text(style.font, style.size, style.color, text, x, y);
}

/** Draws a line so that it ends at `right`. */
export function drawLineRight(doc: Pdf, style: TextStyle, text: string, right: number, y: number): void {
  drawLine(doc, style, text, right - measure(doc, style, text), y);
}

/** Draws a line centred on `centre`. */
export function drawLineCentred(doc: Pdf, style: TextStyle, text: string, centre: number, y: number): void {
  drawLine(doc, style, text, centre - measure(doc, style, text) / 2, y);
}

/** The text, or as much of it as fits the width followed by "…": for one-line places such as running heads. */
export function fitLine(doc: Pdf, style: TextStyle, text: string, width: number): string {
  if (measure(doc, style, text) <= width) return text;
  const chars = Array.from(text);
  while (chars.length > 0 && measure(doc, style, `${chars.join('')}…`) > width) chars.pop();
  return `${chars.join('')}…`;
}
