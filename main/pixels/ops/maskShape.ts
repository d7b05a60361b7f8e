/**
 * Mask shapes as the plan file holds them (main/plan/plan.ts MaskShape has the same structure; a test keeps the
 * two in step). Coordinates are source pixels before any crop or resize: x counts columns, y counts rows, and
 * (0, 0) is the top-left corner of the top-left pixel, so pixel (column c, row r) has its centre at
 * (c + 0.5, r + 0.5). Values may be fractional.
 */

/** What a masked region hides; the guideline's list of identifying pixel content. */
export const MASK_CATEGORIES = ['face', 'tattoo', 'burned-in-text', 'dental', 'iris', 'fingerprint', 'palm', 'rare-finding', 'other'] as const;
export type MaskCategory = (typeof MASK_CATEGORIES)[number];

export interface RectangleShape {
  readonly type: 'rectangle';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly category: MaskCategory;
}

/** An axis-aligned ellipse: centre (cx, cy), radii rx along columns and ry along rows. */
export interface EllipseShape {
  readonly type: 'ellipse';
  readonly cx: number;
  readonly cy: number;
  readonly rx: number;
  readonly ry: number;
  readonly category: MaskCategory;
}

/** A closed polygon (the last point joins the first); it may cross itself. */
export interface PolygonShape {
  readonly type: 'polygon';
  readonly points: readonly (readonly [number, number])[];
  readonly category: MaskCategory;
}

export type MaskShape = RectangleShape | EllipseShape | PolygonShape;
