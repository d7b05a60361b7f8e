import { sectionHeading, subheading } from '../layout/heading.js';
import { paragraph } from '../layout/paragraph.js';
import { PAIR_COLUMNS, table, type Cell } from '../layout/table.js';
import { COLOR, STYLE } from '../layout/textStyle.js';
import type { SheetContext } from '../sheetContext.js';

const MEGABYTE = 1_000_000;

/** 7. The independent checks of the outputs, and the digest that fixes which files this assessment covers. */
export function verificationSection(ctx: SheetContext): void {
  const { sheet, flow, t, format } = ctx;
  const v = sheet.verification;
  const count = (n: number, bad = false): Cell => ({ text: format.integer(n), tone: bad ? 'warning' : 'plain' });
  const pairs = (rows: Cell[][]): void => table(flow, { variant: 'pairs', style: STYLE.body, columns: PAIR_COLUMNS, rows });

  sectionHeading(flow, 7, t('sheet.section.verification'));
  paragraph(flow, STYLE.body, t('sheet.verification.lead'));
  pairs([[t('sheet.verification.result'), v.passed ? { text: t('sheet.verification.passed'), tone: 'bold' } : { text: t('sheet.verification.failed'), tone: 'warning' }]]);

  subheading(flow, t('sheet.verification.scan'));
  paragraph(flow, STYLE.body, t('sheet.verification.scanLead'));
  const bytes = format.integer(v.bytesScanned);
  pairs([
    [t('sheet.verification.identifiersChecked'), count(v.identifiersChecked)],
    [t('sheet.verification.filesScanned'), count(v.filesScanned)],
    [
      t('sheet.verification.bytesScanned'),
      v.bytesScanned >= MEGABYTE / 10 ? t('sheet.verification.bytesValue', { bytes, megabytes: format.decimal(v.bytesScanned / MEGABYTE, 1) }) : bytes,
    ],
    [t('sheet.verification.hits'), { text: format.integer(v.hits), tone: v.hits > 0 ? 'warning' : 'bold' }],
  ]);

  subheading(flow, t('sheet.verification.maskChecks'));
  pairs([
    [t('sheet.verification.maskObjects'), count(v.maskChecks.objects)],
    [t('sheet.verification.maskFrames'), count(v.maskChecks.frames)],
    [t('sheet.verification.maskFailures'), { text: format.integer(v.maskChecks.failures), tone: v.maskChecks.failures > 0 ? 'warning' : 'bold' }],
  ]);

  subheading(flow, t('sheet.verification.validation'));
  pairs([
    [
      t('sheet.verification.validationRead'),
      {
        text: t('sheet.verification.validationValue', { valid: format.integer(v.validation.valid), files: format.integer(v.validation.files) }),
        tone: v.validation.valid < v.validation.files ? 'warning' : 'plain',
      },
    ],
  ]);

  subheading(flow, t('sheet.verification.outputs'));
  pairs([[t('sheet.verification.outputCount'), { text: format.integer(v.outputs.length), tone: 'bold' }]]);
  // The digest gets a full line of its own so that it is never broken, and can be read back or copied whole.
  paragraph(flow, { ...STYLE.body, color: COLOR.muted }, t('sheet.verification.digest'), { after: 1 });
  paragraph(flow, STYLE.bodyBold, v.outputsDigest, { after: 3 });
  paragraph(flow, STYLE.note, t('sheet.verification.digestNote'));
}
