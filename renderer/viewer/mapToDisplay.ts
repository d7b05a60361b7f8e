import type { SampledImage } from './downsampleByArea.js';

/** How values become display levels: Cornerstone's VOI range, the VOI LUT function and inversion. */
export interface DisplayMapping {
  lower: number;
  upper: number;
  voiLutFunction: 'LINEAR' | 'SIGMOID';
  /** True when the result is shown inverted (MONOCHROME1 and/or the operator's invert, not both). */
  inverted: boolean;
}

/**
 * The display level 0–255 of one value. LINEAR maps the VOI range onto the output as Cornerstone does; SIGMOID
 * follows PS3.3 C.11.2.1.3.1 with the range's centre and width.
 */
export function displayLevel(value: number, mapping: DisplayMapping): number {
  const width = Math.max(mapping.upper - mapping.lower, 1e-6);
  let level: number;
  if (mapping.voiLutFunction === 'SIGMOID') {
    const center = (mapping.upper + mapping.lower) / 2;
    level = 1 / (1 + Math.exp((-4 * (value - center)) / width));
  } else {
    level = Math.min(1, Math.max(0, (value - mapping.lower) / width));
  }
  const out = Math.round(level * 255);
  return mapping.inverted ? 255 - out : out;
}

/** Renders a sampled image (1 component grey, 3 or 4 colour) into RGBA pixels for a canvas. */
export function mapToDisplay(image: SampledImage, mapping: DisplayMapping, target: Uint8ClampedArray): void {
  const { components, data } = image;
  const pixels = image.columns * image.rows;
  for (let p = 0; p < pixels; p++) {
    const src = p * components;
    const dst = p * 4;
    if (components === 1) {
      const level = displayLevel(data[src]!, mapping);
      target[dst] = level;
      target[dst + 1] = level;
      target[dst + 2] = level;
    } else {
      target[dst] = displayLevel(data[src]!, mapping);
      target[dst + 1] = displayLevel(data[src + 1]!, mapping);
      target[dst + 2] = displayLevel(data[src + 2]!, mapping);
    }
    target[dst + 3] = 255;
  }
}
