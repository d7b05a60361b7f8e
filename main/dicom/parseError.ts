/** Kinds of unreadable input, so callers and tests can tell them apart without matching message text. */
export type ParseErrorCode =
  | 'not-dicom'
  | 'truncated'
  | 'impossible-length'
  | 'invalid-vr'
  | 'bad-item'
  | 'too-deep'
  | 'bad-meta'
  | 'unsupported-transfer-syntax'
  | 'deflate'
  | 'io';

/** A specific reason why a file cannot be read, naming the file and the byte offset where reading stopped. */
export class DicomParseError extends Error {
  constructor(
    readonly code: ParseErrorCode,
    readonly detail: string,
    readonly offset: number,
    readonly file?: string,
  ) {
    super(`${file ? `${file}: ` : ''}${detail} (at byte ${offset})`);
    this.name = 'DicomParseError';
  }

  /** The same error attributed to a file (the parser itself does not know file names). */
  inFile(file: string): DicomParseError {
    return new DicomParseError(this.code, this.detail, this.offset, file);
  }
}
