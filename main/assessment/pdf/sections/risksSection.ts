import type { RiskEntry } from '../../assessmentSheet.js';
import { sectionHeading, subheading } from '../layout/heading.js';
import { paragraph } from '../layout/paragraph.js';
import { table, type Cell } from '../layout/table.js';
import { COLOR, STYLE } from '../layout/textStyle.js';
import type { SheetContext } from '../sheetContext.js';
import { PAIR_COLUMNS } from './releaseSection.js';
import { riskReasonsText } from './riskReasonText.js';

/** Lines of the checklist that no automatic check can raise: only the operator can judge them. */
const OPERATOR_ONLY: ReadonlySet<RiskEntry['risk']> = new Set(['varying-measurement', 'amount-of-data']);

/** 5. Every risk of the guideline: what the engine found, what the operator decided and why, and for which data. */
export function risksSection(ctx: SheetContext): void {
  const { sheet, flow, t } = ctx;
  sectionHeading(flow, 5, t('sheet.section.risks'));
  paragraph(flow, STYLE.body, t('sheet.risks.lead'));
  sheet.risks.forEach((entry, i) => {
    subheading(flow, `5.${i + 1}  ${t(`risk.${entry.risk}.title`)}`);
    table(flow, { variant: 'pairs', style: STYLE.body, columns: PAIR_COLUMNS, rows: riskRows(ctx, entry) });
    if (!flow.atPageTop) flow.doc.save().moveTo(flow.left, flow.y).lineTo(flow.right, flow.y).lineWidth(0.4).strokeColor(COLOR.faintRule).stroke().restore();
  });
}

function riskRows(ctx: SheetContext, entry: RiskEntry): Cell[][] {
  const { t, format } = ctx;
  let finding: Cell;
  if (OPERATOR_ONLY.has(entry.risk)) {
    finding = { text: t('sheet.risks.operatorOnly'), tone: 'muted' };
  } else if (!entry.raised) {
    finding = t('sheet.risks.notRaised');
  } else {
    const reasons = riskReasonsText(t, format, entry.reasons);
    const n = format.integer(entry.objects);
    finding = {
      text: reasons.length > 0 ? t('sheet.risks.raisedBecause', { n, reasons: reasons.join('; ') }) : t('sheet.risks.raised', { n }),
      tone: 'bold',
    };
  }
  const decision: Cell = entry.decision
    ? { text: t(`sheet.decision.${entry.decision}`), tone: 'bold' }
    : { text: t('sheet.risks.noDecision'), tone: 'warning' };
  const justification: Cell = entry.justification?.trim() ? entry.justification : { text: t('sheet.risks.noJustification'), tone: 'muted' };
  const scope: Cell = entry.scope === 'all'
    ? t('sheet.risks.scopeAll')
    : entry.scope.length > 0 ? format.list(entry.scope) : { text: t('sheet.risks.noJustification'), tone: 'muted' };
  return [
    [t('sheet.risks.finding'), finding],
    [t('sheet.risks.decision'), decision],
    [t('sheet.risks.justification'), justification],
    [t('sheet.risks.scope'), scope],
  ];
}
