import type { Point } from './affine.js';
import type { MaskGeometry } from './maskTypes.js';
import { distanceToSegment } from './simplifyPolyline.js';

function insidePolygon([x, y]: Point, points: readonly Point[]): boolean {
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i]!;
    const [xj, yj] = points[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const rectanglePoints = (x: number, y: number, w: number, h: number): Point[] => [
  [x, y],
  [x + w, y],
  [x + w, y + h],
  [x, y + h],
];

/**
 * Whether an image point is on the geometry: inside it, or within `tolerance` (image pixels) of its outline
 * so that thin shapes can still be picked.
 */
export function hitTestGeometry(geometry: MaskGeometry, point: Point, tolerance: number): boolean {
  switch (geometry.type) {
    case 'ellipse': {
      const [x, y] = point;
      const nx = (x - geometry.cx) / (geometry.rx + tolerance);
      const ny = (y - geometry.cy) / (geometry.ry + tolerance);
      return nx * nx + ny * ny <= 1;
    }
    case 'rectangle':
    case 'polygon': {
      const points =
        geometry.type === 'rectangle'
          ? rectanglePoints(geometry.x, geometry.y, geometry.width, geometry.height)
          : geometry.points;
      if (insidePolygon(point, points)) return true;
      return points.some((p, i) => distanceToSegment(point, p, points[(i + 1) % points.length]!) <= tolerance);
    }
  }
}
