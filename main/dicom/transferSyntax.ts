/** What the engine needs to know about a transfer syntax (PS3.5 Section 10, PS3.6 Annex A). */
export interface TransferSyntax {
  readonly uid: string;
  readonly name: string;
  readonly explicitVR: boolean;
  readonly littleEndian: boolean;
  readonly deflated: boolean;
  readonly encapsulated: boolean;
  /** Whether the syntax may discard information (PS3.5 Section 8.2). */
  readonly lossy: boolean;
}

const ts = (
  uid: string,
  name: string,
  flags: Partial<Omit<TransferSyntax, 'uid' | 'name'>> = {},
): TransferSyntax => ({
  uid,
  name,
  explicitVR: flags.explicitVR ?? true,
  littleEndian: flags.littleEndian ?? true,
  deflated: flags.deflated ?? false,
  encapsulated: flags.encapsulated ?? true,
  lossy: flags.lossy ?? false,
});

export const IMPLICIT_VR_LITTLE_ENDIAN = '1.2.840.10008.1.2';
export const EXPLICIT_VR_LITTLE_ENDIAN = '1.2.840.10008.1.2.1';
export const DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN = '1.2.840.10008.1.2.1.99';
export const EXPLICIT_VR_BIG_ENDIAN = '1.2.840.10008.1.2.2';
export const JPEG_LS_LOSSLESS = '1.2.840.10008.1.2.4.80';
export const RLE_LOSSLESS = '1.2.840.10008.1.2.5';

const TABLE: readonly TransferSyntax[] = [
  ts(IMPLICIT_VR_LITTLE_ENDIAN, 'Implicit VR Little Endian', { explicitVR: false, encapsulated: false }),
  ts(EXPLICIT_VR_LITTLE_ENDIAN, 'Explicit VR Little Endian', { encapsulated: false }),
  ts('1.2.840.10008.1.2.1.98', 'Encapsulated Uncompressed Explicit VR Little Endian'),
  ts(DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN, 'Deflated Explicit VR Little Endian', { deflated: true, encapsulated: false }),
  ts(EXPLICIT_VR_BIG_ENDIAN, 'Explicit VR Big Endian', { littleEndian: false, encapsulated: false }),
  ts('1.2.840.10008.1.2.4.50', 'JPEG Baseline (Process 1)', { lossy: true }),
  ts('1.2.840.10008.1.2.4.51', 'JPEG Extended (Process 2 & 4)', { lossy: true }),
  ts('1.2.840.10008.1.2.4.53', 'JPEG Spectral Selection, Non-Hierarchical (Process 6 & 8)', { lossy: true }),
  ts('1.2.840.10008.1.2.4.55', 'JPEG Full Progression, Non-Hierarchical (Process 10 & 12)', { lossy: true }),
  ts('1.2.840.10008.1.2.4.57', 'JPEG Lossless, Non-Hierarchical (Process 14)'),
  ts('1.2.840.10008.1.2.4.70', 'JPEG Lossless, First-Order Prediction (Process 14, SV1)'),
  ts(JPEG_LS_LOSSLESS, 'JPEG-LS Lossless'),
  ts('1.2.840.10008.1.2.4.81', 'JPEG-LS Near-Lossless', { lossy: true }),
  ts('1.2.840.10008.1.2.4.90', 'JPEG 2000 (Lossless Only)'),
  ts('1.2.840.10008.1.2.4.91', 'JPEG 2000', { lossy: true }),
  ts('1.2.840.10008.1.2.4.92', 'JPEG 2000 Part 2 Multi-component (Lossless Only)'),
  ts('1.2.840.10008.1.2.4.93', 'JPEG 2000 Part 2 Multi-component', { lossy: true }),
  ts('1.2.840.10008.1.2.4.94', 'JPIP Referenced', { encapsulated: false }),
  ts('1.2.840.10008.1.2.4.95', 'JPIP Referenced Deflate', { encapsulated: false, deflated: true }),
  ts('1.2.840.10008.1.2.4.100', 'MPEG2 Main Profile / Main Level', { lossy: true }),
  ts('1.2.840.10008.1.2.4.101', 'MPEG2 Main Profile / High Level', { lossy: true }),
  ts('1.2.840.10008.1.2.4.102', 'MPEG-4 AVC/H.264 High Profile / Level 4.1', { lossy: true }),
  ts('1.2.840.10008.1.2.4.103', 'MPEG-4 AVC/H.264 BD-compatible High Profile / Level 4.1', { lossy: true }),
  ts('1.2.840.10008.1.2.4.104', 'MPEG-4 AVC/H.264 High Profile / Level 4.2 For 2D Video', { lossy: true }),
  ts('1.2.840.10008.1.2.4.105', 'MPEG-4 AVC/H.264 High Profile / Level 4.2 For 3D Video', { lossy: true }),
  ts('1.2.840.10008.1.2.4.106', 'MPEG-4 AVC/H.264 Stereo High Profile / Level 4.2', { lossy: true }),
  ts('1.2.840.10008.1.2.4.107', 'HEVC/H.265 Main Profile / Level 5.1', { lossy: true }),
  ts('1.2.840.10008.1.2.4.108', 'HEVC/H.265 Main 10 Profile / Level 5.1', { lossy: true }),
  ts('1.2.840.10008.1.2.4.201', 'High-Throughput JPEG 2000 (Lossless Only)'),
  ts('1.2.840.10008.1.2.4.202', 'High-Throughput JPEG 2000 with RPCL Options (Lossless Only)'),
  ts('1.2.840.10008.1.2.4.203', 'High-Throughput JPEG 2000', { lossy: true }),
  ts('1.2.840.10008.1.2.4.110', 'JPEG XL Lossless'),
  ts('1.2.840.10008.1.2.4.111', 'JPEG XL JPEG Recompression'),
  ts('1.2.840.10008.1.2.4.112', 'JPEG XL', { lossy: true }),
  ts(RLE_LOSSLESS, 'RLE Lossless'),
];

const BY_UID = new Map(TABLE.map((t) => [t.uid, t]));

export const lookupTransferSyntax = (uid: string): TransferSyntax | undefined => BY_UID.get(uid);
export const allTransferSyntaxes = (): readonly TransferSyntax[] => TABLE;
