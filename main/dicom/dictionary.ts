import { DICTIONARY_JSON_ROWS, MASKED_DICTIONARY_JSON_ROWS } from './standard/dictionary.generated.js';
import { elementOf, isPrivateCreatorTag, isPrivateTag, type Tag } from './tag.js';
import { isVr, type Vr } from './vr.js';

export interface DictionaryEntry {
  readonly tag: Tag;
  /** The VR as PS3.6 gives it; a choice such as "US or SS" when the value decides. */
  readonly vrText: string;
  readonly vm: string;
  readonly keyword: string;
  readonly name: string;
  readonly retired: boolean;
}

const exact = new Map<Tag, DictionaryEntry>();
for (const [hex, vrText, vm, keyword, name, retired] of DICTIONARY_JSON_ROWS) {
  const tag = parseInt(hex, 16) >>> 0;
  exact.set(tag, { tag, vrText, vm, keyword, name, retired: retired === 1 });
}
const MASKED = MASKED_DICTIONARY_JSON_ROWS.map(
  ([mask, value, vrText, vm, keyword, name, retired]) => [parseInt(mask, 16) >>> 0, parseInt(value, 16) >>> 0, vrText, vm, keyword, name, retired] as const,
);
const byKeyword = new Map<string, DictionaryEntry>();
for (const entry of exact.values()) if (entry.keyword) byKeyword.set(entry.keyword, entry);

/** PS3.6 entry for a tag, including repeating groups such as (60xx,3000); undefined for unknown and private tags. */
export function lookupTag(tag: Tag): DictionaryEntry | undefined {
  const hit = exact.get(tag);
  if (hit) return hit;
  if (isPrivateTag(tag)) return undefined;
  for (const [mask, value, vrText, vm, keyword, name, retired] of MASKED) {
    if (((tag & mask) >>> 0) === value) return { tag, vrText, vm, keyword, name, retired: retired === 1 };
  }
  if (elementOf(tag) === 0) {
    return { tag, vrText: 'UL', vm: '1', keyword: 'GenericGroupLength', name: 'Group Length', retired: true };
  }
  return undefined;
}

export const lookupKeyword = (keyword: string): DictionaryEntry | undefined => byKeyword.get(keyword);

/** Human name for reports: the PS3.6 name, "Private Creator" or "Private tag". */
export function tagName(tag: Tag): string {
  if (isPrivateCreatorTag(tag)) return 'Private Creator';
  if (isPrivateTag(tag)) return 'Private tag';
  return lookupTag(tag)?.name || 'Unknown tag';
}

/**
 * The VR an implicit-VR element is read with. Where PS3.6 offers a choice the bytes are the same in little
 * endian, so the wider form is taken: OW for "OB or OW" (PS3.5 A.1 encodes such pixel data as OW), OW for
 * "US or OW"/"US or SS or OW" when the value is longer than a 16-bit length allows, US for "US or SS".
 */
export function implicitVr(tag: Tag, length: number): Vr {
  if (isPrivateCreatorTag(tag)) return 'LO';
  const text = lookupTag(tag)?.vrText;
  if (!text) return 'UN';
  if (isVr(text)) return text;
  if (text === 'OB or OW') return 'OW';
  if (text.includes('OW')) return length > 0xfffe ? 'OW' : 'US';
  if (text === 'US or SS') return 'US';
  return 'UN';
}
