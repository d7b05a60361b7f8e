import type { Point } from './affine.js';
import {
  dragHandle,
  geometryFromDrag,
  geometryHandles,
  translateGeometryWithin,
  type HandleId,
} from './editGeometry.js';
import { hitTestGeometry } from './hitTestGeometry.js';
import type { CropRectangle, Mask, MaskCategory, MaskGeometry, MaskInput } from './maskTypes.js';
import { simplifyPolyline } from './simplifyPolyline.js';
import { snapCrop, snapGeometry, type ImageSize } from './snapGeometry.js';
import type { ViewerTool } from './viewerTool.js';

/** What a pointer gesture needs to know besides the point (all lengths in source pixels). */
export interface GestureContext {
  tool: ViewerTool;
  category: MaskCategory;
  size: ImageSize;
  /** How far from a grip or an outline a press still catches it: a few screen pixels, in image pixels. */
  tolerance: number;
}

/** The shape being drawn, for the layer to show before it is committed. */
export type Draft =
  | { kind: 'geometry'; geometry: MaskGeometry }
  | { kind: 'polygon'; points: Point[]; hover: Point | undefined }
  | { kind: 'freehand'; points: Point[] }
  | { kind: 'crop'; crop: CropRectangle };

type Target = { kind: 'mask'; id: string } | { kind: 'crop' };

type Gesture =
  | { kind: 'box'; type: 'rectangle' | 'ellipse'; start: Point; current: Point }
  | { kind: 'freehand'; points: Point[] }
  | { kind: 'crop'; start: Point; current: Point }
  | { kind: 'move'; target: Target; start: Point; original: MaskGeometry; changed: boolean }
  | { kind: 'resize'; target: Target; handle: HandleId; original: MaskGeometry; changed: boolean };

export interface MaskEditorChange {
  masks?: boolean;
  selection?: boolean;
  crop?: boolean;
}

export interface MaskEditor {
  masks(): readonly Mask[];
  selectedId(): string | undefined;
  crop(): CropRectangle | undefined;
  draft(): Draft | undefined;
  setMasks(masks: readonly MaskInput[], size: ImageSize | undefined): void;
  updateMask(id: string, patch: Partial<MaskInput>, size: ImageSize | undefined): boolean;
  removeMask(id: string): boolean;
  select(id: string | undefined): void;
  setCrop(crop: CropRectangle | undefined, size: ImageSize | undefined): void;
  /** Returns whether the press started an editing gesture (so the caller captures the pointer). */
  pointerDown(point: Point, context: GestureContext): boolean;
  pointerMove(point: Point, context: GestureContext): void;
  pointerUp(point: Point, context: GestureContext): void;
  finishPolygon(context: GestureContext): void;
  cancel(): void;
  deleteSelected(): void;
  isBusy(): boolean;
}

const cropGeometry = (crop: CropRectangle): MaskGeometry => ({ type: 'rectangle', ...crop });

/**
 * The editing state machine for masks and the crop, in source pixel coordinates and free of DOM: the viewer
 * feeds it pointer positions already mapped to the image, and renders what it holds. Changes are reported
 * when a gesture commits, not while it is in progress.
 */
