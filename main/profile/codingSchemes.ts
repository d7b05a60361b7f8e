import { allRegisteredUids } from '../dicom/uidRegistry.js';

/**
 * Coding Scheme Designators of published coding schemes (PS3.16 Table 8-1 via the UID registry, and DICOM's
 * own "DCM"/"DCMUID" of PS3.16 8.1). Codes from these schemes name concepts, never people, so coded content
 * keeps them; codes of private ("99…") or unknown schemes may be local identifiers (a person's or a site's code)
 * and are cleaned.
 */
const STANDARD_DESIGNATORS: ReadonlySet<string> = new Set([
  'DCM',
  'DCMUID',
  ...allRegisteredUids()
    .flatMap((u) => u.designators)
    .filter((d) => !d.startsWith('99')),
]);

export const isStandardCodingScheme = (designator: string): boolean => STANDARD_DESIGNATORS.has(designator.trim());

/** A neutral private designator that replaces a local one, which may name the institution (PS3.16 8.2). */
export const NEUTRAL_PRIVATE_DESIGNATOR = '99LOCAL';
