import type { CharacterSet } from './charset.js';
import type { Tag } from './tag.js';
import type { ValueOutput } from './outputDataset.js';
import type { Vr } from './vr.js';

/** Encoding failures name the attribute so that the object fails with a reason instead of writing a wrong value. */
export class ValueEncodingError extends Error {}

function ascii(text: string, what: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7e) throw new ValueEncodingError(`${what}: '${text}' is not in the default character repertoire`);
    out[i] = c;
  }
  return out;
}

/**
 * A string value (multiple values joined by backslash). Text VRs use the data set's character set; all other
 * VRs must stay in the default repertoire (PS3.5 6.1.2.3).
 */
export function stringOutput(tag: Tag, vr: Vr, values: readonly string[], charset?: CharacterSet): ValueOutput {
  const text = values.join('\\');
  let bytes: Uint8Array | undefined;
  if (charset && ['LO', 'LT', 'PN', 'SH', 'ST', 'UC', 'UT'].includes(vr)) {
    bytes = charset.encode(text);
    if (!bytes) throw new ValueEncodingError(`value of VR ${vr} cannot be encoded in ${charset.terms.join('\\') || 'the default repertoire'}`);
  } else {
    bytes = ascii(text, `value of VR ${vr}`);
  }
  return { kind: 'value', tag, vr, bytes };
}

export const emptyOutput = (tag: Tag, vr: Vr): ValueOutput => ({ kind: 'value', tag, vr, bytes: new Uint8Array(0) });

/** Binary numbers in little endian. */
export function numberOutput(tag: Tag, vr: Vr, values: readonly number[]): ValueOutput {
  const size = { US: 2, SS: 2, UL: 4, SL: 4, FL: 4, FD: 8 }[vr as 'US'];
  if (!size) throw new ValueEncodingError(`numberOutput does not encode VR ${vr}`);
  const bytes = new Uint8Array(size * values.length);
  const view = new DataView(bytes.buffer);
  values.forEach((v, i) => {
    const o = i * size;
    if (vr === 'US') view.setUint16(o, v, true);
    else if (vr === 'SS') view.setInt16(o, v, true);
    else if (vr === 'UL') view.setUint32(o, v, true);
    else if (vr === 'SL') view.setInt32(o, v, true);
    else if (vr === 'FL') view.setFloat32(o, v, true);
    else view.setFloat64(o, v, true);
  });
  return { kind: 'value', tag, vr, bytes };
}

/** A decimal string value (PS3.5 6.2 DS: at most 16 characters). */
export function formatDecimalString(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  for (let digits = 15; digits > 0; digits--) {
    const text = String(Number(value.toPrecision(digits)));
    if (text.length <= 16) return text;
  }
  return value.toExponential(8);
}
