/**
 * The WebAssembly codecs (CharLS for JPEG-LS, OpenJPEG for JPEG 2000, OpenJPH for HTJ2K), each instantiated once
 * per process on first use and shared. Only the members the pixel layer uses are described.
 */

export interface WasmFrameInfo {
  width: number;
  height: number;
  bitsPerSample: number;
  componentCount: number;
  isSigned?: boolean;
  isUsingColorTransform?: boolean;
}

export interface WasmDecoder {
  /** Allocates, in the module's memory, the buffer to copy the encoded bytes into. */
  getEncodedBuffer(length: number): Uint8Array;
  /** A view of the decoded samples in the module's memory, valid until the next call. */
  getDecodedBuffer(): Uint8Array;
  decode(): void;
  getFrameInfo(): WasmFrameInfo;
  delete(): void;
}

export interface CharLsDecoder extends WasmDecoder {
  /** 0: planes one after another, 1: line-interleaved, 2: sample-interleaved (ISO 14495-1 ILV). */
  getInterleaveMode(): number;
  getNearLossless(): number;
}

export interface CharLsEncoder {
  getDecodedBuffer(frameInfo: WasmFrameInfo): Uint8Array;
  getEncodedBuffer(): Uint8Array;
  setNearLossless(value: number): void;
  setInterleaveMode(mode: number): void;
  encode(): void;
  delete(): void;
}

export interface CharLsModule {
  JpegLSDecoder: new () => CharLsDecoder;
  JpegLSEncoder: new () => CharLsEncoder;
}

export interface OpenJpegModule {
  J2KDecoder: new () => WasmDecoder;
}

export interface OpenJphEncoder {
  getDecodedBuffer(frameInfo: WasmFrameInfo): Uint8Array;
  getEncodedBuffer(): Uint8Array;
  setDecompositions(levels: number): void;
  setQuality(reversible: boolean, quantizationStep: number): void;
  encode(): void;
  delete(): void;
}

export interface OpenJphModule {
  HTJ2KDecoder: new () => WasmDecoder;
  HTJ2KEncoder: new () => OpenJphEncoder;
}

/**
 * What the codecs printed since the last call: OpenJPEG and OpenJPH report progress and the reason for a failure
 * on stdout/stderr. Their output is kept here instead of the console, and error messages quote it.
 */
const printed: string[] = [];
const MAX_PRINTED = 20;
const collect = (text: string): void => {
  printed.push(text.trim());
  if (printed.length > MAX_PRINTED) printed.shift();
};

/** The codec messages that explain a failure (errors and warnings; progress lines are dropped), then forgets all. */
export function takeCodecMessages(): string[] {
  const reasons = printed.filter((line) => /error|warning|fail|invalid|cannot|not /i.test(line) && !/^\[INFO\]/.test(line));
  printed.length = 0;
  return reasons;
}

/** Forgets what the codecs printed (before a frame, so messages belong to that frame). */
export function clearCodecMessages(): void {
  printed.length = 0;
}

// A fresh object per module: Emscripten keeps its exports on the object it is given.
const moduleOptions = (): object => ({ print: collect, printErr: collect });

/** A module loaded on first request; a failed load is retried on the next request rather than cached. */
function lazily<T>(load: () => Promise<unknown>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= (load() as Promise<T>).catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}

// The codec glue is imported on first use too: each package is megabytes of JavaScript that every `deid` run
// would otherwise parse at start-up, whether or not it touches compressed pixels.
export const loadCharLs = lazily<CharLsModule>(async () => (await import('@cornerstonejs/codec-charls/wasmjs')).default(moduleOptions()));
export const loadOpenJpeg = lazily<OpenJpegModule>(async () => (await import('@cornerstonejs/codec-openjpeg/wasmjs')).default(moduleOptions()));
export const loadOpenJph = lazily<OpenJphModule>(async () => (await import('@cornerstonejs/codec-openjph/wasmjs')).default(moduleOptions()));
