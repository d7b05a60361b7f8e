/**
 * What the primary pointer button does. Navigation tools change the view; mask tools draw masks of their
 * shape (freehand strokes become polygons); 'select' picks, moves and resizes masks; 'crop' edits the crop.
 */
export const VIEWER_TOOLS = [
  'windowLevel',
  'pan',
  'zoom',
  'scroll',
  'select',
  'rectangle',
  'ellipse',
  'polygon',
  'freehand',
  'crop',
] as const;
export type ViewerTool = (typeof VIEWER_TOOLS)[number];

export type DrawingTool = Extract<ViewerTool, 'rectangle' | 'ellipse' | 'polygon' | 'freehand'>;

export const isDrawingTool = (tool: ViewerTool): tool is DrawingTool =>
  tool === 'rectangle' || tool === 'ellipse' || tool === 'polygon' || tool === 'freehand';

/** Tools whose pointer input edits masks or the crop rather than the view. */
export const isEditingTool = (tool: ViewerTool): boolean => isDrawingTool(tool) || tool === 'select' || tool === 'crop';
