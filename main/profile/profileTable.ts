import type { Tag } from '../dicom/tag.js';
import type { ProfileOptionColumn, ProfileTableRow } from './profileTableTypes.js';
import { PROFILE_TABLE_JSON_ROWS } from './standard/profileTable.generated.js';

/** Every row of PS3.15 Table E.1-1. */
export const PROFILE_TABLE_ROWS: readonly ProfileTableRow[] = PROFILE_TABLE_JSON_ROWS.map(
  ([tag, mask, value, name, basic, inStandardIOD, options, notes]) => ({
    tag,
    mask: parseInt(mask, 16) >>> 0,
    value: parseInt(value, 16) >>> 0,
    name,
    basic,
    inStandardIOD,
    options: options as ProfileTableRow['options'],
    notes,
  }),
);

const exactRows = new Map<Tag, ProfileTableRow>();
const maskedRows: ProfileTableRow[] = [];
for (const row of PROFILE_TABLE_ROWS) {
  if (row.mask === 0xffffffff) exactRows.set(row.value, row);
  else if (row.mask !== 0x00010000) maskedRows.push(row);
}

/** The Table E.1-1 row for a standard tag (exact tags first, then repeating groups such as 50xx/60xx). */
export function profileRowFor(tag: Tag): ProfileTableRow | undefined {
  const exact = exactRows.get(tag);
  if (exact) return exact;
  for (const row of maskedRows) if (((tag & row.mask) >>> 0) === row.value) return row;
  return undefined;
}

export const PROFILE_ROW_COUNT = PROFILE_TABLE_ROWS.length;
export type { ProfileOptionColumn, ProfileTableRow };
