import { createSampleArray, type DecodedFrame } from '../decodedFrame.js';
import { areaWeights } from './areaWeights.js';
import { PixelOpError } from './pixelOpError.js';

/**
 * A frame reduced to outRows × outColumns by area averaging: each output pixel is the mean of the source
 * pixels under its footprint, each weighted by the area it shares with the footprint. The footprints tile
 * the source exactly (output pixel j covers source columns j·C/c … (j+1)·C/c), so scale 0.5 gives exactly the
 * 2 × 2 mean and no source pixel is dropped, as nearest-neighbour would drop them: every source detail
 * contributes, none survives alone. Colour samples are averaged per sample.
 *
 * Integer samples: the mean is rounded half to even, which is unbiased for signed and unsigned data alike
 * (half away from zero or half up would shift averages of large flat regions); a mean of stored values is
 * always within the stored range, so no clamping is needed. The mean is computed exactly while
 * |value| · rows · columns < 2^53, which holds for every 8- and 16-bit image and 32-bit images up to 2^21
 * pixels; beyond it a tie may round the other way. 1-bit samples get a majority vote (ties to 0).
 * Float samples are the plain mean (NaN and infinities propagate).
 *
 * Upscaling is refused: a de-identified image never gains pixels. Weights are computed once per axis; the
 * work is separable and goes output row by output row (sum the source rows under it, then reduce along the
 * row), so memory beyond the output is a few rows of doubles and nothing is allocated per pixel.
 */
export function downsampleFrame(frame: DecodedFrame, outRows: number, outColumns: number): DecodedFrame {
  const { rows, columns, samplesPerPixel: spp } = frame;
  if (!Number.isInteger(outRows) || !Number.isInteger(outColumns) || outRows < 1 || outColumns < 1) {
    throw new PixelOpError('invalid-argument', `frame ${frame.index + 1}: output size ${outColumns}×${outRows} is not a positive whole number of pixels`);
  }
  if (outRows > rows || outColumns > columns) {
    throw new PixelOpError('invalid-argument', `frame ${frame.index + 1}: ${columns}×${rows} cannot be reduced to ${outColumns}×${outRows}, which is larger`);
  }
  if (frame.samples.length < rows * columns * spp) {
    throw new PixelOpError('invalid-argument', `frame ${frame.index + 1} has ${frame.samples.length} samples, fewer than ${columns}×${rows}×${spp}`);
  }
  const out = createSampleArray(frame, outRows * outColumns * spp);
  const result: DecodedFrame = { ...frame, rows: outRows, columns: outColumns, samples: out };
  if (outRows === rows && outColumns === columns) {
    out.set(frame.samples.subarray(0, out.length));
    return result;
  }
  const { first: xFirst, offsets: xOffsets, weights: xWeights, total: xTotal } = areaWeights(columns, outColumns);
  const { first: yFirst, offsets: yOffsets, weights: yWeights, total: yTotal } = areaWeights(rows, outRows);
  const rowLength = columns * spp;
  const rowWidth = outColumns * spp;
  const area = xTotal * yTotal;
  const integer = frame.sampleFormat === 'integer';
  // Work on Float64Array rows: typed-array copies convert natively, and the loops see one array type whatever
  // the frame's sample type. The weighted sums are integers (exact) until the final division.
  const line = new Float64Array(rowLength);
  const sums = new Float64Array(rowLength);
  const reduced = new Float64Array(rowWidth);
  for (let k = 0; k < outRows; k++) {
    // Along y: the source rows under output row k, weighted.
    sums.fill(0);
    const tapsEnd = yOffsets[k + 1]!;
    for (let t = yOffsets[k]!, r = yFirst[k]!; t < tapsEnd; t++, r++) {
      line.set(frame.samples.subarray(r * rowLength, (r + 1) * rowLength));
      const w = yWeights[t]!;
      for (let x = 0; x < rowLength; x++) sums[x]! += w * line[x]!;
    }
    // Along x, then divide by the footprint's area in weight units.
    for (let j = 0; j < outColumns; j++) {
      const k0 = xOffsets[j]!;
      const k1 = xOffsets[j + 1]!;
      const start = xFirst[j]! * spp;
      for (let s = 0; s < spp; s++) {
        let sum = 0;
        for (let q = k0, at = start + s; q < k1; q++, at += spp) sum += xWeights[q]! * sums[at]!;
        reduced[j * spp + s] = integer ? divideRoundHalfEven(sum, area) : sum / area;
      }
    }
    out.set(reduced, k * rowWidth);
  }
  return result;
}

/**
 * numerator / denominator rounded half to even, for integer numerator and positive integer denominator below
 * 2^53. The floating quotient is corrected by the exact remainder, so ties are recognised exactly.
 */
export function divideRoundHalfEven(numerator: number, denominator: number): number {
  let quotient = Math.floor(numerator / denominator);
  let remainder = numerator - quotient * denominator;
  if (remainder < 0) {
    quotient -= 1;
    remainder += denominator;
  } else if (remainder >= denominator) {
    quotient += 1;
    remainder -= denominator;
  }
  const twice = remainder * 2;
  if (twice > denominator || (twice === denominator && quotient % 2 !== 0)) quotient += 1;
  return quotient;
}
