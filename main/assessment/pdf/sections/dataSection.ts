import { subheading, sectionHeading } from '../layout/heading.js';
import { paragraph } from '../layout/paragraph.js';
import { table } from '../layout/table.js';
import { STYLE } from '../layout/textStyle.js';
import { translateCode, type SheetContext } from '../sheetContext.js';

/** 2. What was released: counts, the modalities and body parts, the attached fields and the refused objects. */
export function dataSection(ctx: SheetContext): void {
  const { sheet, flow, t, format } = ctx;
  const d = sheet.data;
  const notStated = (value: string): string => (value.trim() === '' ? t('sheet.format.notStated') : value);
  sectionHeading(flow, 2, t('sheet.section.data'));
  paragraph(flow, STYLE.body, t('sheet.data.lead'));
  const countColumns = (['patients', 'studies', 'series', 'objects', 'frames'] as const).map((k) => ({
    header: t(`sheet.data.${k}`),
    weight: 1,
    align: 'right' as const,
  }));
  table(flow, {
    columns: countColumns,
    rows: [[d.patients, d.studies, d.series, d.objects, d.frames].map((n) => ({ text: format.integer(n), tone: 'bold' as const }))],
  });

  subheading(flow, t('sheet.data.byModality'));
  table(flow, {
    columns: [
      { header: t('sheet.data.modality'), weight: 2 },
      { header: t('sheet.data.objects'), weight: 1, align: 'right' },
      { header: t('sheet.data.frames'), weight: 1, align: 'right' },
    ],
    rows: d.byModality.map((m) => [notStated(m.modality), format.integer(m.objects), format.integer(m.frames)]),
    empty: t('sheet.format.none'),
  });

  subheading(flow, t('sheet.data.byBodyPart'));
  table(flow, {
    columns: [
      { header: t('sheet.data.bodyPart'), weight: 3 },
      { header: t('sheet.data.objects'), weight: 1, align: 'right' },
    ],
    rows: d.byBodyPart.map((b) => [notStated(b.bodyPart), format.integer(b.objects)]),
    empty: t('sheet.format.none'),
  });

  subheading(flow, t('sheet.data.supplementary'));
  if (d.supplementaryFields.length === 0) {
    paragraph(flow, STYLE.body, t('sheet.data.noSupplementary'));
  } else {
    paragraph(flow, STYLE.body, t('sheet.data.supplementaryLead'));
    table(flow, {
      columns: [
        { header: t('sheet.data.field'), weight: 1 },
        { header: t('sheet.data.justification'), weight: 3 },
      ],
      rows: d.supplementaryFields.map((s) => [
        s.field === 'ageBand' && d.ageBand
          ? { text: `${t('sheet.field.ageBand')}\n${t('sheet.data.ageBandDetail', { width: d.ageBand.width, top: d.ageBand.topCode })}`, tone: 'bold' }
          : { text: t(`sheet.field.${s.field}`), tone: 'bold' },
        s.justification.trim() ? s.justification : { text: t('sheet.data.noJustification'), tone: 'warning' },
      ]),
    });
  }

  subheading(flow, t('sheet.data.refused'));
  if (d.refused.length === 0) {
    paragraph(flow, STYLE.body, t('sheet.data.noneRefused'));
  } else {
    paragraph(flow, STYLE.body, t('sheet.data.refusedLead'));
    table(flow, {
      columns: [
        { header: t('sheet.data.number'), weight: 0.6, align: 'right' },
        { header: t('sheet.data.sopClass'), weight: 2.4 },
        { header: t('sheet.data.reason'), weight: 4 },
      ],
      rows: d.refused.map((r) => [format.integer(r.number), r.sopClass, translateCode(t, 'sheet.refusal', r.reason)]),
    });
  }
}
