import type { KeyBinding, PointerBinding, ViewerCommand, WheelBinding } from './bindings.js';
import type { RenderBackend, RenderBackendPreference } from './chooseRenderBackend.js';
import type { MaskDisplay } from './maskAppearance.js';
import type { CropRectangle, Mask, MaskCategory, MaskInput } from './maskTypes.js';
import type { ViewerTool } from './viewerTool.js';
import type { Voi, VoiPreset, VoiPresetTable } from './voi.js';

export interface ViewerOptions {
  /** Window presets by modality; default DEFAULT_VOI_PRESETS. */
  voiPresets?: VoiPresetTable;
  keyBindings?: readonly KeyBinding[];
  pointerBindings?: readonly PointerBinding[];
  wheelBindings?: readonly WheelBinding[];
  /** The primary button's tool at start; default 'windowLevel'. */
  tool?: ViewerTool;
  /** Category given to newly drawn masks; default 'other'. */
  maskCategory?: MaskCategory;
  maskDisplay?: Partial<MaskDisplay>;
  /** CSS colours of mask outlines by category. */
  maskColours?: Partial<Record<MaskCategory, string>>;
  /** Magnification of the image (and of the resolution preview); default 'linear'. */
  interpolation?: 'linear' | 'nearest';
  /** Cine frame rate when the image states none (Frame Time, Cine Rate); default 10. */
  cineFps?: number;
  /** Colour of overlay plane points, RGB 0–255; default white. */
  overlayColour?: readonly [number, number, number];
  /** Whether overlay planes are shown at start; default true. */
  showOverlays?: boolean;
  /** Load the rest of the stack in the background; default true. */
  prefetch?: boolean;
  /** Rendering path, decided by the first viewer of the page (see chooseRenderBackend); default 'auto'. */
  renderBackend?: RenderBackendPreference;
}

/** The image on display, for the app to label (nothing here is text for the operator). */
export interface ImageInfo {
  imageId: string;
  index: number;
  count: number;
  columns: number;
  rows: number;
  modality: string | undefined;
  photometricInterpretation: string | undefined;
  /** Overlay planes (60xx) that apply to this frame. */
  overlayCount: number;
}

/**
 * Zoom is screen (CSS) pixels per source pixel, so 1 shows the image's own pixels one to one; pan is the
 * offset of the image's centre from the viewport's centre, in CSS pixels.
 */
export interface CameraState {
  zoom: number;
  pan: [number, number];
}

export interface PreviewState {
  factor: number;
  columns: number;
  rows: number;
}

export interface ViewerEvents {
  stackchange: { imageIds: readonly string[] };
  imagechange: ImageInfo;
  indexchange: { index: number; imageId: string };
  voichange: { voi: Voi; inverted: boolean };
  camerachange: CameraState;
  toolchange: { tool: ViewerTool };
  maskschange: { masks: readonly Mask[] };
  selectionchange: { maskId: string | undefined };
  cropchange: { crop: CropRectangle | undefined };
  maskdisplaychange: MaskDisplay;
  overlayschange: { visible: boolean };
  cinechange: { playing: boolean; fps: number };
  previewchange: { preview: PreviewState | undefined };
  error: { imageId: string | undefined; error: unknown };
}

export interface Viewer {
  readonly element: HTMLElement;
  readonly renderBackend: RenderBackend;

  /** Shows `imageIds` (frame-level ids, see listFrameImageIds) from `index`; resolves once it is drawn. */
  loadStack(imageIds: readonly string[], index?: number): Promise<void>;
  getImageIds(): readonly string[];
  getIndex(): number;
  setIndex(index: number): Promise<void>;
  scroll(delta: number): Promise<void>;
  getImageInfo(): ImageInfo | undefined;

  getVoi(): Voi | undefined;
  setVoi(voi: Voi): void;
  /** Back to the image's own window (or the loader's computed one). */
  resetVoi(): void;
  getVoiPresets(): readonly VoiPreset[];
  applyVoiPreset(id: string): boolean;
  isInverted(): boolean;
  setInverted(inverted: boolean): void;

  getCamera(): CameraState;
  setCamera(camera: Partial<CameraState>): void;
  /** Zooms by `factor` keeping the image point under `anchor` (canvas pixels; default the centre) in place. */
  zoomBy(factor: number, anchor?: [number, number]): void;
  panBy(dx: number, dy: number): void;
  fit(): void;

  play(fps?: number): void;
  stop(): void;
  isPlaying(): boolean;

  setOverlaysVisible(visible: boolean): void;
  areOverlaysVisible(): boolean;

  getTool(): ViewerTool;
  setTool(tool: ViewerTool): void;
  getMaskCategory(): MaskCategory;
  setMaskCategory(category: MaskCategory): void;
  getMasks(): readonly Mask[];
  /** Replaces every mask (to show an existing plan); masks are snapped and clipped like drawn ones. */
  setMasks(masks: readonly MaskInput[]): void;
  updateMask(id: string, patch: Partial<MaskInput>): boolean;
  removeMask(id: string): boolean;
  getSelectedMaskId(): string | undefined;
  selectMask(id: string | undefined): void;
  getMaskDisplay(): MaskDisplay;
  setMaskDisplay(display: Partial<MaskDisplay>): void;
  getCrop(): CropRectangle | undefined;
  setCrop(crop: CropRectangle | undefined): void;

  /** Shows the image reduced by `factor` (≥ 1) with area averaging, or the original with undefined. */
  setPreviewFactor(factor: number | undefined): void;
  getPreview(): PreviewState | undefined;

  /** Runs a command as a key binding would. */
  execute(command: ViewerCommand): void;
  imageToCanvas(point: [number, number]): [number, number] | undefined;
  canvasToImage(point: [number, number]): [number, number] | undefined;
  /** Call after the element's size changed when no ResizeObserver notices (it usually does). */
  resize(): void;
  on<K extends keyof ViewerEvents>(type: K, listener: (detail: ViewerEvents[K]) => void): () => void;
  destroy(): void;
}
