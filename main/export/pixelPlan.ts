import type { IndexedObject } from '../catalog/indexedObject.js';
import type { CropPlan, MaskPlan, MaskRule, MaskShape, PixelEncoding, Plan, Resolution } from '../plan/plan.js';
import { PlanError } from '../plan/loadPlan.js';
import { validateShape } from '../pixels/ops/index.js';
import { deviceMatches } from '../pixels/rules/index.js';

/** The masks of one object, with the plan entry they came from (for the report). */
export interface ObjectMask {
  /** Index of the entry in plan.masks. */
  readonly planIndex: number;
  readonly via: 'instance' | 'series' | 'rule';
  readonly frames: 'all' | readonly number[];
  readonly shapes: readonly MaskShape[];
}

/** What the plan asks of one object's pixels; undefined when its pixels stay as they are. */
export interface ObjectPixelPlan {
  readonly masks: readonly ObjectMask[];
  readonly crop?: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
  readonly resolution?: Resolution;
  readonly burnOverlays: boolean;
  readonly encoding: PixelEncoding;
}

/** Rule matching as CTP's pixel-anonymizer signatures (rules/matchMaskRules.ts): the one definition of a match. */
export const ruleMatches = (rule: MaskRule, object: IndexedObject): boolean =>
  deviceMatches(rule, { modality: object.modality, manufacturer: object.manufacturer, model: object.modelName, rows: object.rows, columns: object.columns });

function maskApplies(mask: MaskPlan, object: IndexedObject): ObjectMask['via'] | undefined {
  if ('sopInstanceUID' in mask) return mask.sopInstanceUID === object.sopInstanceUid ? 'instance' : undefined;
  if ('seriesInstanceUID' in mask) return mask.seriesInstanceUID === object.seriesInstanceUid ? 'series' : undefined;
  return ruleMatches(mask.rule, object) ? 'rule' : undefined;
}

const cropApplies = (crop: CropPlan, object: IndexedObject): boolean =>
  'sopInstanceUID' in crop ? crop.sopInstanceUID === object.sopInstanceUid : crop.seriesInstanceUID === object.seriesInstanceUid;

function resolutionFor(plan: Plan, object: IndexedObject): Resolution | undefined {
  const r = plan.resolution;
  if (!r) return undefined;
  const series = r.series?.find((s) => s.seriesInstanceUID === object.seriesInstanceUid);
  const chosen: Resolution = series ?? r;
  if ('scale' in chosen && chosen.scale >= 1) return undefined;
  if ('maxDimension' in chosen && chosen.maxDimension >= Math.max(object.rows ?? 0, object.columns ?? 0)) return undefined;
  return 'scale' in chosen ? { scale: chosen.scale } : { maxDimension: chosen.maxDimension };
}

/** The pixel work for one object, or undefined when the plan leaves its pixels untouched. */
export function pixelPlanFor(plan: Plan, object: IndexedObject): ObjectPixelPlan | undefined {
  const masks: ObjectMask[] = [];
  plan.masks.forEach((mask, planIndex) => {
    const via = maskApplies(mask, object);
    if (via) masks.push({ planIndex, via, frames: mask.frames ?? 'all', shapes: mask.shapes });
  });
  const crop = plan.crop.find((c) => cropApplies(c, object));
  const resolution = resolutionFor(plan, object);
  const burnOverlays = plan.output.burnOverlays && object.hasOverlays;
  // Overlays embedded in the pixel data's unused bits would survive a byte copy; re-encoding keeps only the
  // stored bits, so such pixels always go through the pipeline.
  if (masks.length === 0 && !crop && !resolution && !burnOverlays && !object.hasEmbeddedOverlays) return undefined;
  return {
    masks,
    ...(crop ? { crop: { x: crop.x, y: crop.y, width: crop.width, height: crop.height } } : {}),
    ...(resolution ? { resolution } : {}),
    burnOverlays,
    encoding: plan.output.pixelEncoding,
  };
}

/**
 * Checks the plan's pixel instructions against the objects to export before anything is written: every mask,
 * crop and series resolution must name an object among the inputs, fit its image and its frames. Throws a
 * PlanError listing every problem (the export then writes nothing).
 */
export function validatePixelPlan(plan: Plan, objects: readonly IndexedObject[]): void {
  const problems: string[] = [];
  const bySop = new Map(objects.map((o) => [o.sopInstanceUid, o]));
  const bySeries = new Map<string, IndexedObject[]>();
  for (const o of objects) {
    const list = bySeries.get(o.seriesInstanceUid) ?? [];
    list.push(o);
    bySeries.set(o.seriesInstanceUid, list);
  }
  const targets = (t: { sopInstanceUID: string } | { seriesInstanceUID: string }): IndexedObject[] | string =>
    'sopInstanceUID' in t
      ? bySop.has(t.sopInstanceUID)
        ? [bySop.get(t.sopInstanceUID)!]
        : `no object with SOP Instance UID ${t.sopInstanceUID} among the inputs`
      : (bySeries.get(t.seriesInstanceUID) ?? `no series with Series Instance UID ${t.seriesInstanceUID} among the inputs`);

  plan.masks.forEach((mask, i) => {
    const where = `masks[${i}]`;
    const objectsOf = 'rule' in mask ? objects.filter((o) => ruleMatches(mask.rule, o)) : targets(mask);
    if (typeof objectsOf === 'string') {
      problems.push(`${where}: ${objectsOf}`);
      return;
    }
    for (const o of objectsOf) {
      if (!o.hasPixelData || !o.rows || !o.columns) {
        if (!('rule' in mask)) problems.push(`${where}: object ${o.sopInstanceUid} has no image to mask`);
        continue;
      }
      for (const frame of mask.frames === 'all' || mask.frames === undefined ? [] : mask.frames) {
        if (frame >= o.numberOfFrames) problems.push(`${where}: frame ${frame} but object ${o.sopInstanceUid} has ${o.numberOfFrames} frame(s)`);
      }
      mask.shapes.forEach((shape, j) => {
        const error = validateShape(shape, o.rows!, o.columns!);
        if (error) problems.push(`${where}.shapes[${j}]: ${error} (object ${o.sopInstanceUid}, ${o.columns}×${o.rows})`);
      });
    }
  });
  plan.crop.forEach((crop, i) => {
    const objectsOf = targets(crop);
    if (typeof objectsOf === 'string') {
      problems.push(`crop[${i}]: ${objectsOf}`);
      return;
    }
    for (const o of objectsOf) {
      if (!o.rows || !o.columns) problems.push(`crop[${i}]: object ${o.sopInstanceUid} has no image to crop`);
      else if (crop.x + crop.width > o.columns || crop.y + crop.height > o.rows) {
        problems.push(`crop[${i}]: ${crop.width}×${crop.height} at (${crop.x},${crop.y}) does not fit object ${o.sopInstanceUid} (${o.columns}×${o.rows})`);
      }
    }
  });
  plan.resolution?.series?.forEach((s, i) => {
    if (!bySeries.has(s.seriesInstanceUID)) problems.push(`resolution.series[${i}]: no series with Series Instance UID ${s.seriesInstanceUID} among the inputs`);
  });
  if (problems.length > 0) throw new PlanError(`the plan does not fit the inputs: ${problems.join('; ')}`);
}
