import type { SeriesView } from '../../../main/api/contract.js';

/** A series named the way the browser shows it: "CT #2 Head 2.5 mm". */
export const seriesLabel = (series: SeriesView): string =>
  [series.modality, series.number !== undefined ? `#${series.number}` : '', series.description].filter(Boolean).join(' ');
