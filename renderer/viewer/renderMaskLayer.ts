import { affineToSvgMatrix, applyAffine, type Affine, type Point } from './affine.js';
import type { Draft } from './createMaskEditor.js';
import { geometryHandles } from './editGeometry.js';
import type { MaskDisplay } from './maskAppearance.js';
import type { CropRectangle, Mask, MaskCategory, MaskGeometry } from './maskTypes.js';
import type { ImageSize } from './snapGeometry.js';

const SVG = 'http://www.w3.org/2000/svg';
const HANDLE_SIZE = 8;

export interface MaskLayerState {
  transform: Affine;
  size: ImageSize;
  masks: readonly Mask[];
  selectedId: string | undefined;
  draft: Draft | undefined;
  draftCategory: MaskCategory;
  crop: CropRectangle | undefined;
  /** Which grips to show: the selected mask's, the crop's, or none. */
  handles: 'mask' | 'crop' | 'none';
  display: MaskDisplay;
  colours: Readonly<Record<MaskCategory, string>>;
}

function svgElement(name: string, attributes: Record<string, string | number>): SVGElement {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

const pointsAttribute = (points: readonly Point[]): string => points.map(([x, y]) => `${x},${y}`).join(' ');

function shapeElement(geometry: MaskGeometry, attributes: Record<string, string | number>): SVGElement {
  switch (geometry.type) {
    case 'rectangle':
      return svgElement('rect', { x: geometry.x, y: geometry.y, width: geometry.width, height: geometry.height, ...attributes });
    case 'ellipse':
      return svgElement('ellipse', { cx: geometry.cx, cy: geometry.cy, rx: geometry.rx, ry: geometry.ry, ...attributes });
    case 'polygon':
      return svgElement('polygon', { points: pointsAttribute(geometry.points), ...attributes });
  }
}

function maskAttributes(mask: Mask, state: MaskLayerState): Record<string, string | number> {
  const colour = state.colours[mask.category];
  const selected = mask.id === state.selectedId;
  const base = {
    'data-mask-id': mask.id,
    'data-category': mask.category,
    'vector-effect': 'non-scaling-stroke',
    'stroke-width': selected ? 2 : 1.5,
  };
  if (!state.display.opaque) return { ...base, fill: colour, 'fill-opacity': 0.2, stroke: colour };
  if (state.display.peek) return { ...base, fill: '#000', 'fill-opacity': 0.35, stroke: colour, 'stroke-dasharray': '6 3' };
  return { ...base, fill: '#000', 'fill-opacity': 1, stroke: selected ? colour : 'none' };
}

function draftElement(draft: Draft, colour: string): SVGElement {
  const attributes = { fill: 'none', stroke: colour, 'stroke-width': 1.5, 'stroke-dasharray': '4 3', 'vector-effect': 'non-scaling-stroke' };
  switch (draft.kind) {
    case 'geometry':
      return shapeElement(draft.geometry, attributes);
    case 'crop':
      return shapeElement({ type: 'rectangle', ...draft.crop }, { ...attributes, stroke: '#ffffff' });
    case 'freehand':
      return svgElement('polyline', { points: pointsAttribute(draft.points), ...attributes });
    case 'polygon':
      return svgElement('polyline', { points: pointsAttribute(draft.hover ? [...draft.points, draft.hover] : draft.points), ...attributes });
  }
}

/** Darkens what the crop removes and outlines what it keeps. */
function cropElements(crop: CropRectangle, size: ImageSize): SVGElement[] {
  const outside = `M0 0H${size.columns}V${size.rows}H0Z M${crop.x} ${crop.y}h${crop.width}v${crop.height}h${-crop.width}Z`;
  return [
    svgElement('path', { d: outside, fill: '#000', 'fill-opacity': 0.55, 'fill-rule': 'evenodd', 'data-crop': 'outside' }),
    svgElement('rect', {
      ...crop,
      fill: 'none',
      stroke: '#ffffff',
      'stroke-width': 1.5,
      'stroke-dasharray': '8 4',
      'vector-effect': 'non-scaling-stroke',
      'data-crop': 'kept',
    }),
  ];
}

function handleElements(geometry: MaskGeometry, transform: Affine): SVGElement[] {
  return geometryHandles(geometry).map(({ point }) => {
    const [x, y] = applyAffine(transform, point);
    return svgElement('rect', {
      x: x - HANDLE_SIZE / 2,
      y: y - HANDLE_SIZE / 2,
      width: HANDLE_SIZE,
      height: HANDLE_SIZE,
      fill: '#ffffff',
      stroke: '#202020',
      'stroke-width': 1,
      'data-handle': '',
    });
  });
}

/**
 * Draws masks, the crop, the shape being drawn and the grips into the SVG layer. Shapes are drawn in source
 * pixel coordinates inside one group that carries the image-to-canvas transform, so they follow zoom, pan and
 * rotation exactly; strokes and grips keep their screen size.
 */
export function renderMaskLayer(svg: SVGSVGElement, state: MaskLayerState): void {
  const image = svgElement('g', { transform: affineToSvgMatrix(state.transform) });
  if (state.crop) image.append(...cropElements(state.crop, state.size));
  for (const mask of state.masks) image.append(shapeElement(mask, maskAttributes(mask, state)));
  if (state.draft) image.append(draftElement(state.draft, state.colours[state.draftCategory]));
  const overlay: SVGElement[] = [];
  const selected = state.masks.find((m) => m.id === state.selectedId);
  if (state.handles === 'mask' && selected) overlay.push(...handleElements(selected, state.transform));
  if (state.handles === 'crop' && state.crop) overlay.push(...handleElements({ type: 'rectangle', ...state.crop }, state.transform));
  svg.replaceChildren(image, ...overlay);
}
