import type { MaskPlan, MaskShape } from '../../../main/api/contract.js';
import type { Mask } from '../../viewer/index.js';
import { parseMaskId, type MaskTargetPlan } from './maskTargets.js';

/** A mask as the viewer reports it, as a plan shape: the same numbers, without the viewer's id. */
export function shapeOf(mask: Mask): MaskShape {
  switch (mask.type) {
    case 'rectangle':
      return { type: 'rectangle', x: mask.x, y: mask.y, width: mask.width, height: mask.height, category: mask.category };
    case 'ellipse':
      return { type: 'ellipse', cx: mask.cx, cy: mask.cy, rx: mask.rx, ry: mask.ry, category: mask.category };
    case 'polygon':
      return { type: 'polygon', points: mask.points.map(([x, y]) => [x, y] as const), category: mask.category };
  }
}

const same = (a: MaskShape, b: MaskShape): boolean => JSON.stringify(a) === JSON.stringify(b);

export type MaskChange = 'add' | 'edit' | 'delete';

/**
 * What an edit in the viewer means for the plan. `shown` is what the app last gave the viewer (as the viewer
 * snapped it), `current` what the viewer holds now: masks with a new id were drawn and become entries with
 * `newTarget`; plan masks that changed were moved, resized or recategorised; missing ones were deleted (an
 * entry without shapes goes). Undefined when nothing changed.
 */
export function reconcileMasks(
  planMasks: readonly MaskPlan[],
  shown: readonly Mask[],
  current: readonly Mask[],
  newTarget: MaskTargetPlan,
): { masks: MaskPlan[]; change: MaskChange } | undefined {
  const before = new Map(shown.map((m) => [m.id, shapeOf(m)]));
  const now = new Map(current.map((m) => [m.id, m]));
  const shapes = planMasks.map((entry) => [...entry.shapes] as (MaskShape | undefined)[]);
  let change: MaskChange | undefined;

  for (const [id, shape] of before) {
    const where = parseMaskId(id);
    const row = where && shapes[where.entry];
    if (!where || !row || where.shape >= row.length) continue;
    const mask = now.get(id);
    if (!mask) {
      row[where.shape] = undefined;
      change ??= 'delete';
    } else if (!same(shapeOf(mask), shape)) {
      row[where.shape] = shapeOf(mask);
      change ??= 'edit';
    }
  }
  const drawn = current.filter((m) => !before.has(m.id) && !parseMaskId(m.id));
  if (drawn.length > 0) change = 'add';
  if (!change) return undefined;

  const masks: MaskPlan[] = [];
  planMasks.forEach((entry, i) => {
    const kept = shapes[i]!.filter((s): s is MaskShape => s !== undefined);
    if (kept.length > 0) masks.push({ ...entry, shapes: kept } as MaskPlan);
  });
  for (const mask of drawn) masks.push({ ...newTarget, shapes: [shapeOf(mask)] } as MaskPlan);
  return { masks, change };
}
