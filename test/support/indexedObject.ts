import type { IndexedObject } from '../../main/catalog/indexedObject.js';

const CT_IMAGE = '1.2.840.10008.5.1.4.1.1.2';

/** An index entry as the catalog would build it, for tests of what is decided from the index alone. */
export function indexedObject(overrides: Partial<IndexedObject> & { readonly sopInstanceUid: string }): IndexedObject {
  return {
    path: `/in/${overrides.sopInstanceUid}.dcm`,
    size: 1000,
    sopClassUid: CT_IMAGE,
    transferSyntaxUid: '1.2.840.10008.1.2.1',
    patientKey: 'P1',
    patientName: 'DOE^JANE',
    patientId: 'ID1',
    patientBirthDate: '19700101',
    patientSex: 'F',
    patientAge: '',
    studyInstanceUid: '1.2.3.1',
    studyDate: '20200101',
    studyDescription: '',
    seriesInstanceUid: '1.2.3.1.1',
    seriesNumber: 1,
    seriesDescription: '',
    modality: 'CT',
    bodyPartExamined: 'CHEST',
    instanceNumber: 1,
    numberOfFrames: 1,
    rows: 64,
    columns: 64,
    sliceThickness: 1,
    imageType: ['ORIGINAL', 'PRIMARY', 'AXIAL'],
    burnedInAnnotation: '',
    manufacturer: '',
    modelName: '',
    pixelSpacing: [0.5, 0.5],
    hasPixelData: true,
    hasOverlays: false,
    hasEmbeddedOverlays: false,
    warnings: [],
    ...overrides,
  };
}

/** `count` images of one series, numbered from 1. */
export function series(count: number, base: Partial<IndexedObject> & { readonly seriesInstanceUid: string }): IndexedObject[] {
  return Array.from({ length: count }, (_, i) =>
    indexedObject({ ...base, sopInstanceUid: `${base.seriesInstanceUid}.${i + 1}`, instanceNumber: i + 1 }),
  );
}
