import type { Tag } from './tag.js';
import type { Vr } from './vr.js';

/**
 * One data element as read from a source stream. Values are kept as the source's bytes (in the source's byte
 * order) so that an untouched element can be written back byte for byte; large values stay in the source and
 * are read on demand (`bytes` absent, `bulk` true).
 */
export interface DicomElement {
  readonly tag: Tag;
  /** The VR as encoded (explicit VR) or as resolved from the data dictionary (implicit VR; UN when unknown). */
  readonly vr: Vr;
  /** Whether the VR came from the stream rather than from the dictionary. */
  readonly vrExplicit: boolean;
  /** Byte order of the value in the source. */
  readonly littleEndian: boolean;
  /** Stream offset of the element's tag. */
  readonly offset: number;
  /** Stream offset of the value. */
  readonly valueOffset: number;
  /** Value length as encoded; 0xFFFFFFFF for undefined length. */
  readonly length: number;
  /** The value's bytes when loaded; absent for bulk values, sequences and encapsulated pixel data. */
  readonly bytes?: Uint8Array;
  /** The value is large and was left in the source; read it through the object's byte source. */
  readonly bulk?: boolean;
  /** Items of a sequence, or of a UN element whose value is an implicit VR LE sequence (CP-246). */
  readonly items?: DicomItem[];
  /** Encapsulated pixel data: every item of the value; the first is the Basic Offset Table (PS3.5 A.4). */
  readonly fragments?: Fragment[];
}

export interface DicomItem {
  /** Stream offset of the item tag. */
  readonly offset: number;
  /** Item length as encoded; 0xFFFFFFFF for undefined length. */
  readonly length: number;
  readonly elements: DicomElement[];
}

/** One item of encapsulated pixel data: where its bytes are in the source stream. */
export interface Fragment {
  readonly valueOffset: number;
  readonly length: number;
}

/** Elements of a data set or item in stream order. */
export type Dataset = DicomElement[];

export function findElement(dataset: readonly DicomElement[], tag: Tag): DicomElement | undefined {
  for (const element of dataset) if (element.tag === tag) return element;
  return undefined;
}

/** Visits every element at every depth, with the chain of enclosing sequence elements. */
export function walkDataset(
  dataset: readonly DicomElement[],
  visit: (element: DicomElement, ancestors: readonly DicomElement[]) => void,
  ancestors: readonly DicomElement[] = [],
): void {
  for (const element of dataset) {
    visit(element, ancestors);
    if (element.items) {
      const inner = [...ancestors, element];
      for (const item of element.items) walkDataset(item.elements, visit, inner);
    }
  }
}
