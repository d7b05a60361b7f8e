// Pure pixel operations of the export: masks, overlays, crop, resolution, and the geometry attributes they change.
export { PixelOpError, type PixelOpErrorCode } from './pixelOpError.js';
export { MASK_CATEGORIES, type EllipseShape, type MaskCategory, type MaskShape, type PolygonShape, type RectangleShape } from './maskShape.js';
export { visitShapeSpans, type SpanVisitor } from './shapeSpans.js';
export { validateShape } from './validateShape.js';
export { rasterizeShapes } from './rasterizeShapes.js';
export { storedRange, type StoredRange } from './storedRange.js';
export { readPaletteColorLut, type PaletteColorLut } from './readPaletteColorLut.js';
export { maskFillValue, overlayFillValue, type DisplayContext, type SampleFill } from './displayExtremes.js';
export { burnMask } from './burnMask.js';
export { downsampleFrame } from './downsampleFrame.js';
export { outputSizeFor, type ImageSize, type Resolution } from './outputSizeFor.js';
export { cropFrame, validateCropRect, type CropRect } from './cropFrame.js';
export { readOverlayPlanes, type OverlayBits, type OverlayPlane } from './readOverlayPlanes.js';
export { readEmbeddedOverlayBits } from './readEmbeddedOverlayBits.js';
export { burnOverlays, type BurnOverlayOptions } from './burnOverlays.js';
export { gridMapping, type GeometryTransform, type GridMapping } from './geometryTransform.js';
export { createGeometryRewriter, type GeometryChange, type GeometryRewriter } from './createGeometryRewriter.js';
export { elementPath, itemPrefix } from './datasetPath.js';
