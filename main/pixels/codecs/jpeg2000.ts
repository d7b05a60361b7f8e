import { j2kCodestream, readJ2kHeader, type J2kHeader } from './j2kCodestream.js';
import { copyDecoded, ReusableDecoder, type WasmImage } from './wasmImage.js';
import { loadOpenJpeg, loadOpenJph, type WasmDecoder } from './wasmModules.js';

/**
 * JPEG 2000 (DICOM .90/.91, PS3.5 A.4.4) through OpenJPEG and High-Throughput JPEG 2000 (.201/.202/.203, A.4.11)
 * through OpenJPH. Both undo the multiple component transformation (RCT for lossless, ICT for lossy) when the
 * codestream's COD says it was applied, so such colour frames come out as RGB. Samples come back interleaved.
 */

export interface J2kImage extends WasmImage {
  readonly header: J2kHeader;
}

let openJpeg: ReusableDecoder<WasmDecoder> | undefined;
let openJph: ReusableDecoder<WasmDecoder> | undefined;

function describe(decoder: WasmDecoder, header: J2kHeader): J2kImage {
  const info = decoder.getFrameInfo();
  const signed = info.isSigned ?? header.signed;
  return {
    width: info.width,
    height: info.height,
    components: info.componentCount,
    bitsPerSample: info.bitsPerSample,
    signed,
    samples: copyDecoded(decoder.getDecodedBuffer(), info, signed),
    header,
  };
}

export async function decodeJpeg2000(data: Uint8Array): Promise<J2kImage> {
  const codestream = j2kCodestream(data);
  const header = readJ2kHeader(codestream);
  const module = await loadOpenJpeg();
  openJpeg ??= new ReusableDecoder('JPEG 2000 (OpenJPEG)', () => new module.J2KDecoder());
  return openJpeg.run(codestream, (d) => describe(d, header));
}

export async function decodeHtj2k(data: Uint8Array): Promise<J2kImage> {
  const codestream = j2kCodestream(data);
  const header = readJ2kHeader(codestream);
  const module = await loadOpenJph();
  openJph ??= new ReusableDecoder('HTJ2K (OpenJPH)', () => new module.HTJ2KDecoder());
  return openJph.run(codestream, (d) => describe(d, header));
}
