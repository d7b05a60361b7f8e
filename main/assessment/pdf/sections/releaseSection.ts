import { sectionHeading } from '../layout/heading.js';
import { paragraph } from '../layout/paragraph.js';
import { PAIR_COLUMNS, table, type Cell } from '../layout/table.js';
import { STYLE } from '../layout/textStyle.js';
import type { SheetContext } from '../sheetContext.js';

/** 1. Which release this is, who made it for whom, and what the recipient's setting means for the assessment. */
export function releaseSection(ctx: SheetContext): void {
  const { sheet, flow, t, format } = ctx;
  const r = sheet.release;
  sectionHeading(flow, 1, t('sheet.section.release'));
  // Who made the release, for whom and under which permit are what the sheet is signed for: a blank is a gap.
  const stated = (value: string): Cell => (value.trim() ? value : { text: t('sheet.format.notRecorded'), tone: 'warning' });
  const status: Cell = r.status === 'complete' ? t('sheet.release.complete') : { text: t('sheet.release.interrupted'), tone: 'warning' };
  table(flow, {
    variant: 'pairs',
    style: STYLE.body,
    columns: PAIR_COLUMNS,
    rows: [
      [t('sheet.release.exportId'), { text: r.exportId, tone: 'bold' }],
      [t('sheet.release.createdAt'), format.dateTime(r.createdAt)],
      [t('sheet.release.status'), status],
      [t('sheet.release.peittoVersion'), r.peittoVersion],
      [t('sheet.release.profileVersion'), r.profileVersion],
      [t('sheet.release.organisation'), stated(r.organisation)],
      [t('sheet.release.operator'), stated(r.operator)],
      [t('sheet.release.reference'), stated(r.reference)],
      [t('sheet.release.recipient'), { text: t(`sheet.release.recipientSetting.${r.recipient}`), tone: 'bold' }],
      ...(r.recipientName ? [[t('sheet.release.recipientName'), r.recipientName]] : []),
    ],
  });
  paragraph(flow, STYLE.body, t(`sheet.release.recipientMeaning.${r.recipient}`));
}
