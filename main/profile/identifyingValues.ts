import type { CharacterSet } from '../dicom/charset.js';
import type { DicomElement } from '../dicom/dataset.js';
import { isPrivateTag } from '../dicom/tag.js';
import { characterSetOf, stringValues } from '../dicom/values.js';
import { isStringVr } from '../dicom/vr.js';
import { profileRowFor } from './profileTable.js';

/**
 * Values of an object that identify someone: every person name and its parts, and the string values of every
 * attribute that Table E.1-1 does not keep (IDs, addresses, dates, institution names…), descriptors excepted.
 * Descriptor cleaning
 * drops any token equal to one of them, even a token that is otherwise a vocabulary word.
 */
export function collectIdentifyingValues(dataset: readonly DicomElement[]): string[] {
  const values = new Set<string>();
  const visit = (elements: readonly DicomElement[], charset: CharacterSet | undefined): void => {
    const here = characterSetOf(elements, charset);
    for (const element of elements) {
      if (element.items) {
        for (const item of element.items) visit(item.elements, here);
        continue;
      }
      if (!element.bytes || !isStringVr(element.vr) || element.vr === 'UI') continue;
      const row = profileRowFor(element.tag);
      // Descriptors (rows that an option may clean) are what gets cleaned, not what identifies.
      const descriptor = row !== undefined && Object.values(row.options).includes('C');
      const identifying =
        element.vr === 'PN' || isPrivateTag(element.tag) || (row !== undefined && row.basic !== 'K' && !descriptor);
      if (!identifying) continue;
      for (const value of stringValues(element, here)) addWithParts(values, value);
    }
  };
  visit(dataset, undefined);
  return [...values];
}

function addWithParts(values: Set<string>, value: string): void {
  const trimmed = value.trim();
  if (trimmed.length < 2) return;
  values.add(trimmed);
  for (const part of trimmed.split(/[\s^=,;]+/)) if (part.length >= 2) values.add(part);
}
