/**
 * The accurate integer inverse DCT that the IJG library calls "islow" (the default of libjpeg 6b, which dcmtk's
 * dcmdjpeg uses for 8- and 12-bit data): the Loeffler–Ligtenberg–Moschytz factorisation (12 multiplies, 32 adds)
 * in 32-bit fixed point with 13 fraction bits for the constants. A column pass keeps PASS1_BITS extra bits;
 * the row pass removes them and the 8× scaling, rounding at each step, and maps results to samples through the
 * range-limit table. Reproducing these exact steps is what makes the output equal dcmdjpeg's, bit for bit.
 */

const CONST_BITS = 13;

// Constants scaled by 2^13 and rounded: FIX(x) = round(x × 8192).
const FIX_0_298631336 = 2446;
const FIX_0_390180644 = 3196;
const FIX_0_541196100 = 4433;
const FIX_0_765366865 = 6270;
const FIX_0_899976223 = 7373;
const FIX_1_175875602 = 9633;
const FIX_1_501321110 = 12299;
const FIX_1_847759065 = 15137;
const FIX_1_961570560 = 16069;
const FIX_2_053119869 = 16819;
const FIX_2_562915447 = 20995;
const FIX_3_072711026 = 25172;

/** Sample-domain constants for one precision (8 or 12 bits). */
export interface IdctTables {
  /** Extra fraction bits kept between passes: 2 for 8-bit samples, 1 for 12-bit (to stay within 32 bits). */
  readonly pass1Bits: number;
  /** Maps a (masked) signed IDCT result to a sample: adds the level shift and clamps (libjpeg's post-IDCT table). */
  readonly rangeLimit: Uint16Array;
  readonly rangeMask: number;
}

/**
 * libjpeg's post-IDCT range-limit table: index = value & (4 × 2^P − 1). Values from −2^(P−1) up to 2^(P−1) − 1
 * map to value + 2^(P−1), larger values to the maximum, smaller ones to 0; the mask makes gross overflows wrap
 * exactly as libjpeg's do.
 */
export function createIdctTables(precision: number): IdctTables {
  const levels = 1 << precision;
  const center = levels >> 1;
  const max = levels - 1;
  const size = 4 * levels;
  const table = new Uint16Array(size);
  for (let i = 0; i < size; i++) {
    if (i < center) table[i] = i + center;
    else if (i < 2 * levels) table[i] = max;
    else if (i < size - center) table[i] = 0;
    else table[i] = i - (size - center);
  }
  return { pass1Bits: precision === 8 ? 2 : 1, rangeLimit: table, rangeMask: size - 1 };
}

/**
 * Dequantizes and inverse-transforms one block: `coef` holds the 64 quantized coefficients in natural order,
 * the 8×8 result goes to `out` at `offset` with `stride` samples per row. `work` is 64 scratch integers.
 */
