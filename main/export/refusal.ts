import type { IndexedObject } from '../catalog/indexedObject.js';
import { isDicomRootUid, isStandardSopClass, sopClassName } from '../dicom/uidRegistry.js';

/**
 * SOP classes whose payload Peitto cannot check for identifying content (PS3.3 A.45 Encapsulated Document IODs
 * carry PDF, CDA, STL, OBJ, MTL files; A.37 Raw Data carries vendor bytes), refused with the reason.
 */
const UNCHECKABLE: ReadonlyMap<string, string> = new Map([
  ['1.2.840.10008.5.1.4.1.1.104.1', 'an encapsulated PDF document, whose text and images cannot be checked'],
  ['1.2.840.10008.5.1.4.1.1.104.2', 'an encapsulated CDA document, whose content cannot be checked'],
  ['1.2.840.10008.5.1.4.1.1.104.3', 'an encapsulated STL model, which may render the surface of a face'],
  ['1.2.840.10008.5.1.4.1.1.104.4', 'an encapsulated OBJ model, which may render the surface of a face'],
  ['1.2.840.10008.5.1.4.1.1.104.5', 'an encapsulated MTL file, which cannot be checked'],
  ['1.2.840.10008.5.1.4.1.1.66', 'a Raw Data object, whose vendor content cannot be checked'],
]);

/** Why an object is not exported, or undefined when it may be. */
export function refusalReason(object: IndexedObject): string | undefined {
  const uid = object.sopClassUid;
  if (!uid) return 'it has no SOP Class UID, so what it holds cannot be known';
  const known = UNCHECKABLE.get(uid);
  if (known) return `it is ${known}`;
  if (!isStandardSopClass(uid) && !isDicomRootUid(uid)) {
    return `its SOP Class ${uid} is private, so its content cannot be checked`;
  }
  return undefined;
}

/** A readable SOP class name for reports (the UID when the registry does not know it). */
export const sopClassLabel = (uid: string): string => sopClassName(uid) ?? uid;
