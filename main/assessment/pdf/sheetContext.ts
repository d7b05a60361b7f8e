import type { Translate } from '../../i18n/translate.js';
import type { AssessmentSheet } from '../assessmentSheet.js';
import type { Formatter } from './format.js';
import type { Flow } from './layout/flow.js';

/** What every section renderer needs: the sheet, where to draw, and the language's words and number formats. */
export interface SheetContext {
  readonly sheet: AssessmentSheet;
  readonly flow: Flow;
  readonly t: Translate;
  readonly format: Formatter;
}

/**
 * The translation of a code that may be outside the catalog (a refusal reason, a future category): the code itself
 * when no message exists, rather than the message key.
 */
export function translateCode(t: Translate, prefix: string, code: string): string {
  const key = `${prefix}.${code}`;
  const text = t(key);
  return text === key ? code : text;
}
