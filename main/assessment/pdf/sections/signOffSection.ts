import { drawLine } from '../layout/drawText.js';
import type { Flow } from '../layout/flow.js';
import { sectionHeading } from '../layout/heading.js';
import { linesCapped, linesOf, paragraph } from '../layout/paragraph.js';
import { COLOR, STYLE } from '../layout/textStyle.js';
import type { SheetContext } from '../sheetContext.js';

/** Heights of the signature, name and date fields: room to sign by hand above each line, a caption below. */
const FIELD_HEIGHTS = [48, 32, 32] as const;
const ROLE_HEIGHT = 14;
const BLOCK_HEIGHT = ROLE_HEIGHT + FIELD_HEIGHTS.reduce((a, b) => a + b, 0);
const COLUMN_GAP = 28;

interface SignatureBlock {
  readonly role: string;
  /** Printed on the name line; a blank line to write on when not known. */
  readonly name?: string;
}

/**
 * 8. The operator's statement, and signature, name and date lines for the operator and the reviewer. The statement
 * and the lines are kept on one page, so that a signature is never separated from what it confirms.
 */
export function signOffSection(ctx: SheetContext): void {
  const { sheet, flow, t } = ctx;
  sectionHeading(flow, 8, t('sheet.section.signOff'));
  const statement = t('sheet.signOff.statement');
  flow.ensure(linesOf(flow, STYLE.body, statement, flow.width).length * STYLE.body.leading + 14 + BLOCK_HEIGHT);
  paragraph(flow, STYLE.body, statement, { after: 14 });
  const blocks: SignatureBlock[] = [
    { role: t('sheet.signOff.operator'), name: sheet.signOff.operator },
    { role: t('sheet.signOff.reviewer'), ...(sheet.signOff.reviewer ? { name: sheet.signOff.reviewer } : {}) },
  ];
  const width = (flow.width - COLUMN_GAP) / 2;
  blocks.forEach((block, i) => signatureBlock(ctx, flow, block, flow.left + i * (width + COLUMN_GAP), width));
  flow.y += BLOCK_HEIGHT;
}

function signatureBlock({ t }: SheetContext, flow: Flow, block: SignatureBlock, x: number, width: number): void {
  const top = flow.y;
  drawLine(flow.doc, STYLE.subheading, linesCapped(flow, STYLE.subheading, block.role, width, 1)[0] ?? '', x, top);
  const fields: { label: string; value?: string }[] = [
    { label: t('sheet.signOff.signature') },
    { label: t('sheet.signOff.name'), ...(block.name ? { value: block.name } : {}) },
    { label: t('sheet.signOff.date') },
  ];
  let fieldTop = top + ROLE_HEIGHT;
  fields.forEach((field, i) => {
    const lineY = fieldTop + FIELD_HEIGHTS[i]! - 12;
    fieldTop += FIELD_HEIGHTS[i]!;
    if (field.value) drawLine(flow.doc, STYLE.body, linesCapped(flow, STYLE.body, field.value, width, 1)[0] ?? '', x, lineY - STYLE.body.leading);
    flow.doc.save().moveTo(x, lineY).lineTo(x + width, lineY).lineWidth(0.6).strokeColor(COLOR.text).stroke().restore();
    drawLine(flow.doc, STYLE.label, field.label, x, lineY + 2);
  });
}
