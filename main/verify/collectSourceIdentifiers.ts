import type { CharacterSet } from '../dicom/charset.js';
import type { DicomElement } from '../dicom/dataset.js';
import { lookupTag } from '../dicom/dictionary.js';
import type { DicomObject } from '../dicom/readDicomFile.js';
import { isPrivateCreatorTag, isPrivateTag } from '../dicom/tag.js';
import { isDicomRootUid, isWellKnownUid } from '../dicom/uidRegistry.js';
import { characterSetOf, stringValues, valueBytes } from '../dicom/values.js';
import { isStringVr } from '../dicom/vr.js';
import { isStandardCodingScheme } from '../profile/codingSchemes.js';
import { PROFILE_TABLE_ROWS } from '../profile/profileTable.js';

/** Table E.1-1 rows by exact tag (the data of the standard, not the profile code). */
const PROFILE_ROWS = new Map(PROFILE_TABLE_ROWS.filter((r) => r.mask === 0xffffffff).map((r) => [r.value, r]));

/**
 * Identifying values collected from the source objects, independently of the profile code that removed them:
 * what must not appear anywhere in the export. Decided from the VR and the dictionary keyword only, so that a
 * mistake in the profile cannot hide itself from the check.
 */
export type IdentifierKind = 'name' | 'id' | 'date' | 'age' | 'uid' | 'text' | 'private';

export interface SourceIdentifier {
  readonly text: string;
  readonly kind: IdentifierKind;
  /** Where it was found (tag path), for the report; never the source file's path. */
  readonly where: string;
  /** The value's bytes as they were in the source, to catch it in the source's own character set. */
  readonly sourceBytes?: Uint8Array;
}

export interface CollectOptions {
  /** Words that may survive cleaning (the descriptor vocabulary); such tokens are not identifiers. */
  readonly isSafeWord: (token: string) => boolean;
  /** Values the export writes on purpose (dummies, labels) that a source might also contain. */
  readonly ignore?: ReadonlySet<string>;
}

/** Attributes outside Table E.1-1 whose words were typed by someone (mirrors the policy, not the profile code). */
const DESCRIPTIVE_KEYWORD = /(Description|Comments?|Label|Notes?|Text|Remarks?|Reason|History|Explanation)$/;
const TEXT_VRS = new Set(['LO', 'SH', 'UC']);
const FREE_TEXT_VRS = new Set(['LT', 'ST', 'UT']);
const CODING_SCHEME_DESIGNATOR = 0x00080102;
/** Code Value, Code Meaning, Long Code Value, URN Code Value (PS3.3 Table 8.8-1). */
const CODE_TEXT = new Set([0x00080100, 0x00080104, 0x00080119, 0x00080120]);

const isValidDate = (d: string): boolean => {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(d);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const da = Number(m[3]);
  return y >= 1800 && y <= 2200 && mo >= 1 && mo <= 12 && da >= 1 && da <= 31;
};

const PLACEHOLDER_DATES = new Set(['19000101']);

/**
 * The words of a text as descriptor cleaning sees them (profile/text/tokenizeText.ts): runs of letters, marks and
 * digits, broken by anything else, so that a word the cleaner keeps is a word searched for here too. A byte the
 * character set cannot decode ("192\ufffd192") separates words on both sides.
 */
function tokens(text: string): string[] {
  return text.split(/[^\p{L}\p{M}\p{N}]+/u).filter((t) => t.length > 0);
}

/** A value worth searching for: at least 4 characters, not one character repeated, not a short bare number. */
function searchable(text: string): boolean {
  const chars = [...text];
  if (chars.length < 4 || new Set(chars).size === 1) return false;
  // Numbers shorter than 6 digits occur by chance in any header (sizes, counts, window widths).
  return !/^\d{1,5}$/.test(text);
}

class Collector {
  readonly found = new Map<string, SourceIdentifier>();
  /** Words of attributes that legitimately survive (manufacturer, code meanings…): their presence proves nothing. */
  readonly allowed = new Set<string>();

