/** Peitto's version (kept equal to package.json by a test) and its DICOM implementation identity (PS3.7 D.3.3.2). */
export const PEITTO_VERSION = '0.1.0';

/** Implementation Class UID (0002,0012): a UUID-derived UID (PS3.5 B.2) identifying Peitto as the writer. */
export const PEITTO_IMPLEMENTATION_CLASS_UID = '2.25.175239997271310180514537235405553832526';

/** Implementation Version Name (0002,0013): at most 16 characters. */
export const PEITTO_IMPLEMENTATION_VERSION_NAME = `PEITTO_${PEITTO_VERSION}`;

/** Version of the de-identification profile as Peitto applies it: changes whenever its rules change. */
export const PROFILE_VERSION = 'Peitto guideline profile 1 (PS3.15 Table E.1-1 as published January 2025)';
