import type { HeaderRow } from '../api/contract.js';
import type { CharacterSet } from '../dicom/charset.js';
import type { DicomElement } from '../dicom/dataset.js';
import { tagName } from '../dicom/dictionary.js';
import type { DicomObject } from '../dicom/readDicomFile.js';
import { formatTag } from '../dicom/tag.js';
import { characterSetOf, numberValues, stringValue } from '../dicom/values.js';
import { isStringVr } from '../dicom/vr.js';
import type { ActionRecord } from '../profile/actionRecord.js';

const MAX_VALUE = 120;

/** A source value as short text for the header panel (binary values by size, long ones cut). */
function displayValue(element: DicomElement, charset: CharacterSet): string {
  if (element.items) return `${element.items.length} item(s)`;
  if (element.fragments) return `${element.fragments.length - 1} fragment(s)`;
  if (element.bulk) return `${element.length} bytes`;
  let text: string;
  if (isStringVr(element.vr)) text = stringValue(element, charset);
  else if (['US', 'SS', 'UL', 'SL', 'FL', 'FD', 'SV', 'UV', 'AT'].includes(element.vr)) text = numberValues(element).slice(0, 16).join('\\');
  else text = `${element.length} bytes`;
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE)}…` : text;
}

/**
 * The header of an object beside what the profile will do to each attribute: one row per source element, in
 * order, at every depth (the records say kept / replaced / emptied / removed / cleaned and the rule).
 */
export function headerRows(object: DicomObject, records: readonly ActionRecord[]): HeaderRow[] {
  const byPath = new Map(records.map((r) => [r.path, r]));
  const rows: HeaderRow[] = [];
  const visit = (elements: readonly DicomElement[], inherited: CharacterSet | undefined, prefix: string, depth: number, underRemoved: ActionRecord | undefined): void => {
    const charset = characterSetOf(elements, inherited);
    for (const element of elements) {
      const path = `${prefix}${formatTag(element.tag)}`;
      const record = byPath.get(path) ?? underRemoved;
      rows.push({
        path,
        tag: formatTag(element.tag),
        name: tagName(element.tag),
        vr: element.vr,
        value: displayValue(element, charset),
        outcome: record?.outcome ?? 'removed',
        rule: record?.rule ?? '',
        depth,
      });
      // The content of a removed or emptied sequence goes with it.
      const gone = record && (record.outcome === 'removed' || record.outcome === 'emptied') ? record : underRemoved;
      element.items?.forEach((item, i) => visit(item.elements, charset, `${path}[${i}].`, depth + 1, gone));
    }
  };
  visit(object.dataset, undefined, '', 0, undefined);
  return rows;
}
