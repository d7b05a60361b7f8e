import type { IndexedObject } from './indexedObject.js';

export interface SeriesNode {
  readonly seriesInstanceUid: string;
  readonly seriesNumber: number | undefined;
  readonly modality: string;
  readonly description: string;
  readonly bodyPartExamined: string;
  /** Objects ordered by Instance Number, then SOP Instance UID. */
  readonly objects: readonly IndexedObject[];
}

export interface StudyNode {
  readonly studyInstanceUid: string;
  readonly studyDate: string;
  readonly description: string;
  readonly series: readonly SeriesNode[];
}

export interface PatientNode {
  readonly patientKey: string;
  readonly name: string;
  readonly id: string;
  readonly birthDate: string;
  readonly sex: string;
  readonly studies: readonly StudyNode[];
}

const byInstance = (a: IndexedObject, b: IndexedObject): number =>
  (a.instanceNumber ?? Number.MAX_SAFE_INTEGER) - (b.instanceNumber ?? Number.MAX_SAFE_INTEGER) ||
  a.sopInstanceUid.localeCompare(b.sopInstanceUid);

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    let list = groups.get(k);
    if (!list) groups.set(k, (list = []));
    list.push(item);
  }
  return groups;
}

/** Patients → studies → series → instances, in a stable order (dates, then numbers, then UIDs). */
export function buildIndex(objects: readonly IndexedObject[]): PatientNode[] {
  const patients: PatientNode[] = [];
  for (const [patientKey, ofPatient] of groupBy(objects, (o) => o.patientKey)) {
    const first = ofPatient[0]!;
    const studies: StudyNode[] = [];
    for (const [studyInstanceUid, ofStudy] of groupBy(ofPatient, (o) => o.studyInstanceUid)) {
      const series: SeriesNode[] = [];
      for (const [seriesInstanceUid, ofSeries] of groupBy(ofStudy, (o) => o.seriesInstanceUid)) {
        const s = ofSeries[0]!;
        series.push({
          seriesInstanceUid,
          seriesNumber: s.seriesNumber,
          modality: s.modality,
          description: s.seriesDescription,
          bodyPartExamined: s.bodyPartExamined,
          objects: [...ofSeries].sort(byInstance),
        });
      }
      series.sort(
        (a, b) =>
          (a.seriesNumber ?? Number.MAX_SAFE_INTEGER) - (b.seriesNumber ?? Number.MAX_SAFE_INTEGER) ||
          a.seriesInstanceUid.localeCompare(b.seriesInstanceUid),
      );
      studies.push({ studyInstanceUid, studyDate: ofStudy[0]!.studyDate, description: ofStudy[0]!.studyDescription, series });
    }
    studies.sort((a, b) => a.studyDate.localeCompare(b.studyDate) || a.studyInstanceUid.localeCompare(b.studyInstanceUid));
    patients.push({ patientKey, name: first.patientName, id: first.patientId, birthDate: first.patientBirthDate, sex: first.patientSex, studies });
  }
  return patients.sort((a, b) => a.patientKey.localeCompare(b.patientKey));
}
