/**
 * A minimal DICOM Part 10 encoder (explicit VR little endian) for the synthetic e2e fixtures: photometric
 * interpretations and modules that pydicom's corpus lacks (MONOCHROME1, PALETTE COLOR, overlay planes, a
 * long stack). It is test support, not the engine's writer: it encodes only what the fixtures use.
 */

/** One data element: tag as 0xGGGGEEEE, its VR, and a value already in the VR's natural form. */
export interface FixtureElement {
  tag: number;
  vr: 'AT' | 'CS' | 'DS' | 'IS' | 'LO' | 'SH' | 'UI' | 'DA' | 'TM' | 'PN' | 'US' | 'SS' | 'UL' | 'OB' | 'OW';
  value: string | number | readonly number[] | Uint8Array | Uint16Array;
}

/** VRs whose length field is 32-bit with two reserved bytes (PS3.5 Table 7.1-1). */
const LONG_VRS = new Set(['OB', 'OW']);

const SECONDARY_CAPTURE = '1.2.840.10008.5.1.4.1.1.7';
const EXPLICIT_VR_LITTLE_ENDIAN = '1.2.840.10008.1.2.1';
const IMPLEMENTATION_CLASS = '1.2.826.0.1.3680043.10.1337.1';

function valueBytes(element: FixtureElement): Uint8Array {
  const { vr, value } = element;
  if (vr === 'AT') {
    const tag = value as number;
    return valueBytes({ tag: element.tag, vr: 'US', value: [tag >>> 16, tag & 0xffff] });
  }
  if (vr === 'US' || vr === 'SS' || vr === 'UL') {
    const values = typeof value === 'number' ? [value] : Array.from(value as readonly number[]);
    const size = vr === 'UL' ? 4 : 2;
    const view = new DataView(new ArrayBuffer(values.length * size));
    values.forEach((v, i) => {
      if (vr === 'UL') view.setUint32(i * size, v, true);
      else if (vr === 'SS') view.setInt16(i * size, v, true);
      else view.setUint16(i * size, v, true);
    });
    return new Uint8Array(view.buffer);
  }
  if (vr === 'OB' || vr === 'OW') {
    const data = value as Uint8Array | Uint16Array;
    const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    return bytes.length % 2 === 0 ? bytes : Uint8Array.from([...bytes, 0]);
  }
  const text = Array.isArray(value) ? value.join('\\') : String(value);
  const padded = text.length % 2 === 0 ? text : text + (vr === 'UI' ? '\0' : ' ');
  return new TextEncoder().encode(padded);
}

function encodeElement(element: FixtureElement): Uint8Array {
  const body = valueBytes(element);
  const long = LONG_VRS.has(element.vr);
  const header = new DataView(new ArrayBuffer(long ? 12 : 8));
  header.setUint16(0, element.tag >>> 16, true);
  header.setUint16(2, element.tag & 0xffff, true);
  header.setUint8(4, element.vr.charCodeAt(0));
  header.setUint8(5, element.vr.charCodeAt(1));
  if (long) header.setUint32(8, body.length, true);
  else header.setUint16(6, body.length, true);
  return concat([new Uint8Array(header.buffer), body]);
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

/** Encodes a Secondary Capture object; the dataset elements are sorted by tag as PS3.5 7.1 requires. */
export function encodePart10(sopInstanceUid: string, dataset: readonly FixtureElement[]): Uint8Array {
  const meta = [
    { tag: 0x00020001, vr: 'OB', value: Uint8Array.of(0, 1) },
    { tag: 0x00020002, vr: 'UI', value: SECONDARY_CAPTURE },
    { tag: 0x00020003, vr: 'UI', value: sopInstanceUid },
    { tag: 0x00020010, vr: 'UI', value: EXPLICIT_VR_LITTLE_ENDIAN },
    { tag: 0x00020012, vr: 'UI', value: IMPLEMENTATION_CLASS },
  ] satisfies FixtureElement[];
  const metaBody = concat(meta.map(encodeElement));
  const groupLength = encodeElement({ tag: 0x00020000, vr: 'UL', value: metaBody.length });
  const full: FixtureElement[] = [
    { tag: 0x00080016, vr: 'UI', value: SECONDARY_CAPTURE },
    { tag: 0x00080018, vr: 'UI', value: sopInstanceUid },
    ...dataset,
  ];
  const body = concat([...full].sort((a, b) => a.tag - b.tag).map(encodeElement));
  const preamble = new Uint8Array(132);
  preamble.set(new TextEncoder().encode('DICM'), 128);
  return concat([preamble, groupLength, metaBody, body]);
}
