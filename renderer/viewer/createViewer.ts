import { Enums, eventTarget, RenderingEngine, type StackViewport, type Types } from '@cornerstonejs/core';
import { stackPrefetch } from '@cornerstonejs/tools/utilities/stackPrefetch/index';
import { affineScale, applyAffine, invertAffine, type Affine, type Point } from './affine.js';
import { attachInput, type DragSession } from './attachInput.js';
import type { DragAction, ViewerCommand } from './bindings.js';
import { buildPreviewSamples } from './buildPreviewSamples.js';
import { createCine } from './createCine.js';
import { createEmitter } from './createEmitter.js';
import { createLayers } from './createLayers.js';
import { createMaskEditor, type GestureContext } from './createMaskEditor.js';
import { DEFAULT_KEY_BINDINGS, DEFAULT_POINTER_BINDINGS, DEFAULT_WHEEL_BINDINGS } from './defaultBindings.js';
import { DEFAULT_VOI_PRESETS } from './defaultVoiPresets.js';
import { cssToWorld, sizeCanvasToDevicePixels, worldToCss } from './devicePixels.js';
import type { SampledImage } from './downsampleByArea.js';
import { canvasFromPixels, drawBitmapLayer } from './drawBitmapLayer.js';
import { getImageToCanvasTransform } from './getImageToCanvasTransform.js';
import { initializeCornerstone } from './initializeCornerstone.js';
import { mapToDisplay, type DisplayMapping } from './mapToDisplay.js';
import { DEFAULT_MASK_COLOURS, DEFAULT_MASK_DISPLAY, type MaskDisplay } from './maskAppearance.js';
import type { MaskCategory } from './maskTypes.js';
import { getOverlayPlanes } from './overlayPlaneStore.js';
import { paintOverlayPlanes } from './parseOverlayPlanes.js';
import { readInstanceAttributes } from './readInstanceAttributes.js';
import { renderMaskLayer } from './renderMaskLayer.js';
import type { ImageSize } from './snapGeometry.js';
import type { CameraState, ImageInfo, PreviewState, Viewer, ViewerEvents, ViewerOptions } from './viewerApi.js';
import { isEditingTool, type ViewerTool } from './viewerTool.js';
import { rangeToVoi, voiToRange, type Voi } from './voi.js';

/** Screen pixels within which a press catches a grip or an outline. */
const GRIP_TOLERANCE = 6;
/** Canvas pixels of drag per image when the scroll tool drags through the stack. */
const SCROLL_DRAG_STEP = 8;
/** Wheel travel (pixels) per image: one notch of a mouse wheel. */
const WHEEL_STEP = 50;
/** A window/level drag across this many pixels sweeps the image's whole value range. */
const VOI_DRAG_SPAN = 400;
/** Behind the image, as Cornerstone takes it (RGB, 0–1) and as a CSS colour. */
const BACKGROUND_RGB: Types.Point3 = [0, 0, 0];
const BACKGROUND = '#000000';
/** How far the view may zoom out and in, relative to the image fitted to the viewport. */
const ZOOM_LIMITS = [0.1, 64] as const;

let viewerCount = 0;

/**
 * A stack viewer on `element` (which it fills; give it a size and no padding): Cornerstone renders the image,
 * the viewer adds overlay planes, the resolution preview, masks and the crop on layers of its own, and takes
 * pointer, wheel and key input through bindings given as data.
 */
