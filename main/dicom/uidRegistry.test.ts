import { describe, expect, it } from 'vitest';
import { allTransferSyntaxes } from './transferSyntax.js';
import {
  allRegisteredUids,
  isDicomRootUid,
  isStandardSopClass,
  isStorageSopClass,
  isWellKnownUid,
  lookupUid,
  sopClassName,
} from './uidRegistry.js';

describe('lookupUid', () => {
  it('knows SOP classes with their PS3.6 name and keyword', () => {
    expect(lookupUid('1.2.840.10008.5.1.4.1.1.2')).toMatchObject({
      name: 'CT Image Storage',
      type: 'SOP Class',
      retired: false,
      keyword: 'CTImageStorage',
    });
  });

  it('marks retired entries', () => {
    expect(lookupUid('1.2.840.10008.5.1.4.1.1.5')?.retired).toBe(true); // NM Image Storage (Retired)
  });

  it('knows well-known instances, frames of reference and DICOM coding schemes', () => {
    expect(lookupUid('1.2.840.10008.1.20.1.1')?.type).toBe('Well-known SOP Instance');
    expect(lookupUid('1.2.840.10008.1.4.1.1')?.type).toBe('Well-known frame of reference'); // Talairach
    expect(lookupUid('1.2.840.10008.2.16.4')).toMatchObject({ type: 'Coding Scheme', name: 'DICOM Controlled Terminology' });
  });

  it('knows the PS3.16 Table 8-1 coding schemes outside the DICOM root', () => {
    expect(lookupUid('2.16.840.1.113883.6.96')).toMatchObject({ type: 'Coding Scheme', designators: ['SCT', 'SRT'] });
    expect(lookupUid('2.16.840.1.113883.6.1')?.designators).toEqual(['LN']);
    expect(lookupUid('2.16.840.1.113883.6.8')?.designators).toEqual(['UCUM']);
    expect(lookupUid('2.16.840.1.113883.6.256')?.designators).toEqual(['RADLEX']);
    expect(lookupUid('2.16.840.1.113883.6.3')?.designators).toEqual(['I10']);
  });

  it('accepts a UI value with its trailing NUL padding', () => {
    expect(lookupUid('1.2.840.10008.1.2.1\0')?.name).toBe('Explicit VR Little Endian');
  });

  it('returns undefined for instance UIDs', () => {
    expect(lookupUid('1.2.826.0.1.3680043.8.498.12345')).toBeUndefined();
    expect(lookupUid('')).toBeUndefined();
  });

  it('names a source for every entry', () => {
    for (const entry of allRegisteredUids()) expect(entry.source).not.toBe('');
  });
});

describe('isWellKnownUid', () => {
  it('keeps standard UIDs and not instance UIDs', () => {
    expect(isWellKnownUid('1.2.840.10008.1.2')).toBe(true);
    expect(isWellKnownUid('2.16.840.1.113883.6.96')).toBe(true);
    expect(isWellKnownUid('1.3.6.1.4.1.5962.99.1.1.1')).toBe(false);
    expect(isWellKnownUid('1.2.840.10008.5.1.4.1.1.2.99999')).toBe(false);
  });

  it('covers every transfer syntax the reader knows, including those newer than the pydicom snapshot', () => {
    for (const ts of allTransferSyntaxes()) expect(isWellKnownUid(ts.uid), ts.name).toBe(true);
    expect(lookupUid('1.2.840.10008.1.2.4.201')?.type).toBe('Transfer Syntax');
  });
});

describe('isDicomRootUid', () => {
  it('tells UIDs under 1.2.840.10008 from others', () => {
    expect(isDicomRootUid('1.2.840.10008.5.1.4.1.1.2.99999')).toBe(true);
    expect(isDicomRootUid('1.2.840.100081.1')).toBe(false);
    expect(isDicomRootUid('2.25.1234')).toBe(false);
  });
});

describe('SOP classes', () => {
  it('recognises standard SOP classes and meta SOP classes', () => {
    expect(isStandardSopClass('1.2.840.10008.5.1.4.1.1.4')).toBe(true); // MR Image Storage
    expect(isStandardSopClass('1.2.840.10008.5.1.1.9')).toBe(true); // Basic Grayscale Print Management Meta
    expect(isStandardSopClass('1.2.840.10008.1.2')).toBe(false); // a transfer syntax
    expect(isStandardSopClass('1.2.3.4')).toBe(false);
  });

  it('names SOP classes only', () => {
    expect(sopClassName('1.2.840.10008.5.1.4.1.1.88.11')).toBe('Basic Text SR Storage');
    expect(sopClassName('1.2.840.10008.1.2.1')).toBeUndefined();
  });

  it('tells storage SOP classes from other services', () => {
    expect(isStorageSopClass('1.2.840.10008.5.1.4.1.1.2')).toBe(true); // CT Image Storage
    expect(isStorageSopClass('1.2.840.10008.5.1.4.1.1.1.1')).toBe(true); // DX For Presentation
    expect(isStorageSopClass('1.2.840.10008.5.1.4.1.1.104.1')).toBe(true); // Encapsulated PDF Storage
    expect(isStorageSopClass('1.2.840.10008.5.1.4.38.1')).toBe(true); // Hanging Protocol Storage
    expect(isStorageSopClass('1.2.840.10008.1.20.1')).toBe(false); // Storage Commitment Push Model
    expect(isStorageSopClass('1.2.840.10008.1.1')).toBe(false); // Verification
    expect(isStorageSopClass('1.2.840.10008.5.1.4.1.2.1.1')).toBe(false); // Patient Root Q/R FIND
    expect(isStorageSopClass('1.2.840.10008.4.2')).toBe(false); // Storage Service Class is not a SOP class
  });
});
