import { inflateRawSync } from 'node:zlib';
import { BufferByteSource, FileByteSource, type ByteSource } from './byteSource.js';
import { findElement, type DicomElement } from './dataset.js';
import { DatasetParser, DEFAULT_PARSE_OPTIONS, type ParseOptions, type Syntax } from './parseDataset.js';
import { DicomParseError } from './parseError.js';
import { groupOf } from './tag.js';
import {
  EXPLICIT_VR_BIG_ENDIAN,
  EXPLICIT_VR_LITTLE_ENDIAN,
  IMPLICIT_VR_LITTLE_ENDIAN,
  lookupTransferSyntax,
  type TransferSyntax,
} from './transferSyntax.js';
import { stringValue } from './values.js';
import { hasLongLength, isVr } from './vr.js';

/** A parsed DICOM object: file meta, data set (values small enough to hold), and the source for the rest. */
export interface DicomObject {
  readonly path: string;
  readonly fileSize: number;
  /** Bytes of the stream (the file, or the file with its data set inflated when deflated). */
  readonly source: ByteSource;
  readonly hasPreamble: boolean;
  /** File meta elements (group 0002); empty when the file has none. */
  readonly meta: DicomElement[];
  readonly transferSyntax: TransferSyntax;
  /** Where the transfer syntax came from: the file meta, or inferred from the first bytes of the data set. */
  readonly transferSyntaxFrom: 'meta' | 'inferred';
  readonly dataset: DicomElement[];
  /** Irregularities that did not stop reading (named so that reports can show them). */
  readonly warnings: string[];
  close(): void;
}

const TRANSFER_SYNTAX_UID = 0x00020010;
const META_GROUP_LENGTH = 0x00020000;

const ascii = (b: Uint8Array): string => String.fromCharCode(...b);

/** Reads a file's header and data set structure; large values stay in the file. Throws DicomParseError. */
export function readDicomFile(path: string, options: ParseOptions = DEFAULT_PARSE_OPTIONS): DicomObject {
  let source: ByteSource;
  try {
    source = new FileByteSource(path);
  } catch (error) {
    throw new DicomParseError('io', `cannot open for reading: ${(error as Error).message}`, 0, path);
  }
  try {
    return parseObject(path, source, options);
  } catch (error) {
    source.close();
    if (error instanceof DicomParseError) throw error.file ? error : error.inFile(path);
    throw error;
  }
}

/** Parses an object held in memory (tests, and objects produced in memory). */
export function readDicomBytes(bytes: Uint8Array, name = '(memory)', options = DEFAULT_PARSE_OPTIONS): DicomObject {
  try {
    return parseObject(name, new BufferByteSource(bytes), options);
  } catch (error) {
    if (error instanceof DicomParseError) throw error.file ? error : error.inFile(name);
    throw error;
  }
}

function parseObject(path: string, fileSource: ByteSource, options: ParseOptions): DicomObject {
  const size = fileSource.size;
  const warnings: string[] = [];
  const hasPreamble = size >= 132 && ascii(fileSource.read(128, 4)) === 'DICM';
  let metaStart = hasPreamble ? 132 : 0;
  if (!hasPreamble && size >= 4 && ascii(fileSource.read(0, 4)) === 'DICM') {
    metaStart = 4;
    warnings.push('the file has "DICM" without the 128-byte preamble');
  }

  const { meta, end: metaEnd } = parseMeta(fileSource, metaStart, options, warnings);
  if (!hasPreamble && meta.length > 0) warnings.push('the file has file meta information but no preamble');

  let transferSyntax: TransferSyntax | undefined;
  let transferSyntaxFrom: 'meta' | 'inferred' = 'meta';
  const tsElement = findElement(meta, TRANSFER_SYNTAX_UID);
  if (tsElement?.bytes) {
    const uid = stringValue(tsElement);
    transferSyntax = lookupTransferSyntax(uid);
    if (!transferSyntax) {
      throw new DicomParseError('unsupported-transfer-syntax', `unknown transfer syntax '${uid}'`, tsElement.valueOffset);
    }
  } else {
    transferSyntax = inferSyntax(fileSource, metaEnd, hasPreamble || metaStart > 0);
    transferSyntaxFrom = 'inferred';
    if (meta.length > 0) warnings.push(`the file meta has no Transfer Syntax UID; read as ${transferSyntax.name}`);
  }

  let source = fileSource;
  if (transferSyntax.deflated) {
    source = inflateDataset(fileSource, metaEnd);
    fileSource.close();
  }
  const syntax = checkedSyntax(source, metaEnd, transferSyntax, warnings);
  const parser = new DatasetParser(source, options);
  let dataset = parser.parseRange(metaEnd, source.size, syntax);
  if (dataset.some((e) => groupOf(e.tag) === 0x0002)) {
    warnings.push('file meta elements (0002,xxxx) found inside the data set were ignored');
    dataset = dataset.filter((e) => groupOf(e.tag) !== 0x0002);
  }
  if (dataset.length === 0) throw new DicomParseError('not-dicom', 'the file holds no DICOM data set', metaEnd, path);
  return {
    path,
    fileSize: size,
    source,
    hasPreamble,
    meta,
    transferSyntax,
    transferSyntaxFrom,
    dataset,
    warnings,
    close: () => source.close(),
  };
}

/**
 * PS3.10 7.1: file meta elements are Explicit VR Little Endian. The group length bounds the group when present
 * and plausible; otherwise elements are read while their group is 0002.
 */
