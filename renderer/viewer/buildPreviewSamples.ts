import type { Types } from '@cornerstonejs/core';
import { downsampleByArea, type SampledImage } from './downsampleByArea.js';

/**
 * The current image reduced by `factor` with area averaging, in modality values for grey images (the
 * rescale applied unless the loader already applied it) and in RGB for colour ones: what the exported image
 * will hold after resampling, before display mapping.
 */
export function buildPreviewSamples(image: Types.IImage, factor: number): SampledImage {
  const pixels = image.getPixelData() as ArrayLike<number>;
  const { columns, rows } = image;
  const components = Math.max(1, Math.round(pixels.length / (columns * rows)));
  if (components > 1) {
    const sampled = downsampleByArea(pixels, columns, rows, components, factor);
    return components === 4 ? dropAlpha(sampled) : sampled;
  }
  const scaled = image.preScale?.scaled === true;
  const slope = scaled ? 1 : (image.slope ?? 1);
  const intercept = scaled ? 0 : (image.intercept ?? 0);
  const sampled = downsampleByArea(pixels, columns, rows, 1, factor);
  if (slope !== 1 || intercept !== 0) for (let i = 0; i < sampled.data.length; i++) sampled.data[i] = sampled.data[i]! * slope + intercept;
  return sampled;
}

function dropAlpha(image: SampledImage): SampledImage {
  const pixels = image.columns * image.rows;
  const data = new Float32Array(pixels * 3);
  for (let p = 0; p < pixels; p++) {
    data[p * 3] = image.data[p * 4]!;
    data[p * 3 + 1] = image.data[p * 4 + 1]!;
    data[p * 3 + 2] = image.data[p * 4 + 2]!;
  }
  return { ...image, components: 3, data };
}
