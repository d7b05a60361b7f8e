import { validateCropRect, type CropRect } from './cropFrame.js';
import { PixelOpError } from './pixelOpError.js';

/** What happens to the pixel grid: an optional crop of the source, then a reduction to outRows × outColumns. */
export interface GeometryTransform {
  readonly crop?: CropRect;
  readonly sourceRows: number;
  readonly sourceColumns: number;
  readonly outRows: number;
  readonly outColumns: number;
}

/** The transform in numbers: where the kept area starts and how many source pixels one output pixel spans. */
export interface GridMapping {
  /** First source column and row kept. */
  readonly x: number;
  readonly y: number;
  /** Source columns and rows kept (the crop, or the whole image). */
  readonly width: number;
  readonly height: number;
  readonly outColumns: number;
  readonly outRows: number;
  /** Source columns per output column (width / outColumns) and source rows per output row. */
  readonly columnScale: number;
  readonly rowScale: number;
  /** Whether the kept area is less than the whole source, and whether it is reduced. */
  readonly cropped: boolean;
  readonly resized: boolean;
}

/** Validates a transform (whole pixels, crop inside the source, output no larger than the kept area). */
export function gridMapping(transform: GeometryTransform): GridMapping {
  const { sourceRows, sourceColumns, outRows, outColumns } = transform;
  for (const [name, v] of [['sourceRows', sourceRows], ['sourceColumns', sourceColumns], ['outRows', outRows], ['outColumns', outColumns]] as const) {
    if (!Number.isInteger(v) || v < 1) throw new PixelOpError('invalid-argument', `${name} ${v} is not a positive whole number`);
  }
  const crop = transform.crop ?? { x: 0, y: 0, width: sourceColumns, height: sourceRows };
  validateCropRect(crop, sourceRows, sourceColumns);
  if (outColumns > crop.width || outRows > crop.height) {
    throw new PixelOpError('invalid-argument', `the output ${outColumns}×${outRows} is larger than the ${crop.width}×${crop.height} pixels kept`);
  }
  return {
    x: crop.x,
    y: crop.y,
    width: crop.width,
    height: crop.height,
    outColumns,
    outRows,
    columnScale: crop.width / outColumns,
    rowScale: crop.height / outRows,
    cropped: crop.width !== sourceColumns || crop.height !== sourceRows,
    resized: outColumns !== crop.width || outRows !== crop.height,
  };
}

/**
 * Where a source pixel-centre coordinate (column or row index, fractional allowed) lands in output
 * pixel-centre coordinates along one axis: output pixel j spans source edges [j·scale, (j+1)·scale) from the
 * kept area's first edge, so its centre is at source index (j + 0.5)·scale − 0.5 + start.
 */
export const mapCentre = (index: number, start: number, scale: number): number => (index - start + 0.5) / scale - 0.5;

/** The source pixel-centre coordinate of output pixel 0 along one axis: the offset Image Position moves by. */
export const firstCentreOffset = (start: number, scale: number): number => start + (scale - 1) / 2;
