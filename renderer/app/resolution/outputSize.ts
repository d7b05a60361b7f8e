import type { Plan, Resolution } from '../../../main/api/contract.js';

export interface ImageSize {
  readonly rows: number;
  readonly columns: number;
}

/**
 * The output size at a reduced resolution, with the engine's rule (main/pixels/ops/outputSizeFor.ts): a scale
 * rounds each side half up (at least 1); a maximum size leaves smaller images alone and otherwise makes the
 * longer side exactly that. Shown to the operator before the export; the engine computes it again.
 */
export function outputSizeFor(size: ImageSize, resolution: Resolution): ImageSize {
  const scaled = (side: number, s: number): number => Math.max(1, Math.round(side * s));
  if ('scale' in resolution) return { rows: scaled(size.rows, resolution.scale), columns: scaled(size.columns, resolution.scale) };
  const n = resolution.maxDimension;
  const longer = Math.max(size.rows, size.columns);
  if (longer <= n) return size;
  return size.rows >= size.columns
    ? { rows: n, columns: scaled(size.columns, n / size.rows) }
    : { rows: scaled(size.rows, n / size.columns), columns: n };
}

/** The resolution that applies to a series: its own, or the export's; undefined at full resolution. */
export function resolutionOfSeries(plan: Plan, seriesInstanceUID: string): Resolution | undefined {
  const r = plan.resolution;
  if (!r) return undefined;
  const own = r.series?.find((s) => s.seriesInstanceUID === seriesInstanceUID);
  const chosen = own ?? r;
  if ('scale' in chosen) return chosen.scale >= 1 ? undefined : { scale: chosen.scale };
  return { maxDimension: chosen.maxDimension };
}

/** Whether the series has a resolution of its own. */
export const hasOwnResolution = (plan: Plan, seriesInstanceUID: string): boolean =>
  plan.resolution?.series?.some((s) => s.seriesInstanceUID === seriesInstanceUID) ?? false;

export interface Reduction {
  readonly before: ImageSize;
  readonly after: ImageSize;
  /** Source pixels per output pixel along the rows (the factor the viewer's preview takes). */
  readonly factor: number;
  /** Pixel spacing (row, column mm) after the reduction, when the source states one. */
  readonly spacing: readonly [number, number] | undefined;
}

/**
 * What a resolution does to an image: its size before and after, the preview factor, and the pixel spacing
 * that grows by each axis' exact ratio (as the engine rewrites it). Undefined when the image stays as it is.
 */
export function reductionOf(size: ImageSize, resolution: Resolution | undefined, spacing?: readonly [number, number]): Reduction | undefined {
  if (!resolution) return undefined;
  const after = outputSizeFor(size, resolution);
  if (after.rows === size.rows && after.columns === size.columns) return undefined;
  return {
    before: size,
    after,
    factor: size.columns / after.columns,
    spacing: spacing ? [(spacing[0] * size.rows) / after.rows, (spacing[1] * size.columns) / after.columns] : undefined,
  };
}
