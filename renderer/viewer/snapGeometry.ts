import type { CropRectangle, EllipseGeometry, MaskGeometry, PolygonGeometry, RectangleGeometry } from './maskTypes.js';

/** The image's extent in source pixels. */
export interface ImageSize {
  columns: number;
  rows: number;
}

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));
const half = (v: number): number => Math.round(v * 2) / 2;

/**
 * Rectangles are kept on whole-pixel edges so that they cover whole pixels, clipped to the image. Returns
 * undefined when nothing of a pixel remains.
 */
export function snapRectangle(
  { x, y, width, height }: Omit<RectangleGeometry, 'type'>,
  size: ImageSize,
): Omit<RectangleGeometry, 'type'> | undefined {
  const left = clamp(Math.round(Math.min(x, x + width)), 0, size.columns);
  const right = clamp(Math.round(Math.max(x, x + width)), 0, size.columns);
  const top = clamp(Math.round(Math.min(y, y + height)), 0, size.rows);
  const bottom = clamp(Math.round(Math.max(y, y + height)), 0, size.rows);
  if (right - left < 1 || bottom - top < 1) return undefined;
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** Ellipses and polygons are kept on a half-pixel grid (pixel edges and centres); ellipse centres stay on the image. */
function snapEllipse(e: EllipseGeometry, size: ImageSize): EllipseGeometry | undefined {
  const rx = half(Math.abs(e.rx));
  const ry = half(Math.abs(e.ry));
  if (rx < 0.5 || ry < 0.5) return undefined;
  return { type: 'ellipse', cx: clamp(half(e.cx), 0, size.columns), cy: clamp(half(e.cy), 0, size.rows), rx, ry };
}

const polygonArea = (points: readonly [number, number][]): number =>
  Math.abs(points.reduce((sum, [x, y], i) => {
    const [nx, ny] = points[(i + 1) % points.length]!;
    return sum + x * ny - nx * y;
  }, 0)) / 2;

function snapPolygon(p: PolygonGeometry, size: ImageSize): PolygonGeometry | undefined {
  const points: [number, number][] = [];
  for (const [x, y] of p.points) {
    const point: [number, number] = [clamp(half(x), 0, size.columns), clamp(half(y), 0, size.rows)];
    const last = points[points.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) points.push(point);
  }
  const first = points[0];
  const last = points[points.length - 1];
  if (points.length > 1 && first && last && first[0] === last[0] && first[1] === last[1]) points.pop();
  if (points.length < 3 || polygonArea(points) < 0.25) return undefined;
  return { type: 'polygon', points };
}

/** The geometry as the viewer stores and reports it, or undefined if it encloses (almost) nothing. */
export function snapGeometry(geometry: MaskGeometry, size: ImageSize): MaskGeometry | undefined {
  switch (geometry.type) {
    case 'rectangle': {
      const r = snapRectangle(geometry, size);
      return r && { type: 'rectangle', ...r };
    }
    case 'ellipse':
      return snapEllipse(geometry, size);
    case 'polygon':
      return snapPolygon(geometry, size);
  }
}

export const snapCrop = (crop: CropRectangle, size: ImageSize): CropRectangle | undefined => snapRectangle(crop, size);
