import { randomBytes } from 'node:crypto';
import type { IndexView, InstanceView, RiskFlagView, SeriesView } from '../api/contract.js';
import { riskFlagsFor } from '../assessment/riskFlags.js';
import { buildIndex } from '../catalog/buildIndex.js';
import type { ScanResult } from '../catalog/scanInputs.js';
import { refusalReason, sopClassLabel } from '../export/refusal.js';

/** Opaque ids for source files, so that the viewer's URLs never carry a path. */
export class FileRegistry {
  private readonly paths = new Map<string, string>();
  private readonly ids = new Map<string, string>();

  idFor(path: string): string {
    let id = this.ids.get(path);
    if (!id) {
      id = randomBytes(9).toString('base64url');
      this.ids.set(path, id);
      this.paths.set(id, path);
    }
    return id;
  }

  pathOf(id: string): string | undefined {
    return this.paths.get(id);
  }
}

const flagKey = (f: RiskFlagView): string => `${f.risk}:${JSON.stringify(f.reason)}`;

/** The index as the UI shows it: patients → studies → series → instances, with refusals and risk flags. */
export function buildIndexView(scan: ScanResult, files: FileRegistry): IndexView {
  const index = buildIndex(scan.objects);
  return {
    patients: index.map((p) => ({
      key: p.patientKey,
      name: p.name,
      id: p.id,
      birthDate: p.birthDate,
      sex: p.sex,
      studies: p.studies.map((s) => ({
        studyInstanceUid: s.studyInstanceUid,
        date: s.studyDate,
        description: s.description,
        series: s.series.map((se): SeriesView => {
          const instances = se.objects.map((o): InstanceView => {
            const refusal = refusalReason(o);
            return {
              sopInstanceUid: o.sopInstanceUid,
              fileId: files.idFor(o.path),
              instanceNumber: o.instanceNumber,
              frames: o.numberOfFrames,
              rows: o.rows,
              columns: o.columns,
              sopClass: sopClassLabel(o.sopClassUid),
              hasPixelData: o.hasPixelData,
              hasOverlays: o.hasOverlays,
              ...(refusal ? { refusal } : {}),
              flags: riskFlagsFor(o, se.objects.length),
            };
          });
          const flags = new Map<string, RiskFlagView>();
          for (const i of instances) for (const f of i.flags) flags.set(flagKey(f), f);
          const first = se.objects[0]!;
          const spacing = first.pixelSpacing;
          return {
            seriesInstanceUid: se.seriesInstanceUid,
            number: se.seriesNumber,
            modality: se.modality,
            description: se.description,
            bodyPart: se.bodyPartExamined,
            manufacturer: first.manufacturer,
            model: first.modelName,
            ...(spacing ? { pixelSpacing: spacing } : {}),
            instances,
            flags: [...flags.values()],
          };
        }),
      })),
    })),
    problems: scan.problems.map((p) => ({ path: p.path, reason: p.reason, code: p.code, ...(p.offset !== undefined ? { offset: p.offset } : {}), kind: p.kind })),
    notDicom: scan.notDicom.length,
    directories: scan.directories.length,
  };
}