function parseMeta(
  source: ByteSource,
  start: number,
  options: ParseOptions,
  warnings: string[],
): { meta: DicomElement[]; end: number } {
  if (source.size - start < 8) return { meta: [], end: start };
  const head = source.read(start, 8);
  if ((head[0]! | (head[1]! << 8)) !== 0x0002) return { meta: [], end: start };
  if (!isVr(String.fromCharCode(head[4]!, head[5]!))) {
    throw new DicomParseError('bad-meta', 'the file meta information is not encoded as Explicit VR Little Endian', start);
  }
  const parser = new DatasetParser(source, options);
  const syntax: Syntax = { explicitVR: true, littleEndian: true };
  // Walk element by element so that a wrong group length cannot swallow the data set.
  let end = start;
  const meta: DicomElement[] = [];
  while (source.size - end >= 8) {
    const h = source.read(end, 8);
    if ((h[0]! | (h[1]! << 8)) !== 0x0002) break;
    const [element] = parser.parseRange(end, nextElementEnd(source, end), syntax);
    if (!element) break;
    meta.push(element);
    end = element.valueOffset + element.length;
  }
  const groupLength = findElement(meta, META_GROUP_LENGTH);
  if (groupLength?.bytes && groupLength.bytes.length === 4) {
    const declared = new DataView(groupLength.bytes.buffer, groupLength.bytes.byteOffset, 4).getUint32(0, true);
    const actual = end - (groupLength.valueOffset + 4);
    if (declared !== actual) {
      warnings.push(`File Meta Information Group Length says ${declared} bytes but the group has ${actual}`);
    }
  }
  return { meta, end };
}

/** End offset of the single explicit VR LE element at `pos` (file meta elements never have undefined length). */
function nextElementEnd(source: ByteSource, pos: number): number {
  const h = source.read(pos, 8);
  const vr = String.fromCharCode(h[4]!, h[5]!);
  if (!isVr(vr) || !hasLongLength(vr)) return Math.min(source.size, pos + 8 + (h[6]! | (h[7]! << 8)));
  if (source.size - pos < 12) throw new DicomParseError('truncated', 'the file ends inside the file meta', pos);
  const l = source.read(pos + 8, 4);
  const len = (l[0]! | (l[1]! << 8) | (l[2]! << 16) | (l[3]! << 24)) >>> 0;
  if (len === 0xffffffff) throw new DicomParseError('bad-meta', 'a file meta element has undefined length', pos);
  return Math.min(source.size, pos + 12 + len);
}

/**
 * Infers the encoding of a data set that has no file meta (PS3.10 allows none for objects exchanged outside
 * media) from its first element: a plausible even group, explicit if a VR follows, big endian if the group only
 * reads plausibly that way. Anything else is not DICOM.
 */
function inferSyntax(source: ByteSource, start: number, hasPrefix: boolean): TransferSyntax {
  if (source.size - start < 8) throw new DicomParseError('not-dicom', 'too short to be a DICOM object', start);
  const b = source.read(start, 8);
  const groupLE = b[0]! | (b[1]! << 8);
  const groupBE = (b[0]! << 8) | b[1]!;
  const plausible = (g: number): boolean => g >= 0x0002 && g <= 0x0028 && (g & 1) === 0;
  const explicit = isVr(String.fromCharCode(b[4]!, b[5]!));
  let uid: string;
  if (plausible(groupLE)) uid = explicit ? EXPLICIT_VR_LITTLE_ENDIAN : IMPLICIT_VR_LITTLE_ENDIAN;
  else if (plausible(groupBE) && explicit) uid = EXPLICIT_VR_BIG_ENDIAN;
  else {
    const why = hasPrefix
      ? 'no transfer syntax is given and the data set does not begin with a DICOM element'
      : 'no DICM prefix and the data does not begin with a DICOM element';
    throw new DicomParseError('not-dicom', why, start);
  }
  return lookupTransferSyntax(uid)!;
}

/**
 * Some writers label an implicit VR data set as explicit (or the reverse). When the first element plainly
 * contradicts the declared VR encoding, read it the way it is encoded and say so, as dcmtk and pydicom do.
 */
function checkedSyntax(source: ByteSource, start: number, ts: TransferSyntax, warnings: string[]): Syntax {
  const declared: Syntax = { explicitVR: ts.explicitVR, littleEndian: ts.littleEndian };
  if (!ts.littleEndian || source.size - start < 8) return declared;
  const b = source.read(start, 8);
  const looksExplicit = isVr(String.fromCharCode(b[4]!, b[5]!));
  if (looksExplicit === ts.explicitVR) return declared;
  warnings.push(
    `the transfer syntax says ${ts.explicitVR ? 'explicit' : 'implicit'} VR but the data set is encoded with ${looksExplicit ? 'explicit' : 'implicit'} VR; read as encoded`,
  );
  return { explicitVR: looksExplicit, littleEndian: true };
}

/** PS3.5 A.5: everything after the file meta is a raw deflate stream. */
function inflateDataset(source: ByteSource, metaEnd: number): ByteSource {
  let inflated: Buffer;
  try {
    inflated = inflateRawSync(source.read(metaEnd, source.size - metaEnd));
  } catch (error) {
    throw new DicomParseError('deflate', `the deflated data set cannot be inflated: ${(error as Error).message}`, metaEnd);
  }
  const combined = Buffer.allocUnsafe(metaEnd + inflated.length);
  combined.set(source.read(0, metaEnd), 0);
  combined.set(inflated, metaEnd);
  return new BufferByteSource(combined);
}
