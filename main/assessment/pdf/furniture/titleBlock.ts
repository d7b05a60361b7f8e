import { drawLine } from '../layout/drawText.js';
import type { Flow } from '../layout/flow.js';
import { linesCapped, linesOf, paragraph } from '../layout/paragraph.js';
import { COLOR, STYLE, type TextStyle } from '../layout/textStyle.js';

export interface TitleFact {
  readonly label: string;
  readonly value: string;
  readonly tone?: 'plain' | 'ok' | 'warning';
}

export interface TitleBlock {
  readonly title: string;
  readonly subtitle: string;
  /** Why the document exists (the guideline it answers). */
  readonly basis: string;
  /** The release at a glance, in two columns. */
  readonly facts: readonly TitleFact[];
}

const PAD = 8;
/** The box must fit the first page; section 1 prints every value in full. */
const MAX_VALUE_LINES = 3;
const COLUMN_GAP = 14;

function valueStyle(tone: TitleFact['tone']): TextStyle {
  if (tone === 'ok') return { ...STYLE.bodyBold, color: COLOR.ok };
  if (tone === 'warning') return { ...STYLE.bodyBold, color: COLOR.warning };
  return STYLE.bodyBold;
}

/** The head of the first page: title, subtitle, the basis in law and a shaded box with the key facts. */
export function titleBlock(flow: Flow, block: TitleBlock): void {
  for (const line of linesOf(flow, STYLE.title, block.title, flow.width)) {
    drawLine(flow.doc, STYLE.title, line, flow.left, flow.y);
    flow.y += STYLE.title.leading;
  }
  flow.y += 1;
  paragraph(flow, STYLE.subtitle, block.subtitle, { after: 4 });
  paragraph(flow, STYLE.note, block.basis, { after: 10 });

  const columnWidth = (flow.width - 2 * PAD - COLUMN_GAP) / 2;
  const cells = block.facts.map((fact) => ({
    fact,
    style: valueStyle(fact.tone),
    labelLines: linesOf(flow, STYLE.label, fact.label, columnWidth),
    valueLines: linesCapped(flow, valueStyle(fact.tone), fact.value, columnWidth, MAX_VALUE_LINES),
  }));
  const cellHeight = (c: (typeof cells)[number]): number => c.labelLines.length * STYLE.label.leading + c.valueLines.length * c.style.leading;
  const rows: (typeof cells)[] = [];
  for (let i = 0; i < cells.length; i += 2) rows.push(cells.slice(i, i + 2));
  const rowGap = 5;
  const rowHeights = rows.map((row) => Math.max(...row.map(cellHeight)));
  const boxHeight = 2 * PAD + rowHeights.reduce((a, b) => a + b, 0) + rowGap * (rows.length - 1);

  flow.ensure(boxHeight);
  const top = flow.y;
  flow.doc.save().rect(flow.left, top, flow.width, boxHeight).fill(COLOR.fill).restore();
  flow.doc.save().rect(flow.left, top, 2.5, boxHeight).fill(COLOR.accent).restore();
  let y = top + PAD;
  rows.forEach((row, r) => {
    row.forEach((cell, i) => {
      const x = flow.left + PAD + i * (columnWidth + COLUMN_GAP);
      let lineY = y;
      for (const line of cell.labelLines) {
        drawLine(flow.doc, STYLE.label, line, x, lineY);
        lineY += STYLE.label.leading;
      }
      for (const line of cell.valueLines) {
        drawLine(flow.doc, cell.style, line, x, lineY);
        lineY += cell.style.leading;
      }
    });
    y += rowHeights[r]! + rowGap;
  });
  flow.y = top + boxHeight;
  flow.gap(6);
}
