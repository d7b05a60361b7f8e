import { createHmac, randomInt } from 'node:crypto';
import type { PatientNode } from '../catalog/buildIndex.js';
import type { IndexedObject } from '../catalog/indexedObject.js';

/** Where each object goes in the export and under which neutral labels (nothing from source paths or names). */
export interface ExportLayout {
  readonly patientLabel: ReadonlyMap<string, string>;
  /** SOP Instance UID → relative output path "S0001/SE0001/IM0001.dcm". */
  readonly outputPath: ReadonlyMap<string, string>;
  readonly studyLabel: ReadonlyMap<string, string>;
  readonly seriesLabel: ReadonlyMap<string, string>;
}

const pad = (n: number): string => String(n).padStart(4, '0');

/** Fisher–Yates with a cryptographic source: the label order must not reveal the source order. */
function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const BASE32 = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A stable pseudonym from the secret key: re-exports with the same key give the same label. */
export function pseudonymLabel(key: Buffer, patientKey: string): string {
  const digest = createHmac('sha256', key).update(`patient:${patientKey}`).digest();
  let out = '';
  for (let i = 0; i < 10; i++) out += BASE32[digest[i]! % 32];
  return `PSN-${out}`;
}

/**
 * Numbers patients, studies, series and instances. Anonymous mode numbers patients in a random order
 * (ANON-0001…), so labels say nothing about the source; pseudonymous mode labels them from the key.
 */
export function planExportLayout(patients: readonly PatientNode[], key: Buffer | undefined): ExportLayout {
  const patientLabel = new Map<string, string>();
  const ordered = key
    ? [...patients].sort((a, b) => pseudonymLabel(key, a.patientKey).localeCompare(pseudonymLabel(key, b.patientKey)))
    : shuffled(patients);
  ordered.forEach((p, i) => patientLabel.set(p.patientKey, key ? pseudonymLabel(key, p.patientKey) : `ANON-${pad(i + 1)}`));

  const outputPath = new Map<string, string>();
  const studyLabel = new Map<string, string>();
  const seriesLabel = new Map<string, string>();
  let study = 0;
  for (const patient of ordered) {
    for (const s of patient.studies) {
      const studyName = `S${pad(++study)}`;
      studyLabel.set(s.studyInstanceUid, studyName);
      s.series.forEach((series, si) => {
        const seriesName = `SE${pad(si + 1)}`;
        seriesLabel.set(series.seriesInstanceUid, `${studyName}/${seriesName}`);
        series.objects.forEach((o: IndexedObject, oi) => {
          outputPath.set(o.sopInstanceUid, `${studyName}/${seriesName}/IM${pad(oi + 1)}.dcm`);
        });
      });
    }
  }
  return { patientLabel, outputPath, studyLabel, seriesLabel };
}
