import type { Vr } from '../dicom/vr.js';

/**
 * Dummy values for action D (PS3.15 E.1.1: "replace with a non-zero length value that may be a dummy value and
 * consistent with the VR"). They carry no information: dates and times are a fixed placeholder, never a shifted
 * original (guideline: the date of exposure must not leave).
 */
export const DUMMY_TEXT = 'ANONYMIZED';
export const DUMMY_DATE = '19000101';
export const DUMMY_TIME = '000000';
export const DUMMY_DATETIME = '19000101000000';

/** The dummy string for a VR, or undefined for VRs whose dummy is not a string (UI, SQ, binary). */
export function dummyString(vr: Vr): string | undefined {
  switch (vr) {
    case 'DA': return DUMMY_DATE;
    case 'TM': return DUMMY_TIME;
    case 'DT': return DUMMY_DATETIME;
    case 'AS': return '000Y';
    case 'IS': case 'DS': return '0';
    case 'AE': case 'CS': case 'SH': case 'LO': case 'LT': case 'ST': case 'UT': case 'UC': case 'PN':
      return DUMMY_TEXT;
    case 'UR': return 'urn:peitto:anonymized';
    default: return undefined;
  }
}