  constructor(private readonly ignore: ReadonlySet<string> | undefined) {}

  add(text: string, kind: IdentifierKind, where: string, sourceBytes?: Uint8Array): void {
    const t = text.trim();
    if (!searchable(t) || this.ignore?.has(t.toUpperCase())) return;
    const key = `${kind}:${t.toLowerCase()}`;
    // A copy of the bytes: a view would keep the whole read buffer of the source alive for as long as the export
    // holds its identifiers (186 MB for 5,000 files of 39 KB).
    if (!this.found.has(key)) this.found.set(key, sourceBytes ? { text: t, kind, where, sourceBytes: sourceBytes.slice() } : { text: t, kind, where });
  }

  /** Words of code values and meanings of published schemes: kept, unless they repeat the object's identifiers. */
  readonly allowedCodes = new Set<string>();

  allow(text: string, into: Set<string> = this.allowed): void {
    into.add(text.trim().toLowerCase());
    for (const token of tokens(text)) into.add(token.toLowerCase());
  }

}

export interface CollectedIdentifiers {
  readonly identifiers: SourceIdentifier[];
  /** Lower-case values and words of attributes that legitimately survive de-identification. */
  readonly allowed: Set<string>;
}

/**
 * Collects the identifying values of one source object at every depth. What counts as identifying is read from
 * the standard's Table E.1-1 (every attribute it does not keep) and from the VR (names, dates, ages, instance
 * UIDs and free text anywhere); values of every other attribute are recorded as allowed.
 */
export function collectSourceIdentifiers(object: DicomObject, options: CollectOptions): CollectedIdentifiers {
  const c = new Collector(options.ignore);
  const safe = (text: string): boolean => tokens(text).every((t) => options.isSafeWord(t) || /^\d{1,3}$/.test(t));
  const words = (value: string, kind: IdentifierKind, where: string): void => {
    for (const token of tokens(value)) if (!options.isSafeWord(token)) c.add(token, kind, where);
  };
  const visit = (elements: readonly DicomElement[], inherited: CharacterSet | undefined, path: string): void => {
    const charset = characterSetOf(elements, inherited);
    // A code of a local scheme ("99…", a site's own) says what the site typed, and Clean Structured Content does
    // not keep it as it is: its words are searched for, never taken as legitimately kept values.
    const designator = elements.find((e) => e.tag === CODING_SCHEME_DESIGNATOR);
    const localCode = designator !== undefined && !isStandardCodingScheme(stringValues(designator, charset)[0] ?? '');
    for (const element of elements) {
      const where = `${path}${element.tag.toString(16).padStart(8, '0')}`;
      if (element.items) {
        element.items.forEach((item, i) => visit(item.elements, charset, `${where}[${i}].`));
        continue;
      }
      if (element.fragments || isPrivateCreatorTag(element.tag)) continue;
      if (isPrivateTag(element.tag)) {
        collectPrivate(c, element, charset, where, options, object);
        continue;
      }
      const vr = element.vr;
      if (!element.bytes || !isStringVr(vr)) continue;
      if (lookupTag(element.tag)?.vrText === 'SQ') {
        // A sequence written under a text VR (damage, or a writer's mistake) holds item headers, not words: the
        // profile empties it. Only text in it is worth searching for; its binary bytes would match anything.
        printableTokens(c, element.bytes, charset, 'text', where, options);
        continue;
      }
      const values = stringValues(element, charset);
      const row = PROFILE_ROWS.get(element.tag);
      const keyword = lookupTag(element.tag)?.keyword ?? '';
      for (const value of values) {
        if (vr === 'PN') {
          c.add(value, 'name', where, element.bytes);
          // A name part that is also a vocabulary word ("White", "Test") may appear in cleaned text legitimately.
          for (const part of value.split(/[\^=]/)) if (!options.isSafeWord(part)) c.add(part, 'name', where);
        } else if (vr === 'DA') {
          collectDate(c, value, where);
        } else if (vr === 'DT') {
          collectDate(c, value.slice(0, 8), where);
        } else if (vr === 'AS') {
          c.add(value, 'age', where);
        } else if (vr === 'UI') {
          if (value.length >= 10 && !isWellKnownUid(value) && !isDicomRootUid(value)) c.add(value, 'uid', where);
        } else if (row && row.basic !== 'K') {
          if (Object.values(row.options).includes('C')) words(value, 'text', where);
          else if (vr !== 'CS' && vr !== 'TM' && vr !== 'DS' && vr !== 'IS') {
            if (!safe(value)) c.add(value, 'id', where, element.bytes);
            words(value, 'id', where);
          }
        } else if (!row && (FREE_TEXT_VRS.has(vr) || (TEXT_VRS.has(vr) && DESCRIPTIVE_KEYWORD.test(keyword)))) {
          words(value, 'text', where);
        } else if (CODE_TEXT.has(element.tag) && designator !== undefined) {
          if (localCode) words(value, 'text', where);
          else c.allow(value, c.allowedCodes);
        } else {
          c.allow(value);
        }
      }
    }
  };
  visit(object.dataset, undefined, '');
  // A kept value that repeats a person's name of this object, or a code that repeats a name or an ID, is not kept
  // as it is (the profile cleans it, PS3.15 E.1 and E.3.5): its words must not hide that name or ID.
  const of = (kinds: readonly IdentifierKind[]): string[] => [...c.found.values()].filter((i) => kinds.includes(i.kind)).map((i) => i.text.toLowerCase());
  const names = of(['name']);
  const namesAndIds = of(['name', 'id']);
  const allowed = new Set<string>();
  for (const value of c.allowed) if (!names.some((p) => value.includes(p))) allowed.add(value);
  for (const value of c.allowedCodes) if (!namesAndIds.some((p) => value.includes(p))) allowed.add(value);
  return { identifiers: [...c.found.values()], allowed };
}

