import type { MaskPlan, MaskShape, SeriesView } from '../../../main/api/contract.js';
import type { MaskInput } from '../../viewer/index.js';
import { deviceMatches, ruleForImage, type DeviceAttributes } from './deviceMatches.js';

/** Where a new mask applies: this frame, every frame of this image, this series, or every image like it. */
export const MASK_SCOPES = ['frame', 'image', 'series', 'rule'] as const;
export type MaskScope = (typeof MASK_SCOPES)[number];

/** The image on display, as far as mask targets are concerned. */
export interface ImageContext {
  readonly sopInstanceUid: string;
  readonly seriesInstanceUid: string;
  /** 0-based frame of a multi-frame image, 0 otherwise. */
  readonly frame: number;
  readonly frames: number;
  readonly device: DeviceAttributes;
}

/** A plan mask without its shapes: the target (instance, series or device rule) and frames. */
export type MaskTargetPlan = MaskPlan extends infer M ? (M extends unknown ? Omit<M, 'shapes'> : never) : never;

function targets(mask: MaskPlan, image: Omit<ImageContext, 'frame'>): boolean {
  if ('sopInstanceUID' in mask) return mask.sopInstanceUID === image.sopInstanceUid;
  if ('seriesInstanceUID' in mask) return mask.seriesInstanceUID === image.seriesInstanceUid;
  return deviceMatches(mask.rule, image.device);
}

/** Whether a plan entry masks this frame of this image (as the engine's pixelPlanFor decides). */
export const appliesTo = (mask: MaskPlan, image: ImageContext): boolean =>
  targets(mask, image) && (mask.frames === undefined || mask.frames === 'all' || mask.frames.includes(image.frame));

/** Whether a plan entry masks any frame of an image. */
export const appliesToImage = (mask: MaskPlan, image: Omit<ImageContext, 'frame'>): boolean => targets(mask, image);

export function targetFor(scope: MaskScope, image: ImageContext): MaskTargetPlan {
  switch (scope) {
    case 'frame':
      return image.frames > 1 ? { sopInstanceUID: image.sopInstanceUid, frames: [image.frame] } : { sopInstanceUID: image.sopInstanceUid };
    case 'image':
      return { sopInstanceUID: image.sopInstanceUid };
    case 'series':
      return { seriesInstanceUID: image.seriesInstanceUid };
    case 'rule':
      return { rule: ruleForImage(image.device) };
  }
}

export function scopeOf(mask: MaskPlan): MaskScope {
  if ('rule' in mask) return 'rule';
  if ('seriesInstanceUID' in mask) return 'series';
  return Array.isArray(mask.frames) ? 'frame' : 'image';
}

/** Viewer ids of plan shapes: entry and shape index, so that an edit in the viewer finds its plan entry. */
export const maskIdOf = (entry: number, shape: number): string => `plan-${entry}-${shape}`;

export function parseMaskId(id: string): { entry: number; shape: number } | undefined {
  const match = /^plan-(\d+)-(\d+)$/.exec(id);
  return match ? { entry: Number(match[1]), shape: Number(match[2]) } : undefined;
}

/** A plan shape as the viewer takes it (the same source pixel coordinates; only the id is added). */
export function maskInputOf(shape: MaskShape, id: string): MaskInput {
  switch (shape.type) {
    case 'rectangle':
      return { id, type: 'rectangle', x: shape.x, y: shape.y, width: shape.width, height: shape.height, category: shape.category };
    case 'ellipse':
      return { id, type: 'ellipse', cx: shape.cx, cy: shape.cy, rx: shape.rx, ry: shape.ry, category: shape.category };
    case 'polygon':
      return { id, type: 'polygon', points: shape.points.map(([x, y]) => [x, y]), category: shape.category };
  }
}

/** One plan shape that masks the image on display. */
export interface VisibleMask {
  readonly id: string;
  readonly entry: number;
  readonly shape: number;
  readonly mask: MaskPlan;
  readonly input: MaskInput;
}

export function visibleMasks(masks: readonly MaskPlan[], image: ImageContext): VisibleMask[] {
  const out: VisibleMask[] = [];
  masks.forEach((mask, entry) => {
    if (!appliesTo(mask, image)) return;
    mask.shapes.forEach((shape, index) => {
      const id = maskIdOf(entry, index);
      out.push({ id, entry, shape: index, mask, input: maskInputOf(shape, id) });
    });
  });
  return out;
}

/** The images of a series the export writes (refused ones and those without pixels are not masked). */
export const maskableInstances = (series: SeriesView): SeriesView['instances'] =>
  series.instances.filter((i) => i.hasPixelData && !i.refusal);

export function imageContextOf(series: SeriesView, instance: SeriesView['instances'][number], frame = 0): ImageContext {
  return {
    sopInstanceUid: instance.sopInstanceUid,
    seriesInstanceUid: series.seriesInstanceUid,
    frame,
    frames: instance.frames,
    device: { modality: series.modality, manufacturer: series.manufacturer, model: series.model, rows: instance.rows, columns: instance.columns },
  };
}

/** "Applied to N of M images": images of the series with at least one mask on some frame. */
export function appliedCount(masks: readonly MaskPlan[], series: SeriesView): { applied: number; total: number } {
  const images = maskableInstances(series);
  const applied = images.filter((instance) => {
    const image = imageContextOf(series, instance);
    return masks.some((m) => appliesToImage(m, image));
  }).length;
  return { applied, total: images.length };
}
