import { drawLine, drawLineRight } from './drawText.js';
import type { Flow } from './flow.js';
import { paragraph } from './paragraph.js';
import { layTable, lineCount, rowHeight, type LaidRow, type LaidTable, type TableOptions } from './tableLayout.js';
import { COLOR, STYLE } from './textStyle.js';

export type { Cell, CellTone, Column, TableOptions } from './tableLayout.js';

/** The label and value columns of the sheet's lists of pairs (variant "pairs"). */
export const PAIR_COLUMNS = [
  { header: '', weight: 34 },
  { header: '', weight: 66 },
] as const;

/**
 * A table that breaks across pages between rows, or between the lines of a row taller than a page, repeating its
 * header on each new page. Every cell wraps inside its column, so no text leaves the table. A table short enough
 * is kept on one page.
 */
export function table(flow: Flow, options: TableOptions): void {
  if (options.rows.length === 0 && options.empty !== undefined) {
    paragraph(flow, STYLE.body, options.empty);
    return;
  }
  const laid = layTable(flow, options);
  const headerHeight = laid.header ? rowHeight(laid, laid.header) : 0;
  const wholeHeight = headerHeight + laid.rows.reduce((sum, row) => sum + rowHeight(laid, row), 0);
  const first = laid.rows[0];
  const startHeight = headerHeight + 2 * laid.padY + Math.min(first ? lineCount(first) : 1, 2) * laid.leading;
  flow.ensure(wholeHeight <= flow.pageHeight / 3 ? wholeHeight : startHeight);
  drawHeader(flow, laid);

  const continueOnNewPage = (): void => {
    flow.newPage();
    drawHeader(flow, laid);
  };
  for (const row of laid.rows) {
    const total = lineCount(row);
    let from = 0;
    while (from < total) {
      const rest = total - from;
      const room = Math.floor((flow.remaining - 2 * laid.padY) / laid.leading);
      if (rest <= room) {
        drawSlice(flow, laid, row, from, rest);
        from = total;
        if (laid.variant === 'grid') rule(flow, COLOR.faintRule, 0.4);
      } else if (from === 0 && rest * laid.leading + 2 * laid.padY + headerHeight <= flow.pageHeight) {
        continueOnNewPage();
      } else if (room >= 2) {
        drawSlice(flow, laid, row, from, room);
        from += room;
        continueOnNewPage();
      } else {
        continueOnNewPage();
      }
    }
  }
  if (laid.variant === 'grid') rule(flow, COLOR.rule, 0.6);
  flow.gap(laid.variant === 'grid' ? 8 : 5);
}

/** Lines `from` to `from + count` of every cell of a row, then the cursor below them. */
function drawSlice(flow: Flow, laid: LaidTable, row: LaidRow, from: number, count: number): void {
  row.forEach((cell, i) => {
    cell.lines.slice(from, from + count).forEach((line, k) => {
      const y = flow.y + laid.padY + k * laid.leading;
      if (cell.align === 'right') drawLineRight(flow.doc, cell.style, line, laid.lefts[i]! + laid.widths[i]! - laid.padX, y);
      else drawLine(flow.doc, cell.style, line, laid.lefts[i]! + laid.padX, y);
    });
  });
  flow.y += count * laid.leading + 2 * laid.padY;
}

function drawHeader(flow: Flow, laid: LaidTable): void {
  if (!laid.header) return;
  flow.doc.save().rect(flow.left, flow.y, flow.width, rowHeight(laid, laid.header)).fill(COLOR.fill).restore();
  drawSlice(flow, laid, laid.header, 0, lineCount(laid.header));
  rule(flow, COLOR.rule, 0.6);
}

function rule(flow: Flow, color: string, width: number): void {
  flow.doc.save().moveTo(flow.left, flow.y).lineTo(flow.right, flow.y).lineWidth(width).strokeColor(color).stroke().restore();
}