export function createMaskEditor(onChange: (change: MaskEditorChange) => void): MaskEditor {
  let masks: Mask[] = [];
  let selectedId: string | undefined;
  let crop: CropRectangle | undefined;
  let gesture: Gesture | undefined;
  let polygon: { points: Point[]; hover: Point | undefined } | undefined;
  let nextId = 1;

  const newId = (): string => {
    let id: string;
    do id = `mask-${nextId++}`;
    while (masks.some((m) => m.id === id));
    return id;
  };

  const geometryOf = (target: Target): MaskGeometry | undefined =>
    target.kind === 'crop' ? crop && cropGeometry(crop) : masks.find((m) => m.id === target.id);

  const replace = (target: Target, geometry: MaskGeometry, size: ImageSize): void => {
    if (target.kind === 'crop') {
      if (geometry.type === 'rectangle') crop = snapCrop(geometry, size) ?? crop;
      return;
    }
    const snapped = snapGeometry(geometry, size);
    if (!snapped) return;
    masks = masks.map((m) => (m.id === target.id ? { ...snapped, id: m.id, category: m.category } : m));
  };

  const maskAt = (point: Point, tolerance: number): Mask | undefined =>
    [...masks].reverse().find((m) => hitTestGeometry(m, point, tolerance));

  const handleAt = (point: Point, context: GestureContext): { target: Target; handle: HandleId } | undefined => {
    const near = (p: Point): boolean => Math.hypot(p[0] - point[0], p[1] - point[1]) <= context.tolerance;
    if (context.tool === 'crop') {
      const handle = crop && geometryHandles(cropGeometry(crop)).find((h) => near(h.point));
      return handle && { target: { kind: 'crop' }, handle: handle.id };
    }
    const selected = masks.find((m) => m.id === selectedId);
    const handle = selected && geometryHandles(selected).find((h) => near(h.point));
    return handle && selected && { target: { kind: 'mask', id: selected.id }, handle: handle.id };
  };

  const setSelection = (id: string | undefined): void => {
    if (id === selectedId) return;
    selectedId = id;
    onChange({ selection: true });
  };

  const commitMask = (geometry: MaskGeometry | undefined, context: GestureContext): void => {
    const snapped = geometry && snapGeometry(geometry, context.size);
    if (!snapped) return;
    const mask: Mask = { ...snapped, id: newId(), category: context.category };
    masks = [...masks, mask];
    selectedId = mask.id;
    onChange({ masks: true, selection: true });
  };

  const finishPolygon = (context: GestureContext): void => {
    if (!polygon) return;
    const { points } = polygon;
    polygon = undefined;
    commitMask({ type: 'polygon', points }, context);
    onChange({});
  };

  const removeMask = (id: string): boolean => {
    const before = masks.length;
    masks = masks.filter((m) => m.id !== id);
    if (masks.length === before) return false;
    if (selectedId === id) selectedId = undefined;
    onChange({ masks: true, selection: true });
    return true;
  };

  return {
    masks: () => masks,
    selectedId: () => selectedId,
    crop: () => crop,
    draft() {
      if (polygon) return { kind: 'polygon', points: polygon.points, hover: polygon.hover };
      if (!gesture) return undefined;
      switch (gesture.kind) {
        case 'box':
          return { kind: 'geometry', geometry: geometryFromDrag(gesture.type, gesture.start, gesture.current) };
        case 'freehand':
          return { kind: 'freehand', points: gesture.points };
        case 'crop': {
          const g = geometryFromDrag('rectangle', gesture.start, gesture.current);
          return g.type === 'rectangle' ? { kind: 'crop', crop: { x: g.x, y: g.y, width: g.width, height: g.height } } : undefined;
        }
        default:
          return undefined;
      }
    },
    setMasks(input, size) {
      const used = new Set<string>();
      masks = [];
      for (const { id, category, ...geometry } of input) {
        const snapped = size ? snapGeometry(geometry as MaskGeometry, size) : (geometry as MaskGeometry);
        if (!snapped) continue;
        const maskId = id && !used.has(id) ? id : newId();
        used.add(maskId);
        masks.push({ ...snapped, id: maskId, category });
      }
      if (selectedId && !used.has(selectedId)) selectedId = undefined;
      onChange({ masks: true, selection: true });
    },
    updateMask(id, patch, size) {
      const current = masks.find((m) => m.id === id);
      if (!current) return false;
      const { id: _ignored, category, ...geometryPatch } = patch;
      const merged = { ...current, ...geometryPatch } as Mask;
      const { id: _id, category: _category, ...geometry } = merged;
      const snapped = size ? snapGeometry(geometry as MaskGeometry, size) : (geometry as MaskGeometry);
      if (!snapped) return false;
      masks = masks.map((m) => (m.id === id ? { ...snapped, id, category: category ?? m.category } : m));
      onChange({ masks: true });
      return true;
    },
    removeMask,
    select(id) {
      setSelection(id && masks.some((m) => m.id === id) ? id : undefined);
    },
    setCrop(next, size) {
      crop = next && size ? snapCrop(next, size) : next;
      onChange({ crop: true });
    },
    pointerDown(point, context) {
      const { tool } = context;
      if (polygon && tool === 'polygon') {
        const first = polygon.points[0]!;
        const closes = polygon.points.length >= 3 && Math.hypot(first[0] - point[0], first[1] - point[1]) <= context.tolerance;
        const last = polygon.points[polygon.points.length - 1]!;
        const repeats = Math.hypot(last[0] - point[0], last[1] - point[1]) <= context.tolerance;
        if (closes || (repeats && polygon.points.length >= 3)) finishPolygon(context);
        else if (!repeats) polygon.points.push(point);
        onChange({});
        return true;
      }
      const grip = handleAt(point, context);
      if (grip) {
        const original = geometryOf(grip.target);
        if (original) {
          gesture = { kind: 'resize', target: grip.target, handle: grip.handle, original, changed: false };
          return true;
        }
      }
      switch (tool) {
        case 'crop': {
          const inside = crop && hitTestGeometry(cropGeometry(crop), point, 0);
          gesture = inside && crop
            ? { kind: 'move', target: { kind: 'crop' }, start: point, original: cropGeometry(crop), changed: false }
            : { kind: 'crop', start: point, current: point };
          return true;
        }
        case 'select': {
          const hit = maskAt(point, context.tolerance);
          setSelection(hit?.id);
          if (hit) gesture = { kind: 'move', target: { kind: 'mask', id: hit.id }, start: point, original: hit, changed: false };
          return true;
        }
        case 'rectangle':
        case 'ellipse':
          gesture = { kind: 'box', type: tool, start: point, current: point };
          return true;
        case 'freehand':
          gesture = { kind: 'freehand', points: [point] };
          return true;
        case 'polygon':
          polygon = { points: [point], hover: point };
          setSelection(undefined);
          onChange({});
          return true;
        default:
          return false;
      }
    },
    pointerMove(point, context) {
      if (polygon && !gesture) {
        polygon.hover = point;
        onChange({});
        return;
      }
      if (!gesture) return;
      switch (gesture.kind) {
        case 'box':
        case 'crop':
          gesture.current = point;
          break;
        case 'freehand': {
          const last = gesture.points[gesture.points.length - 1]!;
          if (Math.hypot(last[0] - point[0], last[1] - point[1]) >= context.tolerance / 4) gesture.points.push(point);
          break;
        }
        case 'move': {
          const delta: Point = [point[0] - gesture.start[0], point[1] - gesture.start[1]];
          replace(gesture.target, translateGeometryWithin(gesture.original, delta, context.size), context.size);
          gesture.changed = true;
          break;
        }
        case 'resize':
          replace(gesture.target, dragHandle(gesture.original, gesture.handle, point), context.size);
          gesture.changed = true;
          break;
      }
      onChange({});
    },
    pointerUp(point, context) {
      const done = gesture;
      gesture = undefined;
      if (!done) return;
      const moved = (start: Point): boolean => Math.hypot(point[0] - start[0], point[1] - start[1]) > context.tolerance / 2;
      switch (done.kind) {
        case 'box':
          if (moved(done.start)) commitMask(geometryFromDrag(done.type, done.start, point), context);
          else setSelection(maskAt(point, context.tolerance)?.id);
          break;
        case 'freehand':
          if (done.points.length >= 3) {
            const points = simplifyPolyline([...done.points, point], Math.max(0.5, context.tolerance / 8));
            commitMask({ type: 'polygon', points }, context);
          } else {
            setSelection(maskAt(point, context.tolerance)?.id);
          }
          break;
        case 'crop': {
          const g = geometryFromDrag('rectangle', done.start, point);
          if (moved(done.start) && g.type === 'rectangle') {
            const next = snapCrop(g, context.size);
            if (next) {
              crop = next;
              onChange({ crop: true });
            }
          }
          break;
        }
        case 'move':
        case 'resize':
          if (done.changed) onChange(done.target.kind === 'crop' ? { crop: true } : { masks: true });
          break;
      }
      onChange({});
    },
    finishPolygon,
    cancel() {
      gesture = undefined;
      polygon = undefined;
      onChange({});
    },
    deleteSelected() {
      if (selectedId) removeMask(selectedId);
    },
    isBusy: () => gesture !== undefined || polygon !== undefined,
  };
}
