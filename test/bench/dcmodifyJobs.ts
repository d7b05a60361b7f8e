/**
 * The work dcmtk's dcmodify is given in the corpus benchmark, so that the comparison is with the job deid does:
 * PS3.15 Table E.1-1 resolved for the guideline profile (the same rows, the same options) and turned into the edits
 * dcmodify can express, each applied at every depth (`-ea`, `-ma`).
 *
 * dcmodify applies one set of values to every file of a run. Anonymising a folder so that each study and series
 * stays together and references between objects resolve therefore takes one run per file, with that file's mapped
 * UIDs (what a script around dcmodify does); one run over all files gives every file new random study, series
 * and instance UIDs, which splits every study. Both are timed, and the earlier, lighter job (38 attributes) too.
 */
import { readDicomFile } from '../../main/dicom/readDicomFile.js';
import { findElement } from '../../main/dicom/dataset.js';
import { lookupTag } from '../../main/dicom/dictionary.js';
import { stringValue } from '../../main/dicom/values.js';
import { isVr } from '../../main/dicom/vr.js';
import { DEFAULT_PLAN } from '../../main/plan/plan.js';
import { dummyString } from '../../main/profile/dummyValues.js';
import { PROFILE_TABLE_ROWS } from '../../main/profile/profileTable.js';
import { resolveAction } from '../../main/profile/resolveAction.js';

const hex = (tag: number): string => {
  const t = tag.toString(16).toUpperCase().padStart(8, '0');
  return `(${t.slice(0, 4)},${t.slice(4)})`;
};

/** UIDs a per-file run sets to the file's mapped value, so that studies, series and frames of reference hold. */
const MAPPED_UIDS = [0x0020000d, 0x0020000e, 0x00080018, 0x00200052] as const;

/** Identifying attributes of the lighter job: the common top-level rows of PS3.15 Table E.1-1. */
const LIGHT_ERASE = [
  '0010,0030', '0010,1010', '0010,1040', '0010,2154', '0010,1000', '0010,1001', '0008,0050', '0008,0080', '0008,0081',
  '0008,0090', '0008,1010', '0008,1030', '0008,103E', '0008,1048', '0008,1050', '0008,1060', '0008,1070', '0018,1000',
  '0018,1030', '0020,0010', '0020,4000', '0032,1032', '0038,0010', '0040,0244', '0040,0253', '0040,0254', '0008,0020',
  '0008,0021', '0008,0022', '0008,0023', '0008,0030', '0008,0031', '0008,0032', '0008,0033', '0008,0012', '0008,0013',
];

export interface ProfileEdits {
  readonly args: readonly string[];
  readonly erased: number;
  readonly modified: number;
}

/**
 * Table E.1-1 rows with an exact tag, resolved as deid resolves them for the guideline profile: remove (X), clean
 * (C, which dcmodify cannot do, so the attribute is erased) and UID replacement other than the mapped ones (U) →
 * erase at every depth; empty (Z) and dummy (D, a dummy of the attribute's VR) → modify at every depth; keep (K)
 * → nothing. Patient name and ID get a label; private attributes are erased (-ep).
 */
export function profileEdits(): ProfileEdits {
  const args: string[] = ['-ep', '-m', '(0010,0010)=ANON', '-m', '(0010,0020)=ANON'];
  let erased = 0;
  let modified = 0;
  for (const row of PROFILE_TABLE_ROWS) {
    if (row.mask !== 0xffffffff || (MAPPED_UIDS as readonly number[]).includes(row.value) || row.value === 0x00100010 || row.value === 0x00100020) continue;
    const vrText = lookupTag(row.value)?.vrText.slice(0, 2) ?? 'LO';
    const { action } = resolveAction(row, DEFAULT_PLAN.profile, isVr(vrText) ? vrText : 'LO');
    if (action === 'K') continue;
    if (action === 'Z' || action === 'D') {
      const dummy = action === 'D' && isVr(vrText) ? (dummyString(vrText) ?? '') : '';
      args.push('-ma', `${hex(row.value)}=${dummy}`);
      modified++;
    } else {
      args.push('-ea', hex(row.value));
      erased++;
    }
  }
  return { args, erased, modified };
}

export const lightEdits = (): string[] => ['-ep', '-m', '(0010,0010)=ANON', '-m', '(0010,0020)=ANON', ...LIGHT_ERASE.flatMap((t) => ['-ea', `(${t})`])];

/**
 * For each file, the `-ma` arguments that set its study, series, instance and frame-of-reference UIDs to values
 * mapped consistently across the corpus (read before timing; a file that cannot be read gets none).
 */
export function mappedUidArgs(files: readonly string[]): string[][] {
  const mapped = new Map<string, string>();
  const map = (uid: string): string => {
    let out = mapped.get(uid);
    if (!out) mapped.set(uid, (out = `2.25.${1000 + mapped.size}`));
    return out;
  };
  return files.map((file) => {
    try {
      const object = readDicomFile(file);
      try {
        return MAPPED_UIDS.flatMap((tag) => {
          const element = findElement(object.dataset, tag);
          const uid = element ? stringValue(element).trim() : '';
          return uid ? ['-ma', `${hex(tag)}=${map(uid)}`] : [];
        });
      } finally {
        object.close();
      }
    } catch {
      return [];
    }
  });
}
