import type { DicomElement } from '../../dicom/dataset.js';
import { formatTag, type Tag } from '../../dicom/tag.js';

/**
 * Paths name an element at any depth the way the profile walker (main/profile/applyProfile.ts) and its action
 * records do: "(0028,0030)" at the top level, "(5200,9230)[2].(0028,9110)[0].(0028,0030)" inside items
 * (0-based item indexes).
 */
export const elementPath = (prefix: string, tag: Tag): string => `${prefix}${formatTag(tag)}`;

/** The prefix of the elements of item `index` of the sequence at `sequencePath`. */
export const itemPrefix = (sequencePath: string, index: number): string => `${sequencePath}[${index}].`;

/** Visits every element at every depth with its path. */
export function walkWithPaths(elements: readonly DicomElement[], visit: (element: DicomElement, path: string) => void, prefix = ''): void {
  for (const element of elements) {
    const path = elementPath(prefix, element.tag);
    visit(element, path);
    element.items?.forEach((item, index) => walkWithPaths(item.elements, visit, itemPrefix(path, index)));
  }
}
