import type { SmallNumbersSection } from '../../assessmentSheet.js';
import { sectionHeading, subheading } from '../layout/heading.js';
import { bulletList, paragraph } from '../layout/paragraph.js';
import { PAIR_COLUMNS, table, type Cell } from '../layout/table.js';
import { STYLE } from '../layout/textStyle.js';
import type { SheetContext } from '../sheetContext.js';

/**
 * 6. The small-numbers rule (the Norwegian guidance on "small numbers": a combination of attributes must not
 * point to fewer than five persons): k, the fields, the smallest groups, what would fix a violation, the override.
 */
export function smallNumbersSection(ctx: SheetContext): void {
  const { sheet, flow, t, format } = ctx;
  const s = sheet.smallNumbers;
  sectionHeading(flow, 6, t('sheet.section.smallNumbers'));
  paragraph(flow, STYLE.body, t('sheet.smallNumbers.lead'));
  const fieldNames = s.fields.map((f) => t(`sheet.field.${f}`));
  table(flow, {
    variant: 'pairs',
    style: STYLE.body,
    columns: PAIR_COLUMNS,
    rows: [
      [t('sheet.smallNumbers.k'), { text: format.integer(s.k), tone: 'bold' }],
      [t('sheet.smallNumbers.fields'), fieldNames.length > 0 ? format.list(fieldNames) : t('sheet.smallNumbers.noFields')],
      [t('sheet.smallNumbers.groups'), format.integer(s.groups)],
      [t('sheet.smallNumbers.violations'), { text: format.integer(s.violations), tone: s.violations > 0 ? 'warning' : 'bold' }],
    ],
  });

  if (s.smallest.length > 0 && s.fields.length > 0) {
    subheading(flow, t('sheet.smallNumbers.smallest'));
    table(flow, {
      columns: [
        ...s.fields.map((f) => ({ header: t(`sheet.field.${f}`), weight: 2 })),
        { header: t('sheet.smallNumbers.persons'), weight: 1.6, align: 'right' as const },
      ],
      rows: s.smallest.map((g) => [...s.fields.map((f) => g.values[f]?.trim() || '–'), personsCell(ctx, s, g.persons)]),
    });
  }

  if (s.violations === 0) {
    paragraph(flow, STYLE.ok, t('sheet.smallNumbers.allReach', { k: format.integer(s.k) }));
    return;
  }
  if (s.suggestions.length > 0) {
    subheading(flow, t('sheet.smallNumbers.suggestions'));
    bulletList(
      flow,
      STYLE.body,
      s.suggestions.map((g) =>
        g.action === 'widen-age-band'
          ? t('sheet.smallNumbers.widenAgeBand', { width: format.integer(g.width) })
          : t('sheet.smallNumbers.dropField', { field: t(`sheet.field.${g.field}`) }),
      ),
    );
  }
  if (s.override) {
    subheading(flow, t('sheet.smallNumbers.override'));
    paragraph(flow, STYLE.body, s.override.justification);
  } else if (s.applied) {
    subheading(flow, t('sheet.smallNumbers.applied'));
    if (s.applied.ageBandWidth !== undefined) {
      paragraph(flow, STYLE.ok, t('sheet.smallNumbers.appliedWiden', { width: format.integer(s.applied.ageBandWidth), k: format.integer(s.k) }));
    }
    if (s.applied.withheldFields.length > 0) {
      const withheld = format.list(s.applied.withheldFields.map((f) => t(`sheet.field.${f}`)));
      paragraph(flow, STYLE.ok, t('sheet.smallNumbers.appliedWithheld', { fields: withheld, k: format.integer(s.k) }));
    }
  } else {
    paragraph(flow, STYLE.warning, t('sheet.smallNumbers.noOverride'));
  }
}

function personsCell({ t, format }: SheetContext, s: SmallNumbersSection, persons: number): Cell {
  return persons < s.k ? { text: t('sheet.smallNumbers.belowK', { n: format.integer(persons) }), tone: 'warning' } : format.integer(persons);
}
