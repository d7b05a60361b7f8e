/**
 * Masks and the crop rectangle in source pixel coordinates: x is the column, y the row, and (0, 0) is the
 * top-left corner of the top-left pixel of the source image as stored (before any crop or resize). Pixel
 * (column c, row r) therefore covers [c, c + 1) × [r, r + 1), and a rectangle {x: 10, y: 20, width: 5,
 * height: 3} covers columns 10–14 of rows 20–22.
 */

/** What a mask hides; the vocabulary of the de-identification plan (the app labels it from translations). */
export const MASK_CATEGORIES = [
  'face',
  'tattoo',
  'burned-in-text',
  'dental',
  'iris',
  'fingerprint',
  'palm',
  'rare-finding',
  'other',
] as const;
export type MaskCategory = (typeof MASK_CATEGORIES)[number];

export interface RectangleGeometry {
  type: 'rectangle';
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface EllipseGeometry {
  type: 'ellipse';
  cx: number;
  cy: number;
  rx: number;
  ry: number;
}

/** A closed polygon; freehand strokes are simplified into one. */
export interface PolygonGeometry {
  type: 'polygon';
  points: [number, number][];
}

export type MaskGeometry = RectangleGeometry | EllipseGeometry | PolygonGeometry;
export type MaskShapeType = MaskGeometry['type'];

/** A mask as the viewer reports it: geometry, category and an id that stays stable while it is edited. */
export type Mask = MaskGeometry & { id: string; category: MaskCategory };

/** A mask given to the viewer (to show an existing plan); without an id one is assigned. */
export type MaskInput = MaskGeometry & { id?: string; category: MaskCategory };

/** The crop kept on export, in whole source pixels. */
export interface CropRectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}
