import type { CharacterSet } from '../dicom/charset.js';
import type { DicomElement } from '../dicom/dataset.js';
import { isPrivateTag } from '../dicom/tag.js';
import { characterSetOf, stringValues } from '../dicom/values.js';
import { isStringVr } from '../dicom/vr.js';
import { profileRowFor } from './profileTable.js';

/** The string values of the elements `pick` chooses, at every depth, each in its item's character set. */
function valuesOf(dataset: readonly DicomElement[], pick: (element: DicomElement) => boolean): { element: DicomElement; value: string }[] {
  const out: { element: DicomElement; value: string }[] = [];
  const visit = (elements: readonly DicomElement[], charset: CharacterSet | undefined): void => {
    const here = characterSetOf(elements, charset);
    for (const element of elements) {
      if (element.items) {
        for (const item of element.items) visit(item.elements, here);
      } else if (element.bytes && pick(element)) {
        for (const value of stringValues(element, here)) out.push({ element, value });
      }
    }
  };
  visit(dataset, undefined);
  return out;
}

/**
 * Values of an object that identify someone: every person name and its parts, and the string values of every
 * attribute that Table E.1-1 does not keep (IDs, addresses, dates, institution names…), descriptors excepted.
 * Descriptor cleaning drops any token equal to one of them, even a token that is otherwise a vocabulary word.
 */
export function collectIdentifyingValues(dataset: readonly DicomElement[]): string[] {
  const values = new Set<string>();
  const identifying = (element: DicomElement): boolean => {
    if (!isStringVr(element.vr) || element.vr === 'UI') return false;
    const row = profileRowFor(element.tag);
    // Descriptors (rows that an option may clean) are what gets cleaned, not what identifies.
    const descriptor = row !== undefined && Object.values(row.options).includes('C');
    return element.vr === 'PN' || isPrivateTag(element.tag) || (row !== undefined && row.basic !== 'K' && !descriptor);
  };
  for (const { value } of valuesOf(dataset, identifying)) addWithParts(values, value, 2);
  return [...values];
}

/** Patient ID, Other Patient IDs and Accession Number, wherever they are (Other Patient IDs Sequence too). */
const PERSONAL_IDS: ReadonlySet<number> = new Set([0x00100020, 0x00101000, 0x00080050]);

/**
 * The values that name or number the patient or another person: every person name (and its parts of three
 * letters or more) and the patient's IDs and accession number, at any depth. A narrower set than
 * collectIdentifyingValues (no institution, device or vendor values), for checking attributes that are otherwise
 * kept: a manufacturer that is also the institution's name is no reason to clean it; a patient's surname is.
 */
export function collectPersonalValues(dataset: readonly DicomElement[]): string[] {
  const values = new Set<string>();
  for (const { element, value } of valuesOf(dataset, (e) => e.vr === 'PN' || PERSONAL_IDS.has(e.tag))) {
    if (element.vr === 'PN') addWithParts(values, value, 3);
    else if (value.trim().length >= 3) values.add(value.trim());
  }
  return [...values];
}

function addWithParts(values: Set<string>, value: string, shortest: number): void {
  const trimmed = value.trim();
  if (trimmed.length < shortest) return;
  values.add(trimmed);
  for (const part of trimmed.split(/[\s^=,;]+/)) if (part.length >= shortest) values.add(part);
}
