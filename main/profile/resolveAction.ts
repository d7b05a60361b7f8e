import type { Vr } from '../dicom/vr.js';
import type { ProfileOptions } from '../plan/plan.js';
import type { ProfileOptionColumn, ProfileTableRow } from './profileTableTypes.js';

/** One PS3.15 action after combinations are resolved (Table E.1-1 legend); U* = replace UIDs inside a sequence. */
export type ProfileAction = 'K' | 'X' | 'Z' | 'D' | 'U' | 'C' | 'U*';

export interface ResolvedAction {
  readonly action: ProfileAction;
  /** The code as the table gives it for the options in force, e.g. "X/Z/D". */
  readonly code: string;
  /** The option column that supplied the code, when not the basic profile. */
  readonly option?: ProfileOptionColumn;
}

/**
 * Option columns in force, most permissive first: an option the operator chose to retain something (K) wins
 * over a cleaning option (C), which wins over the basic profile. The Retain Longitudinal, Retain UIDs and Retain
 * Patient Characteristics options are never offered: the guideline forbids dates of exposure, exact age and
 * linkable identifiers in anonymous data.
 */
function optionColumns(options: ProfileOptions): ProfileOptionColumn[] {
  const columns: ProfileOptionColumn[] = [];
  if (options.retainDeviceIdentity) columns.push('rtnDevIdOpt');
  if (options.retainInstitutionIdentity) columns.push('rtnInstIdOpt');
  if (options.cleanDescriptors) columns.push('cleanDescOpt');
  if (options.cleanStructuredContent) columns.push('cleanStructContOpt');
  if (options.cleanGraphics) columns.push('cleanGraphOpt');
  return columns;
}

const rank = (code: string): number => (code === 'K' ? 0 : code === 'C' ? 1 : 2);

/**
 * Picks the single action for a row. Where the table offers a combination because the IOD decides (X/Z, X/D,
 * Z/D, X/Z/D, X/Z/U*) and the IOD is not known, the choice that keeps the object valid without keeping
 * identifying content is the one that still leaves a value where one may be required: a dummy (D) where D is
 * allowed, otherwise empty (Z), otherwise remove; U* (replace the UIDs within) for the reference sequences.
 */
export function resolveAction(row: ProfileTableRow, options: ProfileOptions, _vr: Vr): ResolvedAction {
  let code = row.basic;
  let option: ProfileOptionColumn | undefined;
  for (const column of optionColumns(options)) {
    const alt = row.options[column];
    if (alt && rank(alt) < rank(code)) {
      code = alt;
      option = column;
    }
  }
  const parts = code.split('/');
  let action: ProfileAction;
  if (parts.length === 1) action = parts[0] as ProfileAction;
  else if (parts.includes('U*')) action = 'U*';
  else if (parts.includes('D')) action = 'D';
  else if (parts.includes('Z')) action = 'Z';
  else action = 'X';
  return option ? { action, code, option } : { action, code };
}
