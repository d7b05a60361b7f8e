/** Kinds of pixel data problems, so callers can tell them apart without matching message text. */
export type PixelDataErrorCode =
  /** Image Pixel module attributes are missing or contradict each other (PS3.3 C.7.6.3). */
  | 'bad-attributes'
  /** The pixel data is shorter than the attributes say, or a frame's fragments cannot be found. */
  | 'missing-data'
  /** The compressed bit stream of a frame is damaged or does not match the attributes. */
  | 'corrupt-data'
  /** A valid encoding that this engine does not decode or encode (e.g. arithmetic-coded JPEG). */
  | 'unsupported';

/**
 * Why a frame cannot be decoded or encoded. `frame` is 0-based; messages name it 1-based, as viewers and the
 * standard's Frame Number (PS3.3 C.7.6.6) count frames.
 */
export class PixelDataError extends Error {
  constructor(
    readonly code: PixelDataErrorCode,
    readonly detail: string,
    readonly frame?: number,
  ) {
    super(frame === undefined ? detail : `frame ${frame + 1}: ${detail}`);
    this.name = 'PixelDataError';
  }

  /** The same error attributed to a frame (codecs do not know which frame they were given). */
  inFrame(frame: number): PixelDataError {
    return this.frame === undefined ? new PixelDataError(this.code, this.detail, frame) : this;
  }
}
