/**
 * How the pixels of one axis of length `input` fall into `output` equal cells (output ≤ input), in integer
 * units: measured in 1/output of a source pixel, source pixel i spans [i·output, (i+1)·output) and output cell
 * j spans [j·input, (j+1)·input). The overlap of the two is the weight of source pixel i in cell j, an integer,
 * and the weights of one cell add up to `input`. Integer weights keep area averages exact (and their rounding
 * ties detectable) instead of carrying binary fractions such as 1/3.
 */
export interface AreaWeights {
  /** Length of the source axis: the sum of the weights of every cell. */
  readonly total: number;
  /** First source index of cell j. */
  readonly first: Int32Array;
  /** Start of cell j's weights in `weights`; cell j has offsets[j + 1] − offsets[j] of them. */
  readonly offsets: Int32Array;
  readonly weights: Float64Array;
}

export function areaWeights(input: number, output: number): AreaWeights {
  const first = new Int32Array(output);
  const offsets = new Int32Array(output + 1);
  const taps: number[] = [];
  for (let j = 0; j < output; j++) {
    const start = j * input;
    const end = start + input;
    const i0 = Math.floor(start / output);
    const i1 = Math.ceil(end / output) - 1;
    first[j] = i0;
    for (let i = i0; i <= i1; i++) taps.push(Math.min((i + 1) * output, end) - Math.max(i * output, start));
    offsets[j + 1] = taps.length;
  }
  return { total: input, first, offsets, weights: Float64Array.from(taps) };
}
