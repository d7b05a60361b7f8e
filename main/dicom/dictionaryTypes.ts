/** One exact PS3.6 entry: tag, VR as printed in the standard ("US or SS", "OB or OW", "" for item tags), VM, keyword, name, retired. */
export type DictionaryRow = readonly [tag: number, vr: string, vm: string, keyword: string, name: string, retired: 0 | 1];

/** A PS3.6 entry for a repeating tag such as (60xx,3000): matches when (tag & mask) === value. */
export type MaskedDictionaryRow = readonly [
  mask: number,
  value: number,
  vr: string,
  vm: string,
  keyword: string,
  name: string,
  retired: 0 | 1,
];
