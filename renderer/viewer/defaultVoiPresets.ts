import type { VoiPresetTable } from './voi.js';

/**
 * Commonly used CT windows (centre/width in HU), as offered by most PACS viewers. Other modalities have no
 * standard windows: their images carry their own (0028,1050/1051), which the viewer starts from.
 */
export const DEFAULT_VOI_PRESETS: VoiPresetTable = {
  CT: [
    { id: 'ct-soft-tissue', center: 40, width: 400 },
    { id: 'ct-lung', center: -600, width: 1500 },
    { id: 'ct-bone', center: 480, width: 2500 },
    { id: 'ct-brain', center: 40, width: 80 },
    { id: 'ct-abdomen', center: 60, width: 400 },
    { id: 'ct-mediastinum', center: 50, width: 350 },
  ],
};