export function idctIslow(
  coef: Int32Array,
  quant: Int32Array,
  out: Uint16Array,
  offset: number,
  stride: number,
  tables: IdctTables,
  work: Int32Array,
): void {
  const pass1 = tables.pass1Bits;
  const range = tables.rangeLimit;
  const mask = tables.rangeMask;
  const descale1 = CONST_BITS - pass1;
  const round1 = 1 << (descale1 - 1);
  const descale2 = CONST_BITS + pass1 + 3;
  const round2 = 1 << (descale2 - 1);
  const dcShift = pass1 + 3;
  const dcRound = 1 << (dcShift - 1);

  // Pass 1: columns from the coefficients into the work array, keeping pass1 extra bits.
  for (let c = 0; c < 8; c++) {
    if (
      coef[8 + c] === 0 && coef[16 + c] === 0 && coef[24 + c] === 0 && coef[32 + c] === 0 &&
      coef[40 + c] === 0 && coef[48 + c] === 0 && coef[56 + c] === 0
    ) {
      // With no AC terms the column is constant; the full computation gives the same value.
      const dc = Math.imul(coef[c]!, quant[c]!) << pass1;
      for (let r = 0; r < 64; r += 8) work[r + c] = dc;
      continue;
    }
    let z2 = Math.imul(coef[16 + c]!, quant[16 + c]!);
    let z3 = Math.imul(coef[48 + c]!, quant[48 + c]!);
    let z1 = Math.imul(z2 + z3, FIX_0_541196100);
    let tmp2 = z1 + Math.imul(z3, -FIX_1_847759065);
    let tmp3 = z1 + Math.imul(z2, FIX_0_765366865);
    z2 = Math.imul(coef[c]!, quant[c]!);
    z3 = Math.imul(coef[32 + c]!, quant[32 + c]!);
    let tmp0 = (z2 + z3) << CONST_BITS;
    let tmp1 = (z2 - z3) << CONST_BITS;
    const tmp10 = tmp0 + tmp3;
    const tmp13 = tmp0 - tmp3;
    const tmp11 = tmp1 + tmp2;
    const tmp12 = tmp1 - tmp2;

    tmp0 = Math.imul(coef[56 + c]!, quant[56 + c]!);
    tmp1 = Math.imul(coef[40 + c]!, quant[40 + c]!);
    tmp2 = Math.imul(coef[24 + c]!, quant[24 + c]!);
    tmp3 = Math.imul(coef[8 + c]!, quant[8 + c]!);
    z1 = tmp0 + tmp3;
    z2 = tmp1 + tmp2;
    z3 = tmp0 + tmp2;
    let z4 = tmp1 + tmp3;
    const z5 = Math.imul(z3 + z4, FIX_1_175875602);
    tmp0 = Math.imul(tmp0, FIX_0_298631336);
    tmp1 = Math.imul(tmp1, FIX_2_053119869);
    tmp2 = Math.imul(tmp2, FIX_3_072711026);
    tmp3 = Math.imul(tmp3, FIX_1_501321110);
    z1 = Math.imul(z1, -FIX_0_899976223);
    z2 = Math.imul(z2, -FIX_2_562915447);
    z3 = Math.imul(z3, -FIX_1_961570560) + z5;
    z4 = Math.imul(z4, -FIX_0_390180644) + z5;
    tmp0 += z1 + z3;
    tmp1 += z2 + z4;
    tmp2 += z2 + z3;
    tmp3 += z1 + z4;

    work[c] = (tmp10 + tmp3 + round1) >> descale1;
    work[56 + c] = (tmp10 - tmp3 + round1) >> descale1;
    work[8 + c] = (tmp11 + tmp2 + round1) >> descale1;
    work[48 + c] = (tmp11 - tmp2 + round1) >> descale1;
    work[16 + c] = (tmp12 + tmp1 + round1) >> descale1;
    work[40 + c] = (tmp12 - tmp1 + round1) >> descale1;
    work[24 + c] = (tmp13 + tmp0 + round1) >> descale1;
    work[32 + c] = (tmp13 - tmp0 + round1) >> descale1;
  }

  // Pass 2: rows from the work array to samples, removing the extra bits and the factor 8.
  for (let r = 0; r < 64; r += 8) {
    const o = offset + (r >> 3) * stride;
    if (
      work[r + 1] === 0 && work[r + 2] === 0 && work[r + 3] === 0 && work[r + 4] === 0 &&
      work[r + 5] === 0 && work[r + 6] === 0 && work[r + 7] === 0
    ) {
      const dc = range[((work[r]! + dcRound) >> dcShift) & mask]!;
      for (let k = 0; k < 8; k++) out[o + k] = dc;
      continue;
    }
    let z2 = work[r + 2]!;
    let z3 = work[r + 6]!;
    let z1 = Math.imul(z2 + z3, FIX_0_541196100);
    let tmp2 = z1 + Math.imul(z3, -FIX_1_847759065);
    let tmp3 = z1 + Math.imul(z2, FIX_0_765366865);
    let tmp0 = (work[r]! + work[r + 4]!) << CONST_BITS;
    let tmp1 = (work[r]! - work[r + 4]!) << CONST_BITS;
    const tmp10 = tmp0 + tmp3;
    const tmp13 = tmp0 - tmp3;
    const tmp11 = tmp1 + tmp2;
    const tmp12 = tmp1 - tmp2;

    tmp0 = work[r + 7]!;
    tmp1 = work[r + 5]!;
    tmp2 = work[r + 3]!;
    tmp3 = work[r + 1]!;
    z1 = tmp0 + tmp3;
    z2 = tmp1 + tmp2;
    z3 = tmp0 + tmp2;
    let z4 = tmp1 + tmp3;
    const z5 = Math.imul(z3 + z4, FIX_1_175875602);
    tmp0 = Math.imul(tmp0, FIX_0_298631336);
    tmp1 = Math.imul(tmp1, FIX_2_053119869);
    tmp2 = Math.imul(tmp2, FIX_3_072711026);
    tmp3 = Math.imul(tmp3, FIX_1_501321110);
    z1 = Math.imul(z1, -FIX_0_899976223);
    z2 = Math.imul(z2, -FIX_2_562915447);
    z3 = Math.imul(z3, -FIX_1_961570560) + z5;
    z4 = Math.imul(z4, -FIX_0_390180644) + z5;
    tmp0 += z1 + z3;
    tmp1 += z2 + z4;
    tmp2 += z2 + z3;
    tmp3 += z1 + z4;

    out[o] = range[((tmp10 + tmp3 + round2) >> descale2) & mask]!;
    out[o + 7] = range[((tmp10 - tmp3 + round2) >> descale2) & mask]!;
    out[o + 1] = range[((tmp11 + tmp2 + round2) >> descale2) & mask]!;
    out[o + 6] = range[((tmp11 - tmp2 + round2) >> descale2) & mask]!;
    out[o + 2] = range[((tmp12 + tmp1 + round2) >> descale2) & mask]!;
    out[o + 5] = range[((tmp12 - tmp1 + round2) >> descale2) & mask]!;
    out[o + 3] = range[((tmp13 + tmp0 + round2) >> descale2) & mask]!;
    out[o + 4] = range[((tmp13 - tmp0 + round2) >> descale2) & mask]!;
  }
}
