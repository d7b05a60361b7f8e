import { useEffect, useRef } from 'react';
import type { Plan } from '../../../main/api/contract.js';
import type { CropRectangle, Viewer } from '../../viewer/index.js';
import type { ImageContext } from '../masks/maskTargets.js';

/** The crop that applies to an image: its own, else its series'. */
export function cropFor(crops: Plan['crop'], image: ImageContext | undefined): CropRectangle | undefined {
  if (!image) return undefined;
  const found =
    crops.find((c) => 'sopInstanceUID' in c && c.sopInstanceUID === image.sopInstanceUid) ??
    crops.find((c) => 'seriesInstanceUID' in c && c.seriesInstanceUID === image.seriesInstanceUid);
  return found && { x: found.x, y: found.y, width: found.width, height: found.height };
}

/** The plan's crop on the viewer's crop layer, and the viewer's crop tool editing the series' crop in the plan. */
export function useCropSync(viewer: Viewer | undefined, crops: Plan['crop'], image: ImageContext | undefined, onCrop: (crop: CropRectangle | undefined) => void): void {
  const applying = useRef(false);
  const latest = useRef(onCrop);
  latest.current = onCrop;
  // Compared by value: a new object with the same rectangle is no change.
  const crop = cropFor(crops, image);
  const key = crop ? [crop.x, crop.y, crop.width, crop.height].join(',') : '';

  useEffect(() => {
    if (!viewer) return;
    const [x = 0, y = 0, width = 0, height = 0] = key ? key.split(',').map(Number) : [];
    applying.current = true;
    try {
      viewer.setCrop(key ? { x, y, width, height } : undefined);
    } finally {
      applying.current = false;
    }
  }, [viewer, key, image]);

  useEffect(() => {
    if (!viewer) return undefined;
    return viewer.on('cropchange', ({ crop: next }) => {
      if (!applying.current) latest.current(next);
    });
  }, [viewer]);
}
