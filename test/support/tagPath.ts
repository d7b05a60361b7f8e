import type { DicomElement } from '../../main/dicom/dataset.js';

/** The element at a path such as "(0008,1115)[0].(0008,114A)[0].(0008,1155)", or undefined. */
export function elementAt(dataset: readonly DicomElement[], path: string): DicomElement | undefined {
  let elements: readonly DicomElement[] | undefined = dataset;
  let found: DicomElement | undefined;
  for (const step of path.split('.')) {
    const m = /^\(([0-9A-F]{4}),([0-9A-F]{4})\)(?:\[(\d+)\])?$/i.exec(step);
    if (!m || !elements) return undefined;
    const tag = parseInt(m[1]! + m[2]!, 16);
    found = elements.find((e) => e.tag === tag);
    if (!found) return undefined;
    elements = m[3] === undefined ? undefined : found.items?.[Number(m[3])]?.elements;
    if (m[3] !== undefined && !elements) return undefined;
  }
  return found;
}
