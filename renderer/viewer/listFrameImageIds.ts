import { metaData } from '@cornerstonejs/core';
import { wadouri } from '@cornerstonejs/dicom-image-loader';
import { Enums as MetadataEnums, utilities as metadataUtilities } from '@cornerstonejs/metadata';

const { MetadataModules } = MetadataEnums;

/** A Cornerstone image id for a DICOM file served at `url` (resolved against the page: app:// or loopback). */
export const imageIdForUrl = (url: string): string => `wadouri:${new URL(url, document.baseURI).href}`;

/**
 * The image ids of every frame of the instance behind `imageId`, in frame order: one id for a single-frame
 * image, `…?frame=n` ids for a multi-frame one. Reads the instance through the image loader (which then
 * has it cached for display), so the number of frames comes from the file itself.
 */
export async function listFrameImageIds(imageId: string): Promise<string[]> {
  if (!metaData.get(MetadataModules.NATURALIZED, imageId)) {
    const { scheme, url } = wadouri.parseImageId(imageId);
    const request = wadouri.getLoaderForScheme(scheme);
    if (!request) throw new Error(`no loader for image id scheme ${scheme}`);
    const part10 = (await request(url, imageId)) as ArrayBuffer | { arrayBuffer: ArrayBuffer };
    const bytes = part10 instanceof ArrayBuffer ? part10 : part10.arrayBuffer;
    await metadataUtilities.addDicomPart10Instance(imageId, bytes);
  }
  const frames = metaData.get(MetadataModules.FRAME_IMAGE_IDS, imageId) as Iterable<string> | undefined;
  return frames ? [...frames] : [imageId];
}

/**
 * Frame-level image ids for a file whose number of frames is already known (the engine's index has it),
 * without reading the file: the form Cornerstone itself generates (`…?frame=n`, 1-based), so that the
 * loader reads the file once when the first frame is shown.
 */
export function frameImageIdsForUrl(url: string, numberOfFrames: number): string[] {
  const base = imageIdForUrl(url);
  const separator = base.includes('?') ? '&' : '?';
  return Array.from({ length: Math.max(1, Math.floor(numberOfFrames)) }, (_, i) => `${base}${separator}frame=${i + 1}`);
}

/**
 * The frame-level image ids of several files, in the order given. Each file is read in full first (and then
 * stays cached for display); with a large series, prefer frameImageIdsForUrl and the counts from the index.
 */
export async function listStackImageIds(urls: readonly string[]): Promise<string[]> {
  const perFile = await Promise.all(urls.map((url) => listFrameImageIds(imageIdForUrl(url))));
  return perFile.flat();
}
