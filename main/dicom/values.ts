import type { ByteSource } from './byteSource.js';
import { DEFAULT_CHARACTER_SET, characterSet, type CharacterSet } from './charset.js';
import { findElement, type DicomElement } from './dataset.js';
import { isMultiValuedString, usesSpecificCharacterSet } from './vr.js';

export const SPECIFIC_CHARACTER_SET = 0x00080005;

/** The element's value bytes in source byte order, reading bulk values from the source. */
export function valueBytes(element: DicomElement, source?: ByteSource): Uint8Array {
  if (element.bytes) return element.bytes;
  if (element.bulk && source) return source.read(element.valueOffset, element.length);
  if (element.bulk) throw new Error('bulk value read without its source');
  return new Uint8Array(0);
}

const trimPadding = (text: string): string => text.replace(/[\0 ]+$/, '');

/**
 * The whole string value with trailing padding removed. Leading spaces are significant only for LT/ST/UT, and
 * kept for them; other VRs drop them too (PS3.5 6.2).
 */
export function stringValue(element: DicomElement, charset: CharacterSet = DEFAULT_CHARACTER_SET): string {
  const bytes = element.bytes ?? new Uint8Array(0);
  const text = usesSpecificCharacterSet(element.vr) ? charset.decode(bytes) : latin1(bytes);
  return element.vr === 'LT' || element.vr === 'ST' || element.vr === 'UT' ? trimPadding(text) : text.trim().replace(/\0+$/, '');
}

/** Values of a multi-valued string, split on backslash after decoding (so a multi-byte character never splits). */
export function stringValues(element: DicomElement, charset: CharacterSet = DEFAULT_CHARACTER_SET): string[] {
  const text = stringValue(element, charset);
  if (text === '') return [];
  if (!isMultiValuedString(element.vr)) return [text];
  return text.split('\\').map((v) => v.trim().replace(/\0+$/, ''));
}

function latin1(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return out;
}

/** Binary numeric values (US, SS, UL, SL, FL, FD, SV, UV, AT as tag numbers, OW/OL/OF/OD arrays). */
export function numberValues(element: DicomElement): number[] {
  const b = element.bytes;
  if (!b || b.length === 0) return [];
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const le = element.littleEndian;
  const out: number[] = [];
  const each = (size: number, get: (offset: number) => number): number[] => {
    for (let o = 0; o + size <= b.length; o += size) out.push(get(o));
    return out;
  };
  switch (element.vr) {
    case 'US': case 'OW': return each(2, (o) => view.getUint16(o, le));
    case 'SS': return each(2, (o) => view.getInt16(o, le));
    case 'UL': case 'OL': return each(4, (o) => view.getUint32(o, le));
    case 'SL': return each(4, (o) => view.getInt32(o, le));
    case 'FL': case 'OF': return each(4, (o) => view.getFloat32(o, le));
    case 'FD': case 'OD': return each(8, (o) => view.getFloat64(o, le));
    case 'SV': return each(8, (o) => Number(view.getBigInt64(o, le)));
    case 'UV': case 'OV': return each(8, (o) => Number(view.getBigUint64(o, le)));
    case 'AT': return each(4, (o) => ((view.getUint16(o, le) << 16) | view.getUint16(o + 2, le)) >>> 0);
    case 'IS': case 'DS':
      return stringValues(element).map(Number).filter((n) => Number.isFinite(n));
    default: return [];
  }
}

export const firstNumber = (element: DicomElement | undefined): number | undefined =>
  element ? numberValues(element)[0] : undefined;

/** The character set in force for a data set or item: its own (0008,0005), else the enclosing one. */
export function characterSetOf(elements: readonly DicomElement[], inherited: CharacterSet = DEFAULT_CHARACTER_SET): CharacterSet {
  const element = findElement(elements, SPECIFIC_CHARACTER_SET);
  if (!element?.bytes) return inherited;
  const text = latin1(element.bytes).replace(/[\0 ]+$/, '');
  let charset = characterSets.get(text);
  if (!charset) {
    // PS3.3 C.12.1.1.2: the first value may be empty, meaning the default repertoire in G0.
    charset = characterSet(text.split('\\').map((v) => v.trim()));
    characterSets.set(text, charset);
  }
  return charset;
}

/** Character sets by their (0008,0005) value: an export meets only a handful, and building one costs. */
const characterSets = new Map<string, CharacterSet>();

/** Reads one string attribute of a data set with the given character set, or undefined when absent. */
export function getString(
  elements: readonly DicomElement[],
  tag: number,
  charset: CharacterSet = DEFAULT_CHARACTER_SET,
): string | undefined {
  const element = findElement(elements, tag);
  return element ? stringValue(element, charset) : undefined;
}

export function getNumber(elements: readonly DicomElement[], tag: number): number | undefined {
  return firstNumber(findElement(elements, tag));
}
