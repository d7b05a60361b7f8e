/** The profile options of PS3.15 Annex E, named as the columns of Table E.1-1. */
export type ProfileOptionColumn =
  | 'rtnLongFullDatesOpt'
  | 'rtnLongModifDatesOpt'
  | 'cleanDescOpt'
  | 'cleanStructContOpt'
  | 'cleanGraphOpt'
  | 'rtnUIDsOpt'
  | 'rtnDevIdOpt'
  | 'rtnInstIdOpt'
  | 'rtnPatCharsOpt'
  | 'rtnSafePrivOpt';

/** One row of PS3.15 Table E.1-1. A tag matches when (tag & mask) === value (masks express 50xx, 60xx…). */
export interface ProfileTableRow {
  readonly tag: string;
  readonly mask: number;
  readonly value: number;
  readonly name: string;
  /** The Basic Profile action code: D, Z, X, K, C, U or a combination such as X/Z/D or X/Z/U*. */
  readonly basic: string;
  /** Whether the standard lists the attribute as used in a standard composite IOD. */
  readonly inStandardIOD: boolean;
  /** Actions that replace the basic one when the named option is in force. */
  readonly options: Readonly<Partial<Record<ProfileOptionColumn, string>>>;
  /** Numbers of the notes of Table E.1-1 that qualify the row. */
  readonly notes: readonly number[];
}
