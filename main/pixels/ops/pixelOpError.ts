/** Kinds of pixel-operation problems, so callers can tell a plan error from an object the engine cannot handle. */
export type PixelOpErrorCode =
  /** A mask shape, crop rectangle or output size that cannot be applied to this image (a plan error). */
  | 'invalid-argument'
  /** The object's attributes contradict each other or the operation (e.g. a spacing with one value). */
  | 'bad-attributes'
  /** A valid object this engine does not handle (e.g. an indirect segment in a segmented palette). */
  | 'unsupported';

/** Why a pixel operation refused: the message names what (shape, frame, attribute) and why. */
export class PixelOpError extends Error {
  constructor(
    readonly code: PixelOpErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'PixelOpError';
  }
}
