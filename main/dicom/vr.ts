/** Value representations of PS3.5 6.2. */
export const VRS = [
  'AE', 'AS', 'AT', 'CS', 'DA', 'DS', 'DT', 'FD', 'FL', 'IS', 'LO', 'LT', 'OB', 'OD', 'OF', 'OL', 'OV', 'OW',
  'PN', 'SH', 'SL', 'SQ', 'SS', 'ST', 'SV', 'TM', 'UC', 'UI', 'UL', 'UN', 'UR', 'US', 'UT', 'UV',
] as const;
export type Vr = (typeof VRS)[number];

const VR_SET: ReadonlySet<string> = new Set(VRS);
export const isVr = (text: string): text is Vr => VR_SET.has(text);

/** PS3.5 Table 7.1-1: VRs whose explicit header has two reserved bytes and a 32-bit length. */
const LONG_LENGTH: ReadonlySet<Vr> = new Set<Vr>(['OB', 'OD', 'OF', 'OL', 'OV', 'OW', 'SQ', 'SV', 'UC', 'UN', 'UR', 'UT', 'UV']);
export const hasLongLength = (vr: Vr): boolean => LONG_LENGTH.has(vr);

/** Size of one binary number, for byte-order conversion; 0 for VRs whose bytes are order-free. */
export function swapUnit(vr: Vr): 0 | 2 | 4 | 8 {
  switch (vr) {
    case 'US': case 'SS': case 'OW': case 'AT':
      return 2;
    case 'UL': case 'SL': case 'FL': case 'OL': case 'OF':
      return 4;
    case 'FD': case 'OD': case 'SV': case 'UV': case 'OV':
      return 8;
    default:
      return 0;
  }
}

/** VRs whose value is character data (PS3.5 6.2). */
const STRING_VRS: ReadonlySet<Vr> = new Set<Vr>([
  'AE', 'AS', 'CS', 'DA', 'DS', 'DT', 'IS', 'LO', 'LT', 'PN', 'SH', 'ST', 'TM', 'UC', 'UI', 'UR', 'UT',
]);
export const isStringVr = (vr: Vr): boolean => STRING_VRS.has(vr);

/** VRs whose characters follow Specific Character Set (PS3.5 6.1.2.3); the others are default repertoire. */
const CHARSET_VRS: ReadonlySet<Vr> = new Set<Vr>(['LO', 'LT', 'PN', 'SH', 'ST', 'UC', 'UT']);
export const usesSpecificCharacterSet = (vr: Vr): boolean => CHARSET_VRS.has(vr);

/** Free-text VRs: a single value that may hold sentences (PS3.5 6.2: LT, ST, UT) . */
export const isFreeTextVr = (vr: Vr): boolean => vr === 'LT' || vr === 'ST' || vr === 'UT';

/** Whether multiple values are separated by backslash (LT, ST, UT and UR take the backslash as a character). */
export const isMultiValuedString = (vr: Vr): boolean => isStringVr(vr) && !isFreeTextVr(vr) && vr !== 'UR';

/** Padding byte for an odd-length value (PS3.5 6.2): NUL for UI and binary VRs, space for other strings. */
export const paddingByte = (vr: Vr): number => (isStringVr(vr) && vr !== 'UI' ? 0x20 : 0x00);
