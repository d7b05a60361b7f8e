import type { DicomElement, Fragment } from './dataset.js';
import type { Tag } from './tag.js';
import type { Vr } from './vr.js';

/**
 * What the writer writes: a tree that refers to source elements wherever a value is unchanged, so untouched
 * values are copied (byte-swapped only when the source was big endian), and holds new values already encoded
 * in little endian.
 */
export type OutputElement = SourceOutput | ValueOutput | SequenceOutput | EncapsulatedOutput | StreamedOutput | StreamedEncapsulatedOutput;

/** A source element copied as it is (value bytes from the source; VR may be corrected, e.g. UN → dictionary VR). */
export interface SourceOutput {
  readonly kind: 'source';
  readonly element: DicomElement;
  readonly vr?: Vr;
}

/** A new or replaced value, encoded in little endian, without padding (the writer pads to even length). */
export interface ValueOutput {
  readonly kind: 'value';
  readonly tag: Tag;
  readonly vr: Vr;
  readonly bytes: Uint8Array;
}

export interface SequenceOutput {
  readonly kind: 'sequence';
  readonly tag: Tag;
  readonly items: readonly OutputItem[];
  /** Keep the source's choice of undefined length (and new sequences use it) so unchanged files round-trip. */
  readonly undefinedLength: boolean;
}

export interface OutputItem {
  readonly elements: readonly OutputElement[];
  readonly undefinedLength: boolean;
}

/** Encapsulated pixel data: each item either copied from the source or newly encoded (PS3.5 A.4). */
export interface EncapsulatedOutput {
  readonly kind: 'encapsulated';
  readonly tag: Tag;
  readonly items: readonly ({ readonly source: Fragment } | { readonly bytes: Uint8Array })[];
}

/** A large value produced piece by piece (re-encoded native frames), so only a few frames are ever in memory. */
export interface StreamedOutput {
  readonly kind: 'streamed';
  readonly tag: Tag;
  readonly vr: Vr;
  /** Total value length in bytes (known in advance: frames × frame size). */
  readonly length: number;
  /** Yields the value's bytes in order (frames may be decoded asynchronously); their total must equal `length`. */
  readonly chunks: () => AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
}

/**
 * Encapsulated pixel data produced item by item (re-encoded frames): each frame's fragment is made when it is
 * written, so memory holds one frame. The Basic Offset Table is left empty (PS3.5 A.4 allows it).
 */
export interface StreamedEncapsulatedOutput {
  readonly kind: 'streamed-encapsulated';
  readonly tag: Tag;
  readonly fragments: () => AsyncIterable<Uint8Array>;
}

export const outputTag = (element: OutputElement): Tag =>
  element.kind === 'source' ? element.element.tag : element.tag;
