import { lookupTag } from '../dicom/dictionary.js';
import { groupOf, isCurveTag, isOverlayTag, isPrivateTag, type Tag } from '../dicom/tag.js';
import type { Vr } from '../dicom/vr.js';

/** What happened to one source element (DESIGN.md: every element is accounted for). */
export type Outcome = 'kept' | 'replaced' | 'emptied' | 'removed' | 'cleaned';

/** Kinds of content, for the assessment's counts of what was removed, emptied or replaced. */
export type ContentCategory =
  | 'names'
  | 'ids'
  | 'dates'
  | 'uids'
  | 'free-text'
  | 'private'
  | 'graphics'
  | 'device'
  | 'institution'
  | 'structure'
  | 'other';

export interface ActionRecord {
  /** Where the element is: "(0010,0010)" or "(0040,A730)[0].(0040,A160)". */
  readonly path: string;
  readonly tag: Tag;
  readonly name: string;
  readonly vr: Vr;
  readonly outcome: Outcome;
  /** The rule that decided, e.g. "PS3.15 E.1-1 X/Z/D → D" or "Peitto: overlay removed". */
  readonly rule: string;
  readonly category: ContentCategory;
}

const ID_WORDS = /(ID|Identifier|Number|Accession|Code)$/;

const categories = new Map<string, ContentCategory>();

/** The category of an element, from its VR, group and dictionary keyword. */
export function categorize(tag: Tag, vr: Vr): ContentCategory {
  const key = `${tag}:${vr}`;
  let category = categories.get(key);
  if (!category) {
    category = categoryOf(tag, vr);
    categories.set(key, category);
  }
  return category;
}

function categoryOf(tag: Tag, vr: Vr): ContentCategory {
  if (isPrivateTag(tag)) return 'private';
  if (isOverlayTag(tag) || isCurveTag(tag) || tag === 0x00880200 || groupOf(tag) === 0xfffa || tag === 0x4ffe0001) {
    return 'graphics';
  }
  const keyword = lookupTag(tag)?.keyword ?? '';
  if (vr === 'PN' || /Name$/.test(keyword) && vr !== 'UI' && /Person|Patient|Physician|Operator|Observer|Author|Reviewer/.test(keyword)) return 'names';
  if (vr === 'DA' || vr === 'DT' || vr === 'TM' || vr === 'AS') return 'dates';
  if (vr === 'UI') return 'uids';
  if (/Institution|Department/.test(keyword)) return 'institution';
  if (/Device|Station|Serial|Manufacturer|Detector|Source|Plate|Cassette|Gantry/.test(keyword)) return 'device';
  if (vr === 'SQ') return 'structure';
  if (ID_WORDS.test(keyword) || /Number$/.test(keyword)) return 'ids';
  if (vr === 'LT' || vr === 'ST' || vr === 'UT' || /Description|Comment|Text|Note|Remark|Reason|History|Alert|Allerg/.test(keyword)) {
    return 'free-text';
  }
  return 'other';
}
