import { utilities } from '@cornerstonejs/core';

/** Window (VOI) as DICOM states it: centre and width in modality units (PS3.3 C.11.2.1.2). */
export interface Voi {
  center: number;
  width: number;
}

/** A named window; `id` is a stable key that the app translates, never shown as is. */
export interface VoiPreset extends Voi {
  id: string;
}

/** Presets by modality code (0008,0060), e.g. { CT: [...], MR: [...] }; passed in as data. */
export type VoiPresetTable = Readonly<Record<string, readonly VoiPreset[]>>;

/**
 * Cornerstone's VOI range for a window and back. Cornerstone places the range at the LINEAR function's
 * edges, c − 0.5 ∓ (w − 1) / 2 (PS3.3 C.11.2.1.2.1); its own conversions are used so that a window read back
 * is the window that was set.
 */
export const voiToRange = ({ center, width }: Voi): { lower: number; upper: number } =>
  utilities.windowLevel.toLowHighRange(width, center);

export function rangeToVoi({ lower, upper }: { lower: number; upper: number }): Voi {
  const { windowCenter, windowWidth } = utilities.windowLevel.toWindowLevel(lower, upper);
  return { center: windowCenter, width: windowWidth };
}
