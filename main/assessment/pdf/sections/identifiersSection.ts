import type { ProfileOptions } from '../../../plan/plan.js';
import type { IdentifiersSection } from '../../assessmentSheet.js';
import { sectionHeading, subheading } from '../layout/heading.js';
import { paragraph } from '../layout/paragraph.js';
import { table } from '../layout/table.js';
import { STYLE } from '../layout/textStyle.js';
import { translateCode, type SheetContext } from '../sheetContext.js';

/** The profile options, in the order the plan declares them. */
const OPTIONS: readonly (keyof ProfileOptions)[] = [
  'cleanDescriptors', 'cleanStructuredContent', 'cleanGraphics', 'retainSafePrivate', 'retainDeviceIdentity', 'retainInstitutionIdentity',
];

const OUTCOMES = ['removed', 'emptied', 'replaced', 'cleaned', 'kept'] as const;

/** 3. The header profile and its options, in words and as CID 7050 codes; what happened per kind of content. */
export function identifiersSection(ctx: SheetContext): void {
  const { sheet, flow, t, format } = ctx;
  const s = sheet.identifiers;
  sectionHeading(flow, 3, t('sheet.section.identifiers'));
  paragraph(flow, STYLE.body, t('sheet.identifiers.lead'));

  subheading(flow, t('sheet.identifiers.options'));
  table(flow, {
    columns: [
      { header: t('sheet.identifiers.option'), weight: 2.2 },
      { header: t('sheet.identifiers.inUse'), weight: 0.8 },
      { header: t('sheet.identifiers.effect'), weight: 5 },
    ],
    rows: OPTIONS.map((option) => {
      const on = s.options[option];
      return [
        { text: t(`sheet.identifiers.optionName.${option}`), tone: 'bold' },
        t(on ? 'sheet.format.yes' : 'sheet.format.no'),
        t(`sheet.identifiers.optionEffect.${option}.${on ? 'on' : 'off'}`),
      ];
    }),
  });

  subheading(flow, t('sheet.identifiers.codes'));
  table(flow, {
    columns: [
      { header: t('sheet.identifiers.code'), weight: 1.2 },
      { header: t('sheet.identifiers.meaning'), weight: 5 },
    ],
    rows: s.methodCodes.map((c) => [{ text: `DCM ${c.code}`, tone: 'bold' }, c.meaning]),
    empty: t('sheet.format.none'),
  });

  subheading(flow, t('sheet.identifiers.actions'));
  paragraph(flow, STYLE.body, t('sheet.identifiers.actionsLead'));
  const totals = OUTCOMES.map((o) => s.actions.reduce((sum, a) => sum + a[o], 0));
  table(flow, {
    columns: [
      { header: t('sheet.identifiers.content'), weight: 2.6 },
      ...OUTCOMES.map((o) => ({ header: t(`sheet.identifiers.${o}`), weight: 1, align: 'right' as const })),
    ],
    rows: [
      ...s.actions.map((a) => [translateCode(t, 'sheet.identifiers.category', a.category), ...OUTCOMES.map((o) => format.integer(a[o]))]),
      [t('sheet.identifiers.total'), ...totals.map(format.integer)].map((text) => ({ text, tone: 'bold' as const })),
    ],
  });

  subheading(flow, t('sheet.identifiers.pseudoIds'));
  paragraph(flow, STYLE.body, modeStatement(ctx, s));
}

function modeStatement({ t }: SheetContext, s: IdentifiersSection): string {
  if (s.mode === 'anonymous') return t('sheet.identifiers.anonymous');
  const keyHolder = s.keyHolder?.trim() ? s.keyHolder : t('sheet.identifiers.keyHolderUnknown');
  return t('sheet.identifiers.pseudonymous', { keyHolder });
}
