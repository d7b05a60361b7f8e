import type { IndexedObject } from '../catalog/indexedObject.js';
import { isDicomRootUid, isStandardSopClass, sopClassName } from '../dicom/uidRegistry.js';

/**
 * Why an object is not exported. Codes, not sentences: the CLI, the app and the assessment sheet each say it in
 * the user's language (assets/i18n/<lang>/sheet.json, "sheet.refusal.<code>").
 */
export type RefusalCode =
  | 'no-sop-class'
  | 'private-sop-class'
  | 'encapsulated-pdf'
  | 'encapsulated-cda'
  | 'encapsulated-stl'
  | 'encapsulated-obj'
  | 'encapsulated-mtl'
  | 'raw-data'
  | 'audio';

/**
 * SOP classes whose payload Peitto cannot check for identifying content: PS3.3 A.45 Encapsulated Document IODs
 * carry PDF, CDA, STL, OBJ and MTL files (a surface model may render a face, guideline on facial features);
 * A.37 Raw Data carries vendor bytes.
 */
const UNCHECKABLE: ReadonlyMap<string, RefusalCode> = new Map([
  ['1.2.840.10008.5.1.4.1.1.104.1', 'encapsulated-pdf'],
  ['1.2.840.10008.5.1.4.1.1.104.2', 'encapsulated-cda'],
  ['1.2.840.10008.5.1.4.1.1.104.3', 'encapsulated-stl'],
  ['1.2.840.10008.5.1.4.1.1.104.4', 'encapsulated-obj'],
  ['1.2.840.10008.5.1.4.1.1.104.5', 'encapsulated-mtl'],
  ['1.2.840.10008.5.1.4.1.1.66', 'raw-data'],
  // Basic Voice Audio and General Audio Waveform: speech may say the patient's name or identity code, and a voice
  // identifies a person by itself; PS3.15 Annex E has no rule for sound and no byte search can check it.
  ['1.2.840.10008.5.1.4.1.1.9.4.1', 'audio'],
  ['1.2.840.10008.5.1.4.1.1.9.4.2', 'audio'],
]);

/** Why an object is not exported, or undefined when it may be. */
export function refusalReason(object: Pick<IndexedObject, 'sopClassUid'>): RefusalCode | undefined {
  const uid = object.sopClassUid;
  if (!uid) return 'no-sop-class';
  const known = UNCHECKABLE.get(uid);
  if (known) return known;
  if (!isStandardSopClass(uid) && !isDicomRootUid(uid)) return 'private-sop-class';
  return undefined;
}

/** PS3.5 9.1: digits and dots, no leading zeros, at most 64 characters; and (ISO/IEC 9834-1) a first arc of 0, 1 or 2. */
const UID_SYNTAX = /^[012](?:\.(?:0|[1-9]\d*))+$/;

/**
 * A readable SOP class name for reports: the registry's name, else the UID itself when it is one. Anything else
 * is not repeated, because the assessment lists refused objects by it: a damaged object whose Study Time had
 * become its SOP Class UID published the time there, and such a value could as well be a name.
 */
export const sopClassLabel = (uid: string): string =>
  sopClassName(uid) ?? (uid.length <= 64 && UID_SYNTAX.test(uid) ? uid : NOT_A_UID);

/** What sopClassLabel shows for a SOP Class UID value that is no UID. */
export const NOT_A_UID = '(not a valid UID)';
