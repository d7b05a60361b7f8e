import { DEFAULT_VOI_PRESETS, type VoiPresetTable } from '../../viewer/index.js';

/**
 * The window presets the viewer offers, by modality (data, labelled from `app.voi.<id>`): the common CT windows.
 * Other modalities start from the window their images state.
 */
export const VOI_PRESETS: VoiPresetTable = DEFAULT_VOI_PRESETS;
