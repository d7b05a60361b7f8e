import type { OutputElement } from '../../main/dicom/outputDataset.js';
import type { DicomObject } from '../../main/dicom/readDicomFile.js';
import { EXPLICIT_VR_LITTLE_ENDIAN } from '../../main/dicom/transferSyntax.js';
import { writeDicomFile, type WrittenFile } from '../../main/dicom/writeDicomFile.js';

/** Writes an object back unchanged (meta rebuilt, every data set element copied from the source). */
export function writeUnchanged(object: DicomObject, path: string): Promise<WrittenFile> {
  const meta: OutputElement[] = object.meta
    .filter((e) => e.tag !== 0x00020000 && e.tag !== 0x00020010)
    .map((element) => ({ kind: 'source', element }));
  const ts = object.transferSyntax.encapsulated ? object.transferSyntax.uid : EXPLICIT_VR_LITTLE_ENDIAN;
  meta.push({ kind: 'value', tag: 0x00020010, vr: 'UI', bytes: new TextEncoder().encode(ts) });
  // A duplicated tag keeps its first occurrence, as dcmtk does.
  const seen = new Set<number>();
  const dataset: OutputElement[] = object.dataset
    .filter((e) => (e.tag & 0xffff) !== 0 && !seen.has(e.tag) && seen.add(e.tag))
    .map((element) => ({ kind: 'source', element }));
  return writeDicomFile(path, meta, dataset, object.source);
}
