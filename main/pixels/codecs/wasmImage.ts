import { PixelDataError } from '../pixelDataError.js';
import { clearCodecMessages, takeCodecMessages, type WasmDecoder, type WasmFrameInfo } from './wasmModules.js';

/** Samples a WebAssembly decoder produced, copied out of the module's memory. */
export interface WasmImage {
  readonly width: number;
  readonly height: number;
  readonly components: number;
  readonly bitsPerSample: number;
  readonly signed: boolean;
  /** Decoded samples in the decoder's layout (see each codec), as raw words. */
  readonly samples: Uint8Array | Int8Array | Uint16Array | Int16Array;
}

/**
 * Keeps one decoder instance of a module and runs frames through it. A decoder that threw (Emscripten turns C++
 * exceptions into bare numbers) may be in any state, so it is discarded and the next frame gets a fresh one.
 */
export class ReusableDecoder<D extends WasmDecoder> {
  private decoder: D | undefined;

  constructor(
    private readonly codec: string,
    private readonly create: () => D,
  ) {}

  /** Decodes `data`, then lets `read` copy what it needs before the decoder is used again. */
  run<T>(data: Uint8Array, read: (decoder: D) => T): T {
    const decoder = (this.decoder ??= this.create());
    clearCodecMessages();
    try {
      decoder.getEncodedBuffer(data.length).set(data);
      decoder.decode();
      const info = decoder.getFrameInfo();
      // OpenJPEG reports some damaged codestreams by returning no image instead of failing.
      if (!info.width || !info.height || !info.componentCount) {
        const messages = takeCodecMessages();
        throw new PixelDataError(
          'corrupt-data',
          `${this.codec}: the codestream decodes to no image${messages.length > 0 ? ` (${messages.join('; ')})` : ''}`,
        );
      }
      return read(decoder);
    } catch (error) {
      this.decoder = undefined;
      try {
        decoder.delete();
      } catch {
        // The instance is abandoned either way; its memory belongs to the module.
      }
      if (error instanceof PixelDataError) throw error;
      const messages = takeCodecMessages();
      const why = error instanceof Error ? error.message : messages.length > 0 ? messages.join('; ') : `internal error ${String(error)}`;
      throw new PixelDataError('corrupt-data', `${this.codec}: the codestream cannot be decoded (${why})`);
    }
  }
}

/** Copies a decoder's output into a typed array of the sample width it reports (1 or 2 bytes per sample). */
export function copyDecoded(decoded: Uint8Array, info: WasmFrameInfo, signed: boolean): WasmImage['samples'] {
  const count = info.width * info.height * info.componentCount;
  const wide = info.bitsPerSample > 8;
  const needed = count * (wide ? 2 : 1);
  if (decoded.length < needed) {
    throw new PixelDataError('corrupt-data', `the decoder produced ${decoded.length} bytes where ${needed} were expected`);
  }
  const bytes = decoded.slice(0, needed);
  if (!wide) return signed ? new Int8Array(bytes.buffer) : bytes;
  return signed ? new Int16Array(bytes.buffer) : new Uint16Array(bytes.buffer);
}
