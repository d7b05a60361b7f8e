/** A DICOM tag as one unsigned 32-bit number: group in the high 16 bits, element in the low 16 bits. */
export type Tag = number;

export const tagOf = (group: number, element: number): Tag => ((group << 16) | element) >>> 0;
export const groupOf = (tag: Tag): number => tag >>> 16;
export const elementOf = (tag: Tag): number => tag & 0xffff;

/** "(0010,0010)" */
export function formatTag(tag: Tag): string {
  const h = tag.toString(16).toUpperCase().padStart(8, '0');
  return `(${h.slice(0, 4)},${h.slice(4)})`;
}

/** Accepts "(0010,0010)", "0010,0010" and "00100010". */
export function parseTag(text: string): Tag | undefined {
  const m = /^\(?([0-9a-f]{4}),?([0-9a-f]{4})\)?$/i.exec(text.trim());
  if (!m) return undefined;
  return tagOf(parseInt(m[1]!, 16), parseInt(m[2]!, 16));
}

/** PS3.5 7.8: private data elements have an odd group number (groups 0001, 0003, 0005, 0007 and FFFF are not usable). */
export const isPrivateTag = (tag: Tag): boolean => (groupOf(tag) & 1) === 1;

/** PS3.5 7.8.1: (gggg,0010-00FF) in a private group reserve blocks of elements for a private creator. */
export const isPrivateCreatorTag = (tag: Tag): boolean =>
  isPrivateTag(tag) && elementOf(tag) >= 0x0010 && elementOf(tag) <= 0x00ff;

/** The creator element that reserves a private element's block: (gggg,00xx) for (gggg,xxee). */
export const privateCreatorTagFor = (tag: Tag): Tag => tagOf(groupOf(tag), elementOf(tag) >>> 8);

/** Group length elements (gggg,0000), retired outside the file meta group (PS3.5 7.2). */
export const isGroupLengthTag = (tag: Tag): boolean => elementOf(tag) === 0;

/** Repeating groups 50xx (curves) and 60xx (overlays): even groups 5000–501E and 6000–601E (PS3.5 7.6). */
export const isCurveTag = (tag: Tag): boolean => {
  const g = groupOf(tag);
  return g >= 0x5000 && g <= 0x501e && (g & 1) === 0;
};
export const isOverlayTag = (tag: Tag): boolean => {
  const g = groupOf(tag);
  return g >= 0x6000 && g <= 0x601e && (g & 1) === 0;
};

export const ITEM = 0xfffee000;
export const ITEM_DELIMITATION = 0xfffee00d;
export const SEQUENCE_DELIMITATION = 0xfffee0dd;
export const UNDEFINED_LENGTH = 0xffffffff;
