/**
 * The registry of UIDs that the DICOM standard defines: SOP classes, transfer syntaxes, well-known SOP
 * instances and frames of reference, coding schemes. PS3.15 E.3.9 Note 4: such structural UIDs are never
 * replaced by de-identification; every other UID is an instance UID and is (U action).
 *
 * Data: standard/uidRegistry.generated.ts, made by `node scripts/generate-uid-registry.mjs` from
 *   - PS3.6 Table A-1 as published in pydicom's `_uid_dict.py` (Debian package python3-pydicom, fetched into
 *     test/.cache/pydicom by scripts/fetch-test-data.sh), and
 *   - standard/codingSchemes.source.json: the PS3.16 Table 8-1 coding schemes outside the DICOM root, each
 *     verified against at least two public reproductions of the table.
 * Transfer syntaxes newer than that pydicom snapshot (HTJ2K, JPEG XL) are taken from transferSyntax.ts.
 * Regenerate after changing a source; `node scripts/generate-uid-registry.mjs --check` fails on a stale file.
 */
import { EXTERNAL_CODING_SCHEME_ROWS, STANDARD_UID_ROWS, UID_DICTIONARY_SOURCE } from './standard/uidRegistry.generated.js';
import { allTransferSyntaxes } from './transferSyntax.js';

/** The "UID Type" column of PS3.6 Table A-1 (as pydicom spells it), plus coding schemes from PS3.16. */
export type UidType =
  | 'SOP Class'
  | 'Meta SOP Class'
  | 'Transfer Syntax'
  | 'Well-known SOP Instance'
  | 'Well-known Printer SOP Instance'
  | 'Well-known Print Queue SOP Instance'
  | 'Well-known frame of reference'
  | 'Synchronization Frame of Reference'
  | 'Coding Scheme'
  | 'DICOM UIDs as a Coding Scheme'
  | 'Service Class'
  | 'Application Context Name'
  | 'Application Hosting Model'
  | 'Mapping Resource'
  | 'LDAP OID';

/** One generated PS3.6 Table A-1 row: [uid, name, type, retired, keyword, info]. */
export type StandardUidRow = readonly [uid: string, name: string, type: UidType, retired: 0 | 1, keyword: string, info: string];

/** One PS3.16 Table 8-1 coding scheme outside the DICOM root: [uid, name, designators, source keys]. */
export type ExternalCodingSchemeRow = readonly [uid: string, name: string, designators: readonly string[], sources: readonly string[]];

export interface UidEntry {
  readonly uid: string;
  readonly name: string;
  readonly type: UidType;
  readonly retired: boolean;
  /** PS3.6 keyword, e.g. "CTImageStorage"; empty where the standard gives none. */
  readonly keyword: string;
  /** Coding Scheme Designators (0008,0102) that name this scheme, for coding schemes. */
  readonly designators: readonly string[];
  /** Where the entry comes from, for the conformance statement and the risk assessment. */
  readonly source: string;
}

const CODING_SCHEME_SOURCE = 'DICOM PS3.16 Table 8-1 (main/dicom/standard/codingSchemes.source.json)';
const TRANSFER_SYNTAX_SOURCE = 'DICOM PS3.5 Section 10 / PS3.6 Table A-1 (main/dicom/transferSyntax.ts)';

function buildRegistry(): ReadonlyMap<string, UidEntry> {
  const registry = new Map<string, UidEntry>();
  for (const [uid, name, type, retired, keyword] of STANDARD_UID_ROWS) {
    registry.set(uid, { uid, name, type, retired: retired === 1, keyword, designators: [], source: UID_DICTIONARY_SOURCE });
  }
  for (const [uid, name, designators] of EXTERNAL_CODING_SCHEME_ROWS) {
    registry.set(uid, { uid, name, type: 'Coding Scheme', retired: false, keyword: '', designators, source: CODING_SCHEME_SOURCE });
  }
  for (const ts of allTransferSyntaxes()) {
    if (registry.has(ts.uid)) continue;
    registry.set(ts.uid, {
      uid: ts.uid,
      name: ts.name,
      type: 'Transfer Syntax',
      retired: false,
      keyword: '',
      designators: [],
      source: TRANSFER_SYNTAX_SOURCE,
    });
  }
  return registry;
}

const REGISTRY = buildRegistry();

/** UI values are padded to even length with a trailing NUL (PS3.5 6.2); callers may pass them as read. */
const normalise = (uid: string): string => uid.replace(/[\0 ]+$/, '').trim();

export const lookupUid = (uid: string): UidEntry | undefined => REGISTRY.get(normalise(uid));

/** Whether the standard defines this UID, so that it identifies nothing about a patient and is kept. */
export const isWellKnownUid = (uid: string): boolean => REGISTRY.has(normalise(uid));

/**
 * Whether a UID lies under the DICOM root. PS3.5 9.1 reserves 1.2.840.10008 for UIDs the standard defines, so
 * such a UID that the registry does not know was added to the standard after the registry's source was
 * published; callers may report it rather than treat it as an instance UID silently.
 */
export const isDicomRootUid = (uid: string): boolean => normalise(uid).startsWith('1.2.840.10008.');

/** A SOP Class or Meta SOP Class of PS3.6 Table A-1 (retired ones included). */
export function isStandardSopClass(uid: string): boolean {
  const type = lookupUid(uid)?.type;
  return type === 'SOP Class' || type === 'Meta SOP Class';
}

export function sopClassName(uid: string): string | undefined {
  const entry = lookupUid(uid);
  return entry && (entry.type === 'SOP Class' || entry.type === 'Meta SOP Class') ? entry.name : undefined;
}

/**
 * A Storage SOP Class (PS3.4 Annex B and the other storage services): a SOP Class whose PS3.6 name says
 * "Storage" as a service, which excludes Storage Commitment, a notification service about stored objects.
 */
export function isStorageSopClass(uid: string): boolean {
  const entry = lookupUid(uid);
  if (!entry || entry.type !== 'SOP Class') return false;
  return /\bStorage\b/.test(entry.name) && !/^Storage Commitment\b/.test(entry.name);
}

/** Every registry entry (PS3.6 rows, then external coding schemes, then newer transfer syntaxes). */
export const allRegisteredUids = (): readonly UidEntry[] => [...REGISTRY.values()];
