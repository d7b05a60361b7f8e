import { drawLine, drawLineRight, fitLine, measure } from '../layout/drawText.js';
import { CONTENT, FURNITURE } from '../layout/pageGeometry.js';
import type { Pdf } from '../layout/pdf.js';
import { COLOR, STYLE, type TextStyle } from '../layout/textStyle.js';

export interface FurnitureText {
  /** Left of the header: what the document is. */
  readonly header: string;
  /** Right of the header: "Export ID …", so that a loose page can be matched to its release. */
  readonly exportId: string;
  /** Left of the footer. */
  readonly footer: string;
  /** Right of the footer: "Page 2 / 5". */
  readonly page: (page: number, pages: number) => string;
}

/** Draws the running header and footer on every buffered page, once the page count is known. */
export function drawPageFurniture(doc: Pdf, text: FurnitureText): void {
  const count = doc.pageCount;
  const style = STYLE.furniture;
  for (let i = 0; i < count; i++) {
    doc.switchToPage(i);
    pair(doc, text.header, { ...style, font: 'bold', color: COLOR.text }, text.exportId, FURNITURE.headerTop);
    rule(doc, FURNITURE.headerRule);
    rule(doc, FURNITURE.footerRule);
    pair(doc, text.footer, { ...style, color: COLOR.text }, text.page(i + 1, count), FURNITURE.footerTop);
  }
}

/** A line split between the margins: the right text whole, the left one shortened if both would not fit. */
function pair(doc: Pdf, left: string, rightStyle: TextStyle, right: string, y: number): void {
  const gap = 12;
  const rightText = fitLine(doc, rightStyle, right, CONTENT.width);
  const room = CONTENT.width - measure(doc, rightStyle, rightText) - gap;
  if (room > 0) drawLine(doc, STYLE.furniture, fitLine(doc, STYLE.furniture, left, room), CONTENT.left, y);
  drawLineRight(doc, rightStyle, rightText, CONTENT.right, y);
}

function rule(doc: Pdf, y: number): void {
  doc.save().moveTo(CONTENT.left, y).lineTo(CONTENT.right, y).lineWidth(0.4).strokeColor(COLOR.rule).stroke().restore();
}
