import type { Point } from './affine.js';
import type { MaskGeometry } from './maskTypes.js';

/** A grip on a shape: the eight box grips of rectangles and ellipses, or a polygon's vertex by index. */
export type HandleId = 'nw' | 'n' | 'ne' | 'e' | 'se' | 's' | 'sw' | 'w' | number;

export interface Handle {
  id: HandleId;
  point: Point;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const BOX_HANDLES = ['nw', 'n', 'ne', 'e', 'se', 's', 'sw', 'w'] as const;

function boxOf(geometry: Exclude<MaskGeometry, { type: 'polygon' }>): Box {
  return geometry.type === 'rectangle'
    ? { left: geometry.x, top: geometry.y, right: geometry.x + geometry.width, bottom: geometry.y + geometry.height }
    : { left: geometry.cx - geometry.rx, top: geometry.cy - geometry.ry, right: geometry.cx + geometry.rx, bottom: geometry.cy + geometry.ry };
}

function fromBox(type: 'rectangle' | 'ellipse', { left, top, right, bottom }: Box): MaskGeometry {
  const x = Math.min(left, right);
  const y = Math.min(top, bottom);
  const width = Math.abs(right - left);
  const height = Math.abs(bottom - top);
  return type === 'rectangle'
    ? { type, x, y, width, height }
    : { type, cx: x + width / 2, cy: y + height / 2, rx: width / 2, ry: height / 2 };
}

function boxHandlePoint(box: Box, id: (typeof BOX_HANDLES)[number]): Point {
  const cx = (box.left + box.right) / 2;
  const cy = (box.top + box.bottom) / 2;
  const x = id.includes('w') ? box.left : id.includes('e') ? box.right : cx;
  const y = id.includes('n') ? box.top : id.includes('s') ? box.bottom : cy;
  return [x, y];
}

export function geometryHandles(geometry: MaskGeometry): Handle[] {
  if (geometry.type === 'polygon') return geometry.points.map((point, id) => ({ id, point }));
  const box = boxOf(geometry);
  return BOX_HANDLES.map((id) => ({ id, point: boxHandlePoint(box, id) }));
}

/** The geometry with one handle dragged to `point`; the opposite side stays where it was. */
export function dragHandle(geometry: MaskGeometry, handle: HandleId, [x, y]: Point): MaskGeometry {
  if (geometry.type === 'polygon') {
    if (typeof handle !== 'number') return geometry;
    return { type: 'polygon', points: geometry.points.map((p, i) => (i === handle ? [x, y] : p)) };
  }
  if (typeof handle === 'number') return geometry;
  const box = boxOf(geometry);
  if (handle.includes('w')) box.left = x;
  if (handle.includes('e')) box.right = x;
  if (handle.includes('n')) box.top = y;
  if (handle.includes('s')) box.bottom = y;
  return fromBox(geometry.type, box);
}

export function translateGeometry(geometry: MaskGeometry, [dx, dy]: Point): MaskGeometry {
  switch (geometry.type) {
    case 'rectangle':
      return { ...geometry, x: geometry.x + dx, y: geometry.y + dy };
    case 'ellipse':
      return { ...geometry, cx: geometry.cx + dx, cy: geometry.cy + dy };
    case 'polygon':
      return { type: 'polygon', points: geometry.points.map(([x, y]) => [x + dx, y + dy]) };
  }
}

/** The shape drawn by dragging from `start` to `end` with a box tool (the drag spans the bounding box). */
export const geometryFromDrag = (type: 'rectangle' | 'ellipse', start: Point, end: Point): MaskGeometry =>
  fromBox(type, { left: start[0], top: start[1], right: end[0], bottom: end[1] });

/** The extent a move must keep inside the image: the whole shape, except an ellipse's centre. */
function movableExtent(geometry: MaskGeometry): Box {
  switch (geometry.type) {
    case 'rectangle':
      return boxOf(geometry);
    case 'ellipse':
      return { left: geometry.cx, top: geometry.cy, right: geometry.cx, bottom: geometry.cy };
    case 'polygon': {
      const xs = geometry.points.map((p) => p[0]);
      const ys = geometry.points.map((p) => p[1]);
      return { left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys) };
    }
  }
}

/** Moves the geometry by `delta`, stopping at the image's edges rather than shrinking the shape. */
export function translateGeometryWithin(
  geometry: MaskGeometry,
  [dx, dy]: Point,
  size: { columns: number; rows: number },
): MaskGeometry {
  const extent = movableExtent(geometry);
  const clampedX = Math.min(Math.max(dx, -extent.left), size.columns - extent.right);
  const clampedY = Math.min(Math.max(dy, -extent.top), size.rows - extent.bottom);
  return translateGeometry(geometry, [clampedX, clampedY]);
}
