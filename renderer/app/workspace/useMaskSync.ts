import { useEffect, useRef } from 'react';
import type { MaskPlan } from '../../../main/api/contract.js';
import type { Mask, Viewer } from '../../viewer/index.js';
import { maskIdOf, visibleMasks, type ImageContext, type MaskTargetPlan } from '../masks/maskTargets.js';
import { reconcileMasks, type MaskChange } from '../masks/reconcileMasks.js';

/**
 * Keeps the viewer's masks and the plan's in step. The plan is the truth: the viewer shows the plan shapes
 * that mask the image on display; a mask drawn, moved, resized or deleted in the viewer becomes a plan edit
 * (one undoable command), after which the viewer shows the plan again. A newly drawn mask stays selected.
 */
export function useMaskSync(
  viewer: Viewer | undefined,
  masks: readonly MaskPlan[],
  image: ImageContext | undefined,
  newTarget: MaskTargetPlan | undefined,
  onChange: (masks: MaskPlan[], change: MaskChange) => void,
): void {
  const shown = useRef<readonly Mask[]>([]);
  const applying = useRef(false);
  const select = useRef<string | undefined>(undefined);
  const latest = useRef({ masks, newTarget, onChange });
  latest.current = { masks, newTarget, onChange };

  useEffect(() => {
    if (!viewer) return;
    applying.current = true;
    try {
      viewer.setMasks(image ? visibleMasks(masks, image).map((m) => m.input) : []);
      if (select.current) viewer.selectMask(select.current);
    } finally {
      applying.current = false;
      select.current = undefined;
    }
    shown.current = viewer.getMasks();
  }, [viewer, masks, image]);

  useEffect(() => {
    if (!viewer) return undefined;
    return viewer.on('maskschange', ({ masks: current }) => {
      if (applying.current) return;
      const { masks: planMasks, newTarget: target, onChange: change } = latest.current;
      if (!target) return;
      const result = reconcileMasks(planMasks, shown.current, current, target);
      if (!result) return;
      if (result.change === 'add') select.current = maskIdOf(result.masks.length - 1, 0);
      change(result.masks, result.change);
    });
  }, [viewer]);
}
