import { metaData } from '@cornerstonejs/core';
import { Enums as MetadataEnums, metaData as metadataRegistry } from '@cornerstonejs/metadata';
import { parseDicom } from 'dicom-parser';
import { parseOverlayPlanes, type OverlayPlane } from './parseOverlayPlanes.js';

/**
 * Overlay planes by instance. Cornerstone 5's metadata does not model repeating groups 6002–601E (their
 * elements share one natural name), so the planes are read from the Part 10 bytes at the moment the
 * loader registers an instance: a provider in the NATURALIZED "add" chain sees the buffer, parses the
 * header up to Pixel Data and passes the buffer on. Nothing is fetched twice and nothing is kept but the bits.
 */
const planesByInstance = new Map<string, OverlayPlane[]>();

/** Runs after Cornerstone's base-image-id filter (60 000) and before its naturalizer (30 000). */
const CAPTURE_PRIORITY = 45_000;

type Part10 = ArrayBuffer | Uint8Array;

function record(baseImageId: string, part10: Part10): void {
  try {
    const bytes = part10 instanceof Uint8Array ? part10 : new Uint8Array(part10);
    const planes = parseOverlayPlanes(parseDicom(bytes, { untilTag: 'x7fe00010' }));
    if (planes.length > 0) planesByInstance.set(baseImageId, planes);
    else planesByInstance.delete(baseImageId);
  } catch {
    // A header dicom-parser cannot read (deflated, damaged) has no overlays we could show; the loader
    // reports the damage itself when it decodes the image.
    planesByInstance.delete(baseImageId);
  }
}

const captureProvider: metadataRegistry.TypedProvider = (next, query, data, options) => {
  const part10: unknown = options?.part10Buffer ?? options?.part10;
  if (part10 instanceof ArrayBuffer || part10 instanceof Uint8Array) {
    record(query, part10);
    return next(query, data, options);
  }
  if (typeof part10 === 'function') {
    const resolve = async (): Promise<Part10> => {
      const value = (await (part10 as () => Promise<Part10> | Part10)()) as Part10;
      record(query, value);
      return value;
    };
    return next(query, data, { ...options, part10Buffer: resolve, part10: undefined });
  }
  return next(query, data, options);
};

let installed = false;

/** Installs the capture once, after the DICOM image loader has registered Cornerstone's providers. */
export function installOverlayPlaneCapture(): void {
  if (installed) return;
  installed = true;
  metadataRegistry.addAddProvider(MetadataEnums.MetadataModules.NATURALIZED, captureProvider, { priority: CAPTURE_PRIORITY });
}

const FRAME_QUERY = /[?&]frame=(\d+)/;

/** The overlay planes of the instance an image id belongs to, and that image's 1-based frame number. */
export function getOverlayPlanes(imageId: string): { planes: readonly OverlayPlane[]; frameNumber: number } {
  const baseImageId = (metaData.get(MetadataEnums.MetadataModules.BASE_IMAGE_ID, imageId) as string | undefined) ?? imageId;
  const frameNumber = Number(FRAME_QUERY.exec(imageId)?.[1] ?? 1);
  return { planes: planesByInstance.get(baseImageId) ?? [], frameNumber };
}