export function createViewer(element: HTMLDivElement, options: ViewerOptions = {}): Viewer {
  const runtime = initializeCornerstone({ renderBackend: options.renderBackend ?? 'auto' });
  const id = `peitto-viewer-${++viewerCount}`;
  const engine = new RenderingEngine(id);
  engine.enableElement({
    viewportId: id,
    element,
    type: Enums.ViewportType.STACK,
    defaultOptions: { background: BACKGROUND_RGB },
  });
  const viewport = engine.getViewport(id) as StackViewport;
  const cpu = runtime.backend === 'cpu';
  const layers = createLayers(element);
  const emitter = createEmitter<ViewerEvents>();
  const presets = options.voiPresets ?? DEFAULT_VOI_PRESETS;
  const colours = { ...DEFAULT_MASK_COLOURS, ...options.maskColours };
  const smooth = (options.interpolation ?? 'linear') === 'linear';
  const overlayColour = options.overlayColour ?? [255, 255, 255];

  let tool: ViewerTool = options.tool ?? 'windowLevel';
  let category: MaskCategory = options.maskCategory ?? 'other';
  let maskDisplay: MaskDisplay = { ...DEFAULT_MASK_DISPLAY, ...options.maskDisplay };
  let overlaysVisible = options.showOverlays ?? true;
  let imageIds: string[] = [];
  let prefetching = false;
  /** The operator's inversion, relative to the normal display of the photometric interpretation. */
  let inverted = false;
  /** Whether the image on display is MONOCHROME1, which Cornerstone shows through its own invert flag. */
  let monochrome1 = false;
  let previewFactor: number | undefined;
  let shownImageId: string | undefined;
  let overlayCache: { imageId: string; bitmap: HTMLCanvasElement | undefined; count: number } | undefined;
  let samplesCache: { imageId: string; factor: number; samples: SampledImage } | undefined;
  let previewCache: { key: string; bitmap: HTMLCanvasElement } | undefined;
  let wheelTravel = 0;
  /** Cornerstone's zoom value when the image was last fitted (the reference for the zoom limits). */
  let fitZoom: number | undefined;
  /** Whether the view is still the fitted one, which the CPU path's resize fits again. */
  let showingFit = false;
  /** devicePixelRatio when the CPU path's canvas was last sized. */
  let cpuCanvasRatio = window.devicePixelRatio || 1;
  let destroyed = false;

  /**
   * Cornerstone's CPU path sizes its canvas in CSS pixels (on enable and on resize), yet converts canvas
   * coordinates as if the canvas were in device pixels, as its GPU path's is. Kept in device pixels (here and
   * in resize), the image is drawn at the screen's full resolution and Cornerstone's own camera arithmetic
   * agrees with its conversions. Returns whether the size changed. Resizing clears a canvas, and without an
   * image Cornerstone draws nothing, so the background it painted on enable is painted again.
   */
  function sizeCpuCanvas(): boolean {
    const { canvas } = viewport;
    if (!sizeCanvasToDevicePixels(canvas)) return false;
    const context = shownImageId === undefined ? canvas.getContext('2d') : null;
    if (context) {
      context.fillStyle = BACKGROUND;
      context.fillRect(0, 0, canvas.width, canvas.height);
    }
    return true;
  }
  if (cpu) sizeCpuCanvas();

  const currentImage = (): Types.IImage | undefined => {
    try {
      return imageIds.length > 0 ? viewport.getCornerstoneImage() : undefined;
    } catch {
      return undefined;
    }
  };

  const imageSize = (): ImageSize | undefined => {
    const image = currentImage();
    return image && { columns: image.columns, rows: image.rows };
  };

  const transform = (): Affine | undefined => {
    try {
      return currentImage() ? getImageToCanvasTransform(viewport, runtime.backend) : undefined;
    } catch {
      return undefined;
    }
  };

  const canvasPoint = (event: { clientX: number; clientY: number }): Point => {
    const rect = viewport.canvas.getBoundingClientRect();
    return [event.clientX - rect.left, event.clientY - rect.top];
  };

  const canvasToImage = (point: Point): Point | undefined => {
    const t = transform();
    return t && applyAffine(invertAffine(t), point);
  };

  const gestureContext = (): GestureContext | undefined => {
    const t = transform();
    const size = imageSize();
    if (!t || !size) return undefined;
    return { tool, category, size, tolerance: GRIP_TOLERANCE / affineScale(t)[0] };
  };

  const isMonochrome1 = (imageId: string): boolean =>
    readInstanceAttributes(imageId).photometricInterpretation === 'MONOCHROME1';

  const overlayBitmap = (imageId: string): { bitmap: HTMLCanvasElement | undefined; count: number } => {
    if (overlayCache?.imageId === imageId) return overlayCache;
    const image = currentImage();
    const { planes, frameNumber } = getOverlayPlanes(imageId);
    let count = 0;
    let bitmap: HTMLCanvasElement | undefined;
    if (image && planes.length > 0) {
      bitmap = canvasFromPixels(image.columns, image.rows, (data) => {
        count = paintOverlayPlanes(planes, frameNumber, { data, width: image.columns, height: image.rows }, overlayColour);
      });
    }
    overlayCache = { imageId, bitmap: count > 0 ? bitmap : undefined, count: planes.length };
    return overlayCache;
  };

  const displayMapping = (): DisplayMapping | undefined => {
    const { voiRange, VOILUTFunction } = viewport.getProperties();
    if (!voiRange) return undefined;
    return {
      lower: voiRange.lower,
      upper: voiRange.upper,
      voiLutFunction: VOILUTFunction === Enums.VOILUTFunctionType.SAMPLED_SIGMOID ? 'SIGMOID' : 'LINEAR',
      inverted: monochrome1 !== inverted,
    };
  };

  const previewSamples = (imageId: string, factor: number): SampledImage | undefined => {
    if (samplesCache?.imageId === imageId && samplesCache.factor === factor) return samplesCache.samples;
    const image = currentImage();
    if (!image) return undefined;
    samplesCache = { imageId, factor, samples: buildPreviewSamples(image, factor) };
    previewCache = undefined;
    return samplesCache.samples;
  };

  const previewBitmap = (imageId: string, factor: number): HTMLCanvasElement | undefined => {
    const samples = previewSamples(imageId, factor);
    const mapping = displayMapping();
    if (!samples || !mapping) return undefined;
    const key = JSON.stringify([imageId, factor, mapping]);
    if (previewCache?.key !== key) {
      previewCache = { key, bitmap: canvasFromPixels(samples.columns, samples.rows, (data) => mapToDisplay(samples, mapping, data)) };
    }
    return previewCache.bitmap;
  };

  function renderLayers(): void {
    if (destroyed) return;
    const t = transform();
    const size = imageSize();
    const imageId = shownImageId;
    const preview = imageId && previewFactor !== undefined ? previewBitmap(imageId, previewFactor) : undefined;
    drawBitmapLayer(layers.preview, preview, t, size, smooth);
    const overlays = imageId && overlaysVisible ? overlayBitmap(imageId).bitmap : undefined;
    drawBitmapLayer(layers.overlay, overlays, t, size, false);
    if (!t || !size) {
      layers.masks.replaceChildren();
      return;
    }
    renderMaskLayer(layers.masks, {
      transform: t,
      size,
      masks: editor.masks(),
      selectedId: editor.selectedId(),
      draft: editor.draft(),
      draftCategory: category,
      crop: editor.crop(),
      handles: tool === 'crop' ? 'crop' : isEditingTool(tool) ? 'mask' : 'none',
      display: maskDisplay,
      colours,
    });
  }

  const editor = createMaskEditor((change) => {
    if (change.masks) emitter.emit('maskschange', { masks: editor.masks() });
    if (change.selection) emitter.emit('selectionchange', { maskId: editor.selectedId() });
    if (change.crop) emitter.emit('cropchange', { crop: editor.crop() });
    renderLayers();
  });

  const render = (): void => viewport.render();

  const getIndex = (): number => (imageIds.length > 0 ? viewport.getCurrentImageIdIndex() : 0);

  const clampIndex = (index: number): number => Math.min(Math.max(0, Math.round(index)), Math.max(0, imageIds.length - 1));

  async function setIndex(index: number): Promise<void> {
    if (imageIds.length === 0) return;
    const target = clampIndex(index);
    if (target === getIndex() && shownImageId === imageIds[target]) return;
    await viewport.setImageIdIndex(target);
  }

  const scroll = (delta: number): Promise<void> => setIndex(getIndex() + delta);

  const cine = createCine(
    () => setIndex((getIndex() + 1) % Math.max(1, imageIds.length)),
    (playing, fps) => emitter.emit('cinechange', { playing, fps }),
  );

  const getVoi = (): Voi | undefined => {
    const { voiRange } = viewport.getProperties();
    return voiRange ? rangeToVoi(voiRange) : undefined;
  };

  const setVoi = (voi: Voi): void => {
    if (!currentImage()) return;
    viewport.setProperties({ voiRange: voiToRange({ center: voi.center, width: Math.max(1, voi.width) }) });
    render();
  };

  /** The image's value range in modality units, which scales window steps and drags. */
  const valueRange = (): number => {
    const image = currentImage();
    if (!image) return 256;
    const scale = image.preScale?.scaled ? 1 : Math.abs(image.slope ?? 1);
    return Math.max(1, (image.maxPixelValue - image.minPixelValue) * scale);
  };

  /**
   * Cornerstone shows MONOCHROME1 by setting its invert flag (on both paths, though its CPU path does not
   * report it in getProperties), so the operator's inversion is applied relative to that.
   */
  const applyInvert = (): void => {
    viewport.setProperties({ invert: monochrome1 !== inverted });
    render();
  };

  /** Zoom as screen (CSS) pixels per source pixel, pan as the image centre's offset from the canvas centre. */
  const getCamera = (): CameraState => {
    const t = transform();
    const size = imageSize();
    if (!t || !size) return { zoom: 1, pan: [0, 0] };
    const [x, y] = applyAffine(t, [size.columns / 2, size.rows / 2]);
    return {
      zoom: affineScale(t)[0],
      pan: [x - viewport.canvas.clientWidth / 2, y - viewport.canvas.clientHeight / 2],
    };
  };

  function panBy(dx: number, dy: number): void {
    if (!currentImage()) return;
    showingFit = false;
    const camera = viewport.getCamera();
    const from = cssToWorld(viewport, [0, 0]);
    const to = cssToWorld(viewport, [dx, dy]);
    const delta = [to[0] - from[0], to[1] - from[1], to[2] - from[2]];
    const shift = (p: Types.Point3 | undefined): Types.Point3 | undefined =>
      p && [p[0] - delta[0]!, p[1] - delta[1]!, p[2] - delta[2]!];
    viewport.setCamera({ focalPoint: shift(camera.focalPoint), position: shift(camera.position) });
    render();
  }

  function zoomBy(factor: number, anchor?: Point): void {
    if (!currentImage() || !(factor > 0)) return;
    showingFit = false;
    const at: Point = anchor ?? [viewport.canvas.clientWidth / 2, viewport.canvas.clientHeight / 2];
    const before = cssToWorld(viewport, at);
    // Cornerstone's zoom is relative to its initial camera; the limits are relative to the fitted view.
    const zoom = viewport.getZoom() * factor;
    const fitted = fitZoom ?? zoom;
    viewport.setZoom(Math.min(fitted * ZOOM_LIMITS[1], Math.max(fitted * ZOOM_LIMITS[0], zoom)));
    const after = worldToCss(viewport, before);
    panBy(at[0] - after[0], at[1] - after[1]);
  }

  /**
   * Fits the image to the viewport and centres it exactly: Cornerstone centres the middle pixel's centre, half
   * a pixel off for even sizes, which would show as a pan of half a pixel.
   */
  function fitImage(): void {
    viewport.resetCamera();
    fitZoom = viewport.getZoom();
    const [x, y] = getCamera().pan;
    if (x !== 0 || y !== 0) panBy(-x, -y);
    else render();
    showingFit = true;
  }

  /**
   * The CPU path's resize. Cornerstone's would size the canvas back to CSS pixels, and keeps the camera through
   * a canvas centre it finds devicePixelRatio times too far out (so a zoomed image jumped on every resize). The
   * viewer sizes the canvas itself and keeps what the operator sees: a fitted image is fitted to the new size;
   * otherwise zoom and pan stay as they were in CSS pixels. Cornerstone's CPU camera is a scale in canvas
   * pixels and an offset from the canvas centre in source pixels, so it already does that unless the pixel
   * ratio itself changed, which scales it.
   */
  function resizeCpuCanvas(): void {
    const ratio = window.devicePixelRatio || 1;
    const change = ratio / cpuCanvasRatio;
    if (!sizeCpuCanvas()) return;
    cpuCanvasRatio = ratio;
    if (!currentImage()) return;
    if (showingFit) {
      fitImage();
      return;
    }
    if (change !== 1) {
      fitZoom = fitZoom === undefined ? undefined : fitZoom * change;
      viewport.setZoom(viewport.getZoom() * change);
    }
    render();
  }

  const play = (fps?: number): void => {
    if (imageIds.length < 2) return;
    const imageId = imageIds[getIndex()];
    cine.play(fps ?? (imageId ? readInstanceAttributes(imageId).frameRate : undefined) ?? options.cineFps ?? 10);
  };

  const imageInfo = (): ImageInfo | undefined => {
    const image = currentImage();
    const imageId = shownImageId;
    if (!image || !imageId) return undefined;
    const attributes = readInstanceAttributes(imageId);
    return {
      imageId,
      index: getIndex(),
      count: imageIds.length,
      columns: image.columns,
      rows: image.rows,
      modality: attributes.modality,
      photometricInterpretation: attributes.photometricInterpretation,
      overlayCount: overlayBitmap(imageId).count,
    };
  };

  const previewState = (): PreviewState | undefined => {
    const image = currentImage();
    if (previewFactor === undefined || !image) return undefined;
    return {
      factor: previewFactor,
      columns: Math.max(1, Math.floor(image.columns / previewFactor)),
      rows: Math.max(1, Math.floor(image.rows / previewFactor)),
    };
  };

  function showImage(imageId: string): void {
    if (imageId === shownImageId) return;
    shownImageId = imageId;
    overlayCache = undefined;
    if (isMonochrome1(imageId) !== monochrome1) {
      monochrome1 = !monochrome1;
      applyInvert();
    }
    renderLayers();
    emitter.emit('indexchange', { index: getIndex(), imageId });
    const info = imageInfo();
    if (info) emitter.emit('imagechange', info);
    if (previewFactor !== undefined) emitter.emit('previewchange', { preview: previewState() });
  }

  const setTool = (next: ViewerTool): void => {
    if (next === tool) return;
    editor.cancel();
    tool = next;
    layers.setCursor(tool, false);
    renderLayers();
    emitter.emit('toolchange', { tool });
  };

  const setMaskDisplay = (display: Partial<MaskDisplay>): void => {
    maskDisplay = { ...maskDisplay, ...display };
    renderLayers();
    emitter.emit('maskdisplaychange', maskDisplay);
  };

  const setOverlaysVisible = (visible: boolean): void => {
    if (visible === overlaysVisible) return;
    overlaysVisible = visible;
    renderLayers();
    emitter.emit('overlayschange', { visible });
  };

  function execute(command: ViewerCommand): void {
    switch (command.type) {
      case 'scroll':
        void scroll(command.delta);
        break;
      case 'scrollTo':
        void setIndex(command.position === 'first' ? 0 : imageIds.length - 1);
        break;
      case 'adjustVoi': {
        const voi = getVoi();
        if (!voi) break;
        const range = valueRange();
        setVoi({ center: voi.center + (command.centerStep ?? 0) * range, width: voi.width + (command.widthStep ?? 0) * range });
        break;
      }
      case 'applyVoiPreset': {
        const preset = viewer.getVoiPresets()[command.index];
        if (preset) setVoi(preset);
        break;
      }
      case 'resetVoi':
        viewer.resetVoi();
        break;
      case 'toggleInvert':
        viewer.setInverted(!inverted);
        break;
      case 'zoom':
        zoomBy(command.factor);
        break;
      case 'fit':
        viewer.fit();
        break;
      case 'toggleCine':
        if (cine.isPlaying()) cine.stop();
        else play();
        break;
      case 'toggleOverlays':
        setOverlaysVisible(!overlaysVisible);
        break;
      case 'togglePeek':
        setMaskDisplay({ peek: !maskDisplay.peek });
        break;
      case 'deleteSelectedMask':
        editor.deleteSelected();
        break;
      case 'cancelEdit':
        if (editor.isBusy()) editor.cancel();
        else editor.select(undefined);
        break;
      case 'finishPolygon': {
        const context = gestureContext();
        if (context) editor.finishPolygon(context);
        break;
      }
      case 'setTool':
        setTool(command.tool);
        break;
    }
  }

  function startDrag(action: DragAction, event: PointerEvent): DragSession | undefined {
    if (!currentImage()) return undefined;
    const start = canvasPoint(event);
    const mode = action === 'tool' ? tool : action;
    const idle = (): void => layers.setCursor(tool, false);
    switch (mode) {
      case 'windowLevel': {
        const from = getVoi();
        if (!from) return undefined;
        const perPixel = valueRange() / VOI_DRAG_SPAN;
        return {
          move(e) {
            const [x, y] = canvasPoint(e);
            setVoi({ center: from.center + (y - start[1]) * perPixel, width: from.width + (x - start[0]) * perPixel });
          },
          end: idle,
        };
      }
      case 'pan': {
        let last = start;
        layers.setCursor('pan', true);
        return {
          move(e) {
            const point = canvasPoint(e);
            panBy(point[0] - last[0], point[1] - last[1]);
            last = point;
          },
          end: idle,
        };
      }
      case 'zoom': {
        let lastY = start[1];
        return {
          move(e) {
            const y = canvasPoint(e)[1];
            zoomBy(Math.exp((lastY - y) * 0.01), start);
            lastY = y;
          },
          end: idle,
        };
      }
      case 'scroll': {
        let travel = 0;
        let lastY = start[1];
        return {
          move(e) {
            const y = canvasPoint(e)[1];
            travel += y - lastY;
            lastY = y;
            const steps = Math.trunc(travel / SCROLL_DRAG_STEP);
            if (steps !== 0) {
              travel -= steps * SCROLL_DRAG_STEP;
              void scroll(steps);
            }
          },
          end: idle,
        };
      }
      default: {
        const context = gestureContext();
        const point = canvasToImage(start);
        if (!context || !point || !editor.pointerDown(point, context)) return undefined;
        const at = (e: PointerEvent): [Point, GestureContext] | undefined => {
          const p = canvasToImage(canvasPoint(e));
          const c = gestureContext();
          return p && c ? [p, c] : undefined;
        };
        return {
          move(e) {
            const args = at(e);
            if (args) editor.pointerMove(...args);
          },
          end(e) {
            const args = at(e);
            if (args) editor.pointerUp(...args);
            else editor.cancel();
          },
        };
      }
    }
  }

  const detachInput = attachInput(
    layers.root,
    {
      keys: options.keyBindings ?? DEFAULT_KEY_BINDINGS,
      pointer: options.pointerBindings ?? DEFAULT_POINTER_BINDINGS,
      wheel: options.wheelBindings ?? DEFAULT_WHEEL_BINDINGS,
    },
    {
      startDrag,
      hover(event) {
        if (!editor.isBusy()) return;
        const context = gestureContext();
        const point = canvasToImage(canvasPoint(event));
        if (context && point) editor.pointerMove(point, context);
      },
      wheel(action, event) {
        const pixels = event.deltaMode === 1 ? event.deltaY * 33 : event.deltaMode === 2 ? event.deltaY * 800 : event.deltaY;
        if (action === 'zoom') {
          zoomBy(Math.exp(-pixels * 0.0015), canvasPoint(event));
          return;
        }
        wheelTravel += pixels;
        if (Math.abs(wheelTravel) >= WHEEL_STEP) {
          void scroll(Math.sign(wheelTravel));
          wheelTravel = 0;
        }
      },
      command: execute,
    },
  );

  const onRendered = (): void => renderLayers();
  const onNewImage = (event: Event): void => {
    const { imageId } = (event as CustomEvent<{ imageId: string }>).detail;
    showImage(imageId);
  };
  const onVoi = (): void => {
    const voi = getVoi();
    if (voi) emitter.emit('voichange', { voi, inverted });
  };
  const onCamera = (): void => emitter.emit('camerachange', getCamera());
  const onLoadError = (event: Event): void => {
    const detail = (event as CustomEvent<{ imageId?: string; error?: unknown }>).detail;
    if (detail && typeof detail === 'object' && 'imageId' in detail && detail.imageId && imageIds.includes(detail.imageId)) {
      emitter.emit('error', { imageId: detail.imageId, error: detail.error });
    }
  };
  element.addEventListener(Enums.Events.IMAGE_RENDERED, onRendered);
  element.addEventListener(Enums.Events.STACK_NEW_IMAGE, onNewImage);
  element.addEventListener(Enums.Events.VOI_MODIFIED, onVoi);
  element.addEventListener(Enums.Events.CAMERA_MODIFIED, onCamera);
  eventTarget.addEventListener(Enums.Events.IMAGE_LOAD_ERROR, onLoadError);
  const resizeObserver = new ResizeObserver(() => viewer.resize());
  // In device pixels: that size also changes with the pixel ratio alone (the window moved to a screen with
  // other scaling, or the page zoomed), which the CSS size does not show and the canvases must follow.
  resizeObserver.observe(element, { box: 'device-pixel-content-box' });
  layers.setCursor(tool, false);

  const viewer: Viewer = {
    element,
    renderBackend: runtime.backend,
    async loadStack(ids, index = 0) {
      if (ids.length === 0) throw new RangeError('a stack needs at least one image id');
      cine.stop();
      editor.cancel();
      if (prefetching) stackPrefetch.disable(element);
      prefetching = false;
      imageIds = [...ids];
      shownImageId = undefined;
      samplesCache = undefined;
      previewCache = undefined;
      await viewport.setStack(imageIds, clampIndex(index));
      if (!smooth) viewport.setProperties({ interpolationType: Enums.InterpolationType.NEAREST });
      fitImage();
      const first = imageIds[getIndex()];
      monochrome1 = first !== undefined && isMonochrome1(first);
      applyInvert();
      emitter.emit('stackchange', { imageIds });
      const imageId = imageIds[getIndex()];
      if (imageId) showImage(imageId);
      if ((options.prefetch ?? true) && imageIds.length > 1) {
        // Prefetching starts once the first image is on screen: hundreds of requests queued at once would
        // otherwise hold up the page's own work (drawing the image, the app's update) by a second or more.
        const stack = imageIds;
        requestAnimationFrame(() =>
          setTimeout(() => {
            if (destroyed || imageIds !== stack || prefetching) return;
            stackPrefetch.enable(element);
            prefetching = true;
          }, 0),
        );
      }
    },
    getImageIds: () => imageIds,
    getIndex,
    setIndex,
    scroll,
    getImageInfo: imageInfo,
    getVoi,
    setVoi,
    resetVoi() {
      if (!currentImage()) return;
      viewport.resetProperties();
      if (!smooth) viewport.setProperties({ interpolationType: Enums.InterpolationType.NEAREST });
      applyInvert();
    },
    getVoiPresets() {
      const imageId = shownImageId;
      const modality = imageId ? readInstanceAttributes(imageId).modality : undefined;
      return (modality && presets[modality]) || [];
    },
    applyVoiPreset(presetId) {
      const preset = viewer.getVoiPresets().find((p) => p.id === presetId);
      if (preset) setVoi(preset);
      return Boolean(preset);
    },
    isInverted: () => inverted,
    setInverted(next) {
      if (next === inverted) return;
      inverted = next;
      if (currentImage()) applyInvert();
      renderLayers();
    },
    getCamera,
    setCamera({ zoom, pan }) {
      if (!currentImage()) return;
      if (zoom !== undefined && zoom > 0) zoomBy(zoom / getCamera().zoom);
      if (pan) {
        const current = getCamera().pan;
        panBy(pan[0] - current[0], pan[1] - current[1]);
      }
    },
    zoomBy,
    panBy,
    fit() {
      if (!currentImage()) return;
      fitImage();
    },
    play,
    stop: () => cine.stop(),
    isPlaying: () => cine.isPlaying(),
    setOverlaysVisible,
    areOverlaysVisible: () => overlaysVisible,
    getTool: () => tool,
    setTool,
    getMaskCategory: () => category,
    setMaskCategory(next) {
      category = next;
    },
    getMasks: () => editor.masks(),
    setMasks: (masks) => editor.setMasks(masks, imageSize()),
    updateMask: (maskId, patch) => editor.updateMask(maskId, patch, imageSize()),
    removeMask: (maskId) => editor.removeMask(maskId),
    getSelectedMaskId: () => editor.selectedId(),
    selectMask: (maskId) => editor.select(maskId),
    getMaskDisplay: () => maskDisplay,
    setMaskDisplay,
    getCrop: () => editor.crop(),
    setCrop: (crop) => editor.setCrop(crop, imageSize()),
    setPreviewFactor(factor) {
      const next = factor === undefined || !(factor > 1) ? undefined : factor;
      if (next === previewFactor) return;
      previewFactor = next;
      renderLayers();
      emitter.emit('previewchange', { preview: previewState() });
    },
    getPreview: previewState,
    execute,
    imageToCanvas(point) {
      const t = transform();
      return t && applyAffine(t, point);
    },
    canvasToImage,
    resize() {
      if (destroyed) return;
      if (cpu) resizeCpuCanvas();
      else engine.resize(true, true);
      renderLayers();
    },
    on: (type, listener) => emitter.on(type, listener),
    destroy() {
      if (destroyed) return;
      cine.stop();
      destroyed = true;
      resizeObserver.disconnect();
      detachInput();
      if (prefetching) stackPrefetch.disable(element);
      element.removeEventListener(Enums.Events.IMAGE_RENDERED, onRendered);
      element.removeEventListener(Enums.Events.STACK_NEW_IMAGE, onNewImage);
      element.removeEventListener(Enums.Events.VOI_MODIFIED, onVoi);
      element.removeEventListener(Enums.Events.CAMERA_MODIFIED, onCamera);
      eventTarget.removeEventListener(Enums.Events.IMAGE_LOAD_ERROR, onLoadError);
      engine.destroy();
      layers.remove();
      emitter.clear();
    },
  };
  return viewer;
}
