/**
 * A 2-D affine map in the convention of CanvasRenderingContext2D.setTransform and SVG matrix(): a point
 * (x, y) maps to (a·x + c·y + e, b·x + d·y + f).
 */
export interface Affine {
  a: number;
  b: number;
  c: number;
  d: number;
  e: number;
  f: number;
}

export type Point = [number, number];

export const applyAffine = (m: Affine, [x, y]: Point): Point => [m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f];

export function invertAffine(m: Affine): Affine {
  const det = m.a * m.d - m.b * m.c;
  if (det === 0) throw new RangeError('singular transform');
  return {
    a: m.d / det,
    b: -m.b / det,
    c: -m.c / det,
    d: m.a / det,
    e: (m.c * m.f - m.d * m.e) / det,
    f: (m.b * m.e - m.a * m.f) / det,
  };
}

/** Lengths in the target space of one unit along x and along y: how many canvas pixels one image pixel spans. */
export const affineScale = (m: Affine): Point => [Math.hypot(m.a, m.b), Math.hypot(m.c, m.d)];

export const affineToSvgMatrix = (m: Affine): string => `matrix(${m.a} ${m.b} ${m.c} ${m.d} ${m.e} ${m.f})`;
