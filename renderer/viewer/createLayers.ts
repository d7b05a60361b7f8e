import type { ViewerTool } from './viewerTool.js';

/** The viewer's own layers over Cornerstone's canvas, bottom to top, and the element that takes input. */
export interface Layers {
  /** Receives pointer, wheel and key input (focusable); holds the other layers. */
  root: HTMLDivElement;
  preview: HTMLCanvasElement;
  overlay: HTMLCanvasElement;
  masks: SVGSVGElement;
  setCursor(tool: ViewerTool, dragging: boolean): void;
  remove(): void;
}

const CURSORS: Record<ViewerTool, string> = {
  windowLevel: 'default',
  pan: 'grab',
  zoom: 'zoom-in',
  scroll: 'ns-resize',
  select: 'default',
  rectangle: 'crosshair',
  ellipse: 'crosshair',
  polygon: 'crosshair',
  freehand: 'crosshair',
  crop: 'crosshair',
};

/** Styles are set through the CSSOM, which a strict style-src policy allows (unlike style attributes). */
function fill(element: HTMLElement | SVGElement): void {
  Object.assign(element.style, { position: 'absolute', left: '0', top: '0', width: '100%', height: '100%', pointerEvents: 'none' });
}

export function createLayers(element: HTMLElement): Layers {
  if (getComputedStyle(element).position === 'static') element.style.position = 'relative';
  const root = document.createElement('div');
  fill(root);
  Object.assign(root.style, { pointerEvents: 'auto', touchAction: 'none', userSelect: 'none', outline: 'none', overflow: 'hidden' });
  root.tabIndex = 0;
  root.dataset['viewerLayers'] = '';
  const preview = document.createElement('canvas');
  const overlay = document.createElement('canvas');
  const masks = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  preview.dataset['layer'] = 'preview';
  overlay.dataset['layer'] = 'overlay';
  masks.dataset['layer'] = 'masks';
  for (const layer of [preview, overlay, masks]) fill(layer);
  masks.style.overflow = 'visible';
  root.append(preview, overlay, masks);
  element.append(root);
  return {
    root,
    preview,
    overlay,
    masks,
    setCursor(tool, dragging) {
      root.style.cursor = dragging && tool === 'pan' ? 'grabbing' : CURSORS[tool];
    },
    remove() {
      root.remove();
    },
  };
}
