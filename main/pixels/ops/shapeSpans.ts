import type { EllipseShape, MaskShape, PolygonShape, RectangleShape } from './maskShape.js';

/**
 * Receives the covered pixels of one image row as an inclusive column range; the range is already clipped to
 * the image and never empty.
 */
export type SpanVisitor = (row: number, firstColumn: number, lastColumn: number) => void;

/**
 * Visits the pixels a shape covers, row by row, clipped to a rows × columns image. A pixel is covered when its
 * centre (column + 0.5, row + 0.5) lies inside the shape, with these boundary rules:
 *
 * - rectangles and polygons are half-open: a centre on the left or top edge is inside, one on the right or
 *   bottom edge is outside. So a rectangle x = 10, width = 30 covers columns 10…39 exactly, two rectangles that
 *   share an edge never both cover a pixel nor leave a gap, and a polygon drawn along a rectangle's outline
 *   covers the same pixels as the rectangle;
 * - ellipses are closed (a centre on the curve is inside): they tile with nothing, so the conservative choice
 *   costs no consistency;
 * - polygons use the non-zero winding rule. A radiographer who draws a freehand loop around a tattoo and closes
 *   it with an overlap expects everything inside the loop masked; under even-odd, the doubly-encircled overlap
 *   would become an unmasked hole. Non-zero covers everything even-odd covers and more, which is the safe
 *   direction for a mask. Masks have no holes: leaving something visible is done by not masking it.
 */
export function visitShapeSpans(shape: MaskShape, rows: number, columns: number, visit: SpanVisitor): void {
  switch (shape.type) {
    case 'rectangle': return visitRectangle(shape, rows, columns, visit);
    case 'ellipse': return visitEllipse(shape, rows, columns, visit);
    case 'polygon': return visitPolygon(shape, rows, columns, visit);
  }
}

/** First index whose centre (i + 0.5) is ≥ `edge`: the half-open lower bound. */
const firstCentreAtOrAfter = (edge: number): number => Math.ceil(edge - 0.5);

function visitRectangle(shape: RectangleShape, rows: number, columns: number, visit: SpanVisitor): void {
  const r0 = Math.max(0, firstCentreAtOrAfter(shape.y));
  const r1 = Math.min(rows, firstCentreAtOrAfter(shape.y + shape.height)) - 1;
  const c0 = Math.max(0, firstCentreAtOrAfter(shape.x));
  const c1 = Math.min(columns, firstCentreAtOrAfter(shape.x + shape.width)) - 1;
  if (c0 > c1) return;
  for (let r = r0; r <= r1; r++) visit(r, c0, c1);
}

function visitEllipse(shape: EllipseShape, rows: number, columns: number, visit: SpanVisitor): void {
  const { cx, cy, rx, ry } = shape;
  const r0 = Math.max(0, Math.ceil(cy - ry - 0.5));
  const r1 = Math.min(rows - 1, Math.floor(cy + ry - 0.5));
  for (let r = r0; r <= r1; r++) {
    const dy = (r + 0.5 - cy) / ry;
    const inside = 1 - dy * dy;
    if (inside < 0) continue;
    const half = rx * Math.sqrt(inside);
    const c0 = Math.max(0, Math.ceil(cx - half - 0.5));
    const c1 = Math.min(columns - 1, Math.floor(cx + half - 0.5));
    if (c0 <= c1) visit(r, c0, c1);
  }
}

/**
 * Scanline fill with non-zero winding. Each non-horizontal edge crosses the row centres y in [low, high) of its
 * end points (half-open, so a vertex shared by two edges counts once); the crossings of one row, sorted by x,
 * delimit spans where the running winding number is non-zero. Crossings are bucketed per row first, so the cost
 * is the number of crossings, not rows × edges.
 */
function visitPolygon(shape: PolygonShape, rows: number, columns: number, visit: SpanVisitor): void {
  const points = shape.points;
  const n = points.length;
  const counts = new Int32Array(rows + 1);
  const rowRange = (ya: number, yb: number): [number, number] => [
    Math.max(0, firstCentreAtOrAfter(Math.min(ya, yb))),
    Math.min(rows, firstCentreAtOrAfter(Math.max(ya, yb))),
  ];
  for (let i = 0; i < n; i++) {
    const [, ya] = points[i]!;
    const [, yb] = points[(i + 1) % n]!;
    if (ya === yb) continue;
    const [from, to] = rowRange(ya, yb);
    for (let r = from; r < to; r++) counts[r + 1]!++;
  }
  for (let r = 0; r < rows; r++) counts[r + 1]! += counts[r]!;
  const total = counts[rows]!;
  if (total === 0) return;
  const xs = new Float64Array(total);
  const winding = new Int8Array(total);
  const cursor = counts.slice(0, rows);
  for (let i = 0; i < n; i++) {
    const [xa, ya] = points[i]!;
    const [xb, yb] = points[(i + 1) % n]!;
    if (ya === yb) continue;
    const [from, to] = rowRange(ya, yb);
    const slope = (xb - xa) / (yb - ya);
    const direction = yb > ya ? 1 : -1;
    for (let r = from; r < to; r++) {
      const at = cursor[r]!++;
      xs[at] = xa + (r + 0.5 - ya) * slope;
      winding[at] = direction;
    }
  }
  const order: number[] = [];
  for (let r = 0; r < rows; r++) {
    const start = counts[r]!;
    const end = counts[r + 1]!;
    if (end === start) continue;
    order.length = 0;
    for (let k = start; k < end; k++) order.push(k);
    order.sort((a, b) => xs[a]! - xs[b]!);
    // A closed outline crosses every row as often upwards as downwards, so each span that opens also closes.
    let sum = 0;
    let spanStart = 0;
    for (const at of order) {
      const before = sum;
      sum += winding[at]!;
      if (before === 0 && sum !== 0) spanStart = xs[at]!;
      else if (before !== 0 && sum === 0) {
        const c0 = Math.max(0, firstCentreAtOrAfter(spanStart));
        const c1 = Math.min(columns, firstCentreAtOrAfter(xs[at]!)) - 1;
        if (c0 <= c1) visit(r, c0, c1);
      }
    }
  }
}
