/**
 * PS3.15 E.3.10 Retain Safe Private Option: private attributes known to carry no identity, which the option keeps
 * (together with their Private Creator elements) while every other private attribute is removed.
 *
 * Data: data/safePrivateAttributes.json, PS3.15 Table E.3.10-1 "Safe Private Attributes" row by row with the
 * source of each row; data/safePrivateAttributes.generated.ts is made from it by
 * `node scripts/generate-profile-data.mjs` (`--check` fails when it is stale).
 *
 * PS3.15 E.3.10 Note 1: the vendors do not guarantee these to be safe. A caller still applies U to UI values
 * among them and should weigh the OB and SQ rows (vendor payloads, Note 2) when the recipient is the public.
 */
import { groupOf, elementOf, isPrivateTag, type Tag } from '../dicom/tag.js';
import type { Vr } from '../dicom/vr.js';
import { SAFE_PRIVATE_ROWS, SAFE_PRIVATE_SOURCES } from './data/safePrivateAttributes.generated.js';

/** One generated row: [creator, group, element offset within the block, VR, VM, name, source key]. */
export type SafePrivateRow = readonly [
  creator: string,
  group: number,
  elementOffset: number,
  vr: Vr | null,
  vm: string,
  name: string | null,
  source: string,
];

export interface SafePrivateEntry {
  /** Private Creator string of the block, e.g. "GEMS_PARM_01". */
  readonly creator: string;
  readonly group: number;
  /** Low byte of the element, the same in whichever block (gggg,xx00-xxFF) the creator reserved. */
  readonly elementOffset: number;
  /**
   * VR the table gives. Where the table leaves it blank (five SIEMENS Ultrasound SC2000 rows) this is UN, the VR
   * PS3.5 6.2.2 defines for a value whose VR is not known, so that a writer can still encode the element.
   */
  readonly vr: Vr;
  /** Whether `vr` is the table's own; false where the table leaves it blank. */
  readonly vrInTable: boolean;
  readonly vm: string;
  /** The table's Meaning; null where the table leaves it blank. */
  readonly name: string | null;
  /** Citation of the table the row comes from. */
  readonly source: string;
}

const keyOf = (creator: string, group: number, elementOffset: number): string =>
  `${creator}\u0000${group}\u0000${elementOffset}`;

const ENTRIES: readonly SafePrivateEntry[] = SAFE_PRIVATE_ROWS.map(
  ([creator, group, elementOffset, vr, vm, name, sourceKey]) => ({
    creator,
    group,
    elementOffset,
    vr: vr ?? 'UN',
    vrInTable: vr !== null,
    vm,
    name,
    source: SAFE_PRIVATE_SOURCES[sourceKey] ?? sourceKey,
  }),
);
const BY_KEY = new Map(ENTRIES.map((e) => [keyOf(e.creator, e.group, e.elementOffset), e]));

/**
 * The safe-private entry for a private data element, or undefined when the element must be removed.
 * `creator` is the value of the Private Creator element that reserves the element's block; leading and trailing
 * spaces are insignificant in that LO value (PS3.5 6.2) and are ignored, as is NUL padding that some writers use;
 * otherwise the match is exact, as PS3.5 7.8.1 identifies a block by its creator string. Private Creator elements themselves (gggg,0010-00FF) are not
 * entries: the option keeps those that a retained element needs.
 */
export function isSafePrivate(creator: string, tag: Tag): SafePrivateEntry | undefined {
  if (!isPrivateTag(tag)) return undefined;
  const element = elementOf(tag);
  if (element < 0x1000) return undefined;
  return BY_KEY.get(keyOf(creator.replace(/^[\s\0]+|[\s\0]+$/g, ''), groupOf(tag), element & 0xff));
}

/** Every row of the table, in the standard's order, for the conformance statement and the assessment. */
export const allSafePrivateAttributes = (): readonly SafePrivateEntry[] => ENTRIES;