function collectDate(c: Collector, date: string, where: string): void {
  if (!isValidDate(date) || PLACEHOLDER_DATES.has(date)) return;
  const y = date.slice(0, 4);
  const m = date.slice(4, 6);
  const d = date.slice(6, 8);
  // The same date as other writers print it (ISO 8601, Finnish/Nordic day-first forms).
  for (const form of [date, `${y}-${m}-${d}`, `${d}.${m}.${y}`, `${Number(d)}.${Number(m)}.${y}`, `${y}.${m}.${d}`]) {
    c.add(form, 'date', where);
  }
}

/** Private values are removed unless retained as safe; their text, and long binary runs, must not survive. */
function collectPrivate(
  c: Collector,
  element: DicomElement,
  charset: CharacterSet,
  where: string,
  options: CollectOptions,
  object: DicomObject,
): void {
  if (element.vr === 'SQ' || element.length === 0 || element.length > 1 << 16) return;
  printableTokens(c, valueBytes(element, object.source), charset, 'private', where, options);
}

/**
 * The words of a value whose VR does not say it is text, when its bytes are all printable text: binary data is
 * not searched for (a run of random bytes would match by chance). Words of six characters or more only, and no
 * bare numbers (vendor parameters); an ID copied into such a value is caught as that ID where it came from.
 */
function printableTokens(c: Collector, bytes: Uint8Array, charset: CharacterSet, kind: IdentifierKind, where: string, options: CollectOptions): void {
  const printable = bytes.every((b) => b === 0 || b === 0x09 || b === 0x0a || b === 0x0d || (b >= 0x20 && b !== 0x7f));
  if (!printable) return;
  const text = charset.decode(bytes).replace(/\0+$/, '');
  for (const token of tokens(text)) {
    if (token.length >= 6 && !/^\d+$/.test(token) && !options.isSafeWord(token)) c.add(token, kind, where);
  }
}
