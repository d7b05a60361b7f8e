// The pixel layer: decoding frames of any supported transfer syntax to values, and encoding changed frames.
export { readImageInfo, samplesPerFrame, type ImageInfo, type SampleFormat } from './imageInfo.js';
export { createSampleArray, type DecodedFrame, type FrameLayout, type SampleArray } from './decodedFrame.js';
export { decodeFrame, openPixelData, type PixelDataReader } from './decodeFrame.js';
export { encodeFrame, JPEG_LS_LOSSLESS, RLE_LOSSLESS, type EncodableFrame, type LosslessEncoding } from './encodeFrame.js';
export { createNativePacker, type NativePacker } from './nativeEncoder.js';
export type { FrameIndex, FrameSplitMethod } from './encapsulatedFrames.js';
export { PixelDataError, type PixelDataErrorCode } from './pixelDataError.js';
