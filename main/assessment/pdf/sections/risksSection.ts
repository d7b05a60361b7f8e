import type { RiskEntry } from '../../assessmentSheet.js';
import { sectionHeading, subheading } from '../layout/heading.js';
import { paragraph } from '../layout/paragraph.js';
import { PAIR_COLUMNS, table, type Cell } from '../layout/table.js';
import { COLOR, STYLE } from '../layout/textStyle.js';
import type { SheetContext } from '../sheetContext.js';
import { riskReasonsText } from './riskReasonText.js';

/** Lines of the checklist that no automatic check raises: the operator weighs them from what they state. */
const OPERATOR_ONLY: ReadonlySet<RiskEntry['risk']> = new Set(['varying-measurement', 'amount-of-data']);

/**
 * 5. Every risk of the guideline: what the engine found, what the operator decided and why, and for which data.
 * The sheet holds one entry per decision; entries of the same risk are shown as one item with its decisions.
 */
export function risksSection(ctx: SheetContext): void {
  const { sheet, flow, t } = ctx;
  sectionHeading(flow, 5, t('sheet.section.risks'));
  paragraph(flow, STYLE.body, t('sheet.risks.lead'));
  groupByRisk(sheet.risks).forEach((entries, i) => {
    const first = entries[0]!;
    subheading(flow, `5.${i + 1}  ${t(`risk.${first.risk}.title`)}`);
    const rows: Cell[][] = [[t('sheet.risks.finding'), finding(ctx, first)], ...entries.flatMap((entry) => decisionRows(ctx, entry))];
    table(flow, { variant: 'pairs', style: STYLE.body, columns: PAIR_COLUMNS, rows });
    if (!flow.atPageTop) flow.doc.save().moveTo(flow.left, flow.y).lineTo(flow.right, flow.y).lineWidth(0.4).strokeColor(COLOR.faintRule).stroke().restore();
  });
}

/** Consecutive entries of the same risk, together. */
function groupByRisk(entries: readonly RiskEntry[]): RiskEntry[][] {
  const groups: RiskEntry[][] = [];
  for (const entry of entries) {
    const last = groups.at(-1);
    if (last && last[0]!.risk === entry.risk) last.push(entry);
    else groups.push([entry]);
  }
  return groups;
}

function finding(ctx: SheetContext, entry: RiskEntry): Cell {
  const { sheet, t, format } = ctx;
  const n = format.integer(entry.objects);
  if (entry.risk === 'varying-measurement') return entry.objects > 0 ? t('sheet.risks.varyingFound', { n }) : t('sheet.risks.varyingNone');
  if (entry.risk === 'amount-of-data') {
    // Field names are labels ("Age group"); inside a sentence they are ordinary words.
    const fields = sheet.data.supplementaryFields.map((s) => lowerFirst(t(`sheet.field.${s.field}`), sheet.language));
    return fields.length > 0 ? t('sheet.risks.amountFound', { n, fields: format.list(fields) }) : t('sheet.risks.amountNoFields', { n });
  }
  if (!entry.raised) return t('sheet.risks.notRaised');
  const reasons = riskReasonsText(t, format, entry.reasons);
  return {
    text: reasons.length > 0 ? t('sheet.risks.raisedBecause', { n, reasons: reasons.join('; ') }) : t('sheet.risks.raised', { n }),
    tone: 'bold',
  };
}

/**
 * Decision, justification and scope. A raised risk without a decision is a gap, and shown as one; a line nobody
 * needed to decide on shows no empty justification and scope.
 */
function decisionRows(ctx: SheetContext, entry: RiskEntry): Cell[][] {
  const { t, format } = ctx;
  const dash: Cell = { text: t('sheet.risks.noJustification'), tone: 'muted' };
  const justified = Boolean(entry.justification?.trim());
  let decision: Cell;
  if (entry.decision) decision = { text: t(`sheet.decision.${entry.decision}`), tone: 'bold' };
  else if (entry.raised) decision = { text: t('sheet.risks.noDecision'), tone: 'warning' };
  else decision = { text: t(OPERATOR_ONLY.has(entry.risk) ? 'sheet.risks.noDecision' : 'sheet.risks.noDecisionNeeded'), tone: 'muted' };
  const rows: Cell[][] = [[t('sheet.risks.decision'), decision]];
  if (!entry.decision && !entry.raised && !justified) return rows;
  const scope: Cell = entry.scope === 'all' ? t('sheet.risks.scopeAll') : entry.scope.length > 0 ? format.list(entry.scope) : dash;
  rows.push([t('sheet.risks.justification'), justified ? entry.justification! : dash], [t('sheet.risks.scope'), scope]);
  return rows;
}

const lowerFirst = (text: string, language: string): string => text.charAt(0).toLocaleLowerCase(language) + text.slice(1);
