import { describe, expect, test } from 'vitest';
import type { Point } from './affine.js';
import { createMaskEditor, type GestureContext, type MaskEditorChange } from './createMaskEditor.js';
import type { ViewerTool } from './viewerTool.js';

const context = (tool: ViewerTool): GestureContext => ({ tool, category: 'face', size: { columns: 200, rows: 100 }, tolerance: 2 });

function gesture(editor: ReturnType<typeof createMaskEditor>, tool: ViewerTool, path: Point[]): void {
  const [first, ...rest] = path;
  editor.pointerDown(first!, context(tool));
  for (const p of rest) editor.pointerMove(p, context(tool));
  editor.pointerUp(rest[rest.length - 1] ?? first!, context(tool));
}

describe('createMaskEditor', () => {
  test('a drag draws a rectangle, selects it, and reports once on release', () => {
    const changes: MaskEditorChange[] = [];
    const editor = createMaskEditor((c) => changes.push(c));
    gesture(editor, 'rectangle', [[10.2, 20.7], [30, 40], [50.4, 60.2]]);
    expect(editor.masks()).toEqual([{ type: 'rectangle', x: 10, y: 21, width: 40, height: 39, id: 'mask-1', category: 'face' }]);
    expect(editor.selectedId()).toBe('mask-1');
    expect(changes.filter((c) => c.masks)).toHaveLength(1);
  });

  test('a click with a drawing tool selects the mask under it instead of drawing', () => {
    const editor = createMaskEditor(() => undefined);
    editor.setMasks([{ type: 'ellipse', cx: 100, cy: 50, rx: 20, ry: 10, category: 'tattoo' }], context('select').size);
    gesture(editor, 'ellipse', [[105, 52]]);
    expect(editor.masks()).toHaveLength(1);
    expect(editor.selectedId()).toBe(editor.masks()[0]!.id);
  });

  test('select moves a mask within the image and a grip resizes it', () => {
    const editor = createMaskEditor(() => undefined);
    editor.setMasks([{ id: 'a', type: 'rectangle', x: 10, y: 10, width: 20, height: 10, category: 'other' }], context('select').size);
    gesture(editor, 'select', [[15, 15], [25, 18]]);
    expect(editor.masks()[0]).toMatchObject({ x: 20, y: 13, width: 20, height: 10 });
    gesture(editor, 'select', [[30, 18], [-50, 18]]);
    expect(editor.masks()[0], 'stops at the edge').toMatchObject({ x: 0, y: 13 });
    gesture(editor, 'select', [[20, 23], [30.2, 40.4]]);
    expect(editor.masks()[0]).toMatchObject({ x: 0, y: 13, width: 30, height: 27 });
    editor.deleteSelected();
    expect(editor.masks()).toEqual([]);
  });

  test('polygon clicks are joined into a polygon; a click on the first point closes it', () => {
    const editor = createMaskEditor(() => undefined);
    for (const p of [[10, 10], [40, 10], [40, 40], [10.5, 10.5]] as Point[]) gesture(editor, 'polygon', [p]);
    expect(editor.masks()).toEqual([{ type: 'polygon', points: [[10, 10], [40, 10], [40, 40]], id: 'mask-1', category: 'face' }]);
    expect(editor.isBusy()).toBe(false);
  });

  test('a freehand stroke is simplified into a polygon', () => {
    const editor = createMaskEditor(() => undefined);
    const stroke: Point[] = [];
    for (let x = 10; x <= 50; x++) stroke.push([x, 10]);
    for (let y = 10; y <= 40; y++) stroke.push([50, y]);
    for (let x = 50; x >= 10; x--) stroke.push([x, 40]);
    gesture(editor, 'freehand', stroke);
    const [mask] = editor.masks();
    expect(mask?.type).toBe('polygon');
    expect(mask?.type === 'polygon' && mask.points).toEqual([[10, 10], [50, 10], [50, 40], [10, 40]]);
  });

  test('the crop tool draws, moves and keeps one crop', () => {
    const changes: MaskEditorChange[] = [];
    const editor = createMaskEditor((c) => changes.push(c));
    gesture(editor, 'crop', [[5.4, 5.6], [100.2, 80.3]]);
    expect(editor.crop()).toEqual({ x: 5, y: 6, width: 95, height: 74 });
    gesture(editor, 'crop', [[50, 50], [60, 45]]);
    expect(editor.crop()).toEqual({ x: 15, y: 1, width: 95, height: 74 });
    expect(editor.masks()).toEqual([]);
    expect(changes.filter((c) => c.crop)).toHaveLength(2);
  });

  test('masks from a plan keep their ids; duplicates get new ones', () => {
    const editor = createMaskEditor(() => undefined);
    editor.setMasks(
      [
        { id: 'x', type: 'rectangle', x: 1, y: 1, width: 5, height: 5, category: 'dental' },
        { id: 'x', type: 'rectangle', x: 10, y: 1, width: 5, height: 5, category: 'iris' },
      ],
      context('select').size,
    );
    expect(editor.masks().map((m) => m.id)).toEqual(['x', 'mask-1']);
    expect(editor.updateMask('x', { category: 'palm', width: 9 }, context('select').size)).toBe(true);
    expect(editor.masks()[0]).toEqual({ id: 'x', type: 'rectangle', x: 1, y: 1, width: 9, height: 5, category: 'palm' });
  });
});
