import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { DicomObject } from '../dicom/readDicomFile.js';
import { findElement } from '../dicom/dataset.js';
import { stringValues } from '../dicom/values.js';

export const MEDIA_STORAGE_DIRECTORY_SOP_CLASS = '1.2.840.10008.1.3.10';
const DIRECTORY_RECORD_SEQUENCE = 0x00041220;
const REFERENCED_FILE_ID = 0x00041500;

export interface DicomdirReference {
  /** The File ID as the record gives it, e.g. "PT000000/ST000000/IM000001". */
  readonly fileId: string;
  /** The file on disk, or undefined when the DICOMDIR names a file that is not there. */
  readonly path: string | undefined;
}

/**
 * The files a DICOMDIR references (PS3.3 F.3.2.2 Directory Record Sequence, Referenced File ID (0004,1500) as
 * path components relative to the DICOMDIR's folder). Media written on case-insensitive systems may differ in
 * case from the upper-case File IDs, so each component is matched case-insensitively when the exact name fails.
 */
export function readDicomdirReferences(dicomdir: DicomObject): DicomdirReference[] {
  const sequence = findElement(dicomdir.dataset, DIRECTORY_RECORD_SEQUENCE);
  const base = dirname(dicomdir.path);
  const seen = new Set<string>();
  const out: DicomdirReference[] = [];
  for (const item of sequence?.items ?? []) {
    const id = findElement(item.elements, REFERENCED_FILE_ID);
    if (!id) continue;
    const components = stringValues(id).filter((c) => c !== '');
    const fileId = components.join('/');
    if (!fileId || seen.has(fileId)) continue;
    seen.add(fileId);
    out.push({ fileId, path: resolveComponents(base, components) });
  }
  return out;
}

function resolveComponents(base: string, components: readonly string[]): string | undefined {
  let current = base;
  for (const component of components) {
    const exact = join(current, component);
    if (existsSync(exact)) {
      current = exact;
      continue;
    }
    let match: string | undefined;
    try {
      match = readdirSync(current).find((name) => name.toUpperCase() === component.toUpperCase());
    } catch {
      return undefined;
    }
    if (!match) return undefined;
    current = join(current, match);
  }
  return current;
}
