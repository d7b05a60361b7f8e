import type { CharacterSet } from '../dicom/charset.js';
import type { DicomElement } from '../dicom/dataset.js';
import { lookupTag, tagName } from '../dicom/dictionary.js';
import { emptyOutput, stringOutput } from '../dicom/encodeValue.js';
import type { OutputElement, OutputItem } from '../dicom/outputDataset.js';
import type { DicomObject } from '../dicom/readDicomFile.js';
import {
  formatTag,
  isCurveTag,
  isGroupLengthTag,
  isOverlayTag,
  isPrivateCreatorTag,
  isPrivateTag,
  privateCreatorTagFor,
  UNDEFINED_LENGTH,
  type Tag,
} from '../dicom/tag.js';
import { characterSetOf, stringValue, stringValues, valueBytes } from '../dicom/values.js';
import { isFreeTextVr, isStringVr, isVr, type Vr } from '../dicom/vr.js';
import type { ProfileOptions } from '../plan/plan.js';
import { categorize, type ActionRecord, type Outcome } from './actionRecord.js';
import { isStandardCodingScheme, NEUTRAL_PRIVATE_DESIGNATOR } from './codingSchemes.js';
import { dummyString } from './dummyValues.js';
import { collectIdentifyingValues, collectPersonalValues } from './identifyingValues.js';
import { profileRowFor } from './profileTable.js';
import type { ProfileOptionColumn } from './profileTableTypes.js';
import { resolveAction, type ProfileAction } from './resolveAction.js';
import type { UidMapper } from './uidMapper.js';

/** Cleans a free-text value down to what carries no identity (Clean Descriptors / Clean Structured Content). */
export type TextCleaner = (text: string, identifyingValues: readonly string[]) => string;

/** Everything one profile run needs besides the object. */
export interface ProfileRun {
  readonly options: ProfileOptions;
  readonly uids: UidMapper;
  /** The neutral export-local label that replaces Patient's Name and Patient ID (e.g. ANON-0001). */
  readonly patientLabel: string;
  readonly cleanText: TextCleaner;
  readonly isWellKnownUid: (uid: string) => boolean;
  /** Retain Safe Private Option: the safe private attribute matching a creator and tag, with its VR. */
  readonly safePrivate: (creator: string, tag: Tag) => { readonly vr: Vr } | undefined;
  /**
   * Top-level attributes the export writes itself (the de-identification record, and the image attributes the
   * pixel pipeline changes): a source element with such a tag is replaced, and absent ones are added.
   */
  readonly topLevel?: ReadonlyMap<Tag, TopLevelValue>;
  /** Changes at any depth that the pixel pipeline makes (geometry of resized or cropped images). */
  readonly overrides?: ElementOverrides;
}

/** Values replaced at every depth, decided before the profile's rules (the profile still applies to the rest). */
export interface ElementOverrides {
  /** A new value for an element (spacing, position, region bounds…), or undefined to leave it to the profile. */
  readonly rewrite?: (element: DicomElement, path: string) => OutputElement | undefined;
  /** Tags removed wherever they occur, with the reason (references to the unmasked source instance). */
  readonly remove?: ReadonlyMap<Tag, string>;
  /** Whether item `index` of the sequence at `sequencePath` stays (ultrasound regions cropped away do not). */
  readonly keepsItem?: (sequencePath: string, index: number) => boolean;
  /** The rule recorded for a rewritten element. */
  readonly rewriteRule: string;
}

/** A top-level value written by the export instead of whatever the source held, with the rule that says why. */
export interface TopLevelValue {
  readonly output: OutputElement | undefined;
  readonly rule: string;
}

export interface ProfileResult {
  readonly dataset: OutputElement[];
  readonly records: ActionRecord[];
}

const PATIENT_NAME = 0x00100010;
const PATIENT_ID = 0x00100020;

/**
 * Code Sequence Macro attributes (PS3.3 Table 8.8-1): coded concepts from coding schemes, kept inside cleaned
 * content (an SR must still say what it measured) unless the scheme is private ("99…"), whose meanings are free
 * text and are cleaned.
 */
const CODE_ATTRIBUTES: ReadonlySet<Tag> = new Set([
  0x00080100, 0x00080102, 0x00080103, 0x00080104, 0x00080105, 0x00080106, 0x00080107, 0x0008010b, 0x0008010d,
  0x0008010f, 0x00080117, 0x00080118, 0x00080119, 0x00080120, 0x00080121, 0x00080122,
]);
const CODING_SCHEME_DESIGNATOR = 0x00080102;
/** Code Value, Code Meaning, Long Code Value, URN Code Value: what a local code says. */
const CODE_TEXT_ATTRIBUTES: ReadonlySet<Tag> = new Set([0x00080100, 0x00080104, 0x00080119, 0x00080120]);

const OPTION_NAMES: Record<ProfileOptionColumn, string> = {
  rtnLongFullDatesOpt: 'Retain Longitudinal Full Dates',
  rtnLongModifDatesOpt: 'Retain Longitudinal Modified Dates',
  cleanDescOpt: 'Clean Descriptors',
  cleanStructContOpt: 'Clean Structured Content',
  cleanGraphOpt: 'Clean Graphics',
  rtnUIDsOpt: 'Retain UIDs',
  rtnDevIdOpt: 'Retain Device Identity',
  rtnInstIdOpt: 'Retain Institution Identity',
  rtnPatCharsOpt: 'Retain Patient Characteristics',
  rtnSafePrivOpt: 'Retain Safe Private',
};

interface Scope {
  readonly path: string;
  readonly charset: CharacterSet;
  /** Inside a sequence whose content is cleaned (action C or D on the sequence): free text here is cleaned too. */
  readonly cleaning: boolean;
  /** The data set or item codes a concept from a published coding scheme (so its code and meaning are kept). */
  readonly standardScheme?: boolean;
}

const TEXT_VRS: ReadonlySet<Vr> = new Set<Vr>(['LO', 'SH', 'LT', 'ST', 'UT', 'UC']);
/** Bytes per value of the binary number VRs (PS3.5 6.2). */
const BINARY_VALUE_SIZE: ReadonlyMap<Vr, number> = new Map<Vr, number>([
  ['US', 2], ['SS', 2], ['UL', 4], ['SL', 4], ['FL', 4], ['AT', 4], ['FD', 8], ['UV', 8], ['SV', 8],
]);

/** Whether `count` values fit a PS3.6 value multiplicity ("1", "1-3", "2-n", "2-2n"); an unknown form fits. */
export function fitsMultiplicity(vm: string, count: number): boolean {
  if (!Number.isInteger(count)) return false;
  let m = /^(\d+)$/.exec(vm);
  if (m) return count === Number(m[1]);
  m = /^(\d+)-(\d+)$/.exec(vm);
  if (m) return count >= Number(m[1]) && count <= Number(m[2]);
  m = /^(\d+)-n$/.exec(vm);
  if (m) return count >= Number(m[1]);
  m = /^(\d+)-(\d+)n$/.exec(vm);
  if (m) return count >= Number(m[1]) && count % Number(m[2]) === 0;
  return true;
}

/** Groups that belong to a command (0000), the file meta information (0002) or a DICOMDIR (0004), not to an object. */
const FOREIGN_GROUPS: ReadonlySet<number> = new Set([0x0000, 0x0002, 0x0004]);
/** VRs whose values the profile replaces, empties, removes or cleans whatever the attribute (see effectiveVr). */
const CAREFUL_VRS: ReadonlySet<Vr> = new Set<Vr>(['PN', 'DA', 'DT', 'TM', 'AS', 'UI', 'LT', 'ST', 'UT']);
const BINARY_VRS: ReadonlySet<Vr> = new Set<Vr>(['OB', 'OD', 'OF', 'OL', 'OV', 'OW', 'UN', 'UR', 'AT']);

/**
 * Attributes outside Table E.1-1 whose names say they hold words an operator typed (descriptions, comments,
 * labels): the Basic Profile would keep them, but free text is where identities hide, so they are cleaned.
 */
export const DESCRIPTIVE_KEYWORD = /(Description|Comments?|Label|Notes?|Text|Remarks?|Reason|History|Explanation)$/;

/**
 * Applies the PS3.15 Annex E profile with the plan's options to every element at every depth, and records for
 * each source element what happened and which rule decided.
 */
export function applyProfile(object: DicomObject, run: ProfileRun): ProfileResult {
  return new ProfileWalker(object, run).run();
}

class ProfileWalker {
  private readonly records: ActionRecord[] = [];
  private readonly identifying: readonly string[];
  /** The patient's and other persons' names and the patient's IDs (collectPersonalValues). */
  private readonly personal: readonly string[];

  constructor(
    private readonly object: DicomObject,
    private readonly run_: ProfileRun,
  ) {
    this.identifying = collectIdentifyingValues(object.dataset);
    this.personal = collectPersonalValues(object.dataset);
  }

  run(): ProfileResult {
    const scope: Scope = { path: '', charset: characterSetOf(this.object.dataset), cleaning: false };
    const dataset = this.elements(this.object.dataset, scope, this.run_.topLevel);
    for (const [tag, value] of this.run_.topLevel ?? []) {
      if (value.output && !this.object.dataset.some((e) => e.tag === tag)) dataset.push(value.output);
    }
    return { dataset, records: this.records };
  }

  private record(element: DicomElement, path: string, vr: Vr, outcome: Outcome, rule: string): void {
    this.records.push({ path, tag: element.tag, name: tagName(element.tag), vr, outcome, rule, category: categorize(element.tag, vr) });
  }

  private elements(list: readonly DicomElement[], parent: Scope, replacements?: ReadonlyMap<Tag, TopLevelValue>): OutputElement[] {
    const designator = list.find((e) => e.tag === CODING_SCHEME_DESIGNATOR);
    const standardScheme = designator !== undefined && isStandardCodingScheme(stringValue(designator));
    const scope: Scope = { ...parent, charset: characterSetOf(list, parent.charset), standardScheme };
    const creators = new Map<Tag, string>();
    for (const element of list) {
      if (isPrivateCreatorTag(element.tag)) creators.set(element.tag, stringValue(element, scope.charset));
    }
    const keptCreators = new Set<Tag>();
    const seen = new Set<Tag>();
    const out: OutputElement[] = [];
    for (const element of list) {
      const path = `${scope.path}${formatTag(element.tag)}`;
      if (seen.has(element.tag)) {
        this.record(element, path, element.vr, 'removed', 'Peitto: duplicate of an earlier element with the same tag (PS3.5 7.1)');
        continue;
      }
      seen.add(element.tag);
      const replacement = replacements?.get(element.tag);
      if (replacement) {
        this.record(element, path, element.vr, replacement.output ? 'replaced' : 'removed', replacement.rule);
        if (replacement.output) out.push(replacement.output);
        continue;
      }
      if (isPrivateCreatorTag(element.tag)) continue;
      const result = this.element(element, path, scope, creators, keptCreators);
      if (result) out.push(result);
    }
    for (const element of list) {
      if (!isPrivateCreatorTag(element.tag) || out.some((o) => o.kind === 'source' && o.element === element)) continue;
      if (keptCreators.has(element.tag) && !out.some((o) => o.kind === 'source' && o.element.tag === element.tag)) {
        out.push({ kind: 'source', element, vr: 'LO' });
        this.record(element, `${scope.path}${formatTag(element.tag)}`, 'LO', 'kept', 'PS3.15 E.3.10 Retain Safe Private: creator of retained private attributes');
      } else if (!keptCreators.has(element.tag)) {
        this.record(element, `${scope.path}${formatTag(element.tag)}`, element.vr, 'removed', 'PS3.15 E.1-1 private attributes: X');
      }
    }
    return out;
  }

  /**
   * The VR an element is treated as. The rules below choose by VR, so a wrong VR in the file must never make them
   * less careful: Image Comments written as DS, or a Request Attributes Sequence written as UV, was kept as
   * "numbers, no text to clean", names and all. So a dictionary VR of character data or of a sequence wins over
   * the file's (a sequence whose bytes were not parsed as one is emptied as unreadable), except where the file
   * says name, date, time, age, UID or free text: those rules replace, empty, remove or clean, and the export's
   * verification searches for such values by the file's VR. A UN of a known tag takes its dictionary VR (the
   * bytes are implicit LE).
   */
  private effectiveVr(element: DicomElement): Vr {
    if (element.items) return 'SQ';
    const text = lookupTag(element.tag)?.vrText;
    const dictionary = text && isVr(text) ? text : undefined;
    if (!dictionary || CAREFUL_VRS.has(element.vr)) return element.vr;
    if (element.vr === 'UN' || dictionary === 'SQ' || isStringVr(dictionary)) return dictionary;
    return element.vr;
  }

  private element(
    element: DicomElement,
    path: string,
    scope: Scope,
    creators: ReadonlyMap<Tag, string>,
    keptCreators: Set<Tag>,
  ): OutputElement | undefined {
    const vr = this.effectiveVr(element);
    const remove = (rule: string): undefined => {
      this.record(element, path, vr, 'removed', rule);
      return undefined;
    };
    if (isGroupLengthTag(element.tag)) return remove('Peitto: group length, retired (PS3.5 7.2), not written');
    if (FOREIGN_GROUPS.has(element.tag >>> 16)) {
      return remove('Peitto: command, file meta or directory attribute inside a data set (PS3.7, PS3.10 7.1, PS3.3 F), where it can name a station or a file set');
    }
    const overrides = this.run_.overrides;
    const removal = overrides?.remove?.get(element.tag);
    if (removal) return remove(removal);
    if (overrides?.rewrite && !element.items) {
      const rewritten = overrides.rewrite(element, path);
      if (rewritten) {
        this.record(element, path, vr, 'replaced', overrides.rewriteRule);
        return rewritten;
      }
    }
    if (isPrivateTag(element.tag)) {
      const creatorTag = privateCreatorTagFor(element.tag);
      const creator = creators.get(creatorTag);
      const safe = this.run_.options.retainSafePrivate && creator !== undefined ? this.run_.safePrivate(creator, element.tag) : undefined;
      if (!safe) return remove('PS3.15 E.1-1 private attributes: X');
      keptCreators.add(creatorTag);
      this.record(element, path, safe.vr, 'kept', `PS3.15 E.3.10 Retain Safe Private: safe attribute of '${creator}'`);
      return { kind: 'source', element, vr: safe.vr };
    }
    if (isOverlayTag(element.tag)) return remove('Peitto guideline profile: overlays removed (PS3.15 E.1-1 (60xx,xxxx))');
    if (isCurveTag(element.tag)) return remove('Peitto guideline profile: curves removed (PS3.15 E.1-1 (50xx,xxxx))');

    if (element.tag === PATIENT_NAME || element.tag === PATIENT_ID) {
      const out = stringOutput(element.tag, vr, [this.run_.patientLabel]);
      this.record(element, path, vr, 'replaced', 'Peitto: neutral export-local label (PS3.15 E.1-1 Z/D)');
      return out;
    }

    const row = profileRowFor(element.tag);
    if (row) {
      const resolved = resolveAction(row, this.run_.options, vr);
      const by = resolved.option ? OPTION_NAMES[resolved.option] : 'basic';
      const arrow = resolved.code.includes('/') ? ` → ${resolved.action}` : '';
      return this.apply(resolved.action, element, vr, path, scope, `PS3.15 E.1-1 ${by} ${resolved.code}${arrow}`);
    }

    if (!lookupTag(element.tag)) return remove('Peitto: not in the PS3.6 data dictionary, so its content cannot be checked');
    if (vr === 'SQ') return this.apply('K', element, vr, path, scope, 'not in E.1-1: kept, content checked item by item');
    if (vr === 'UI') return this.apply('U', element, vr, path, scope, 'Peitto: UIDs that are not well-known standard UIDs are replaced');
    if (vr === 'PN') return this.apply('D', element, vr, path, scope, 'Peitto: person name not in E.1-1 replaced by a dummy');
    if (vr === 'DA' || vr === 'DT' || vr === 'TM') {
      return this.apply('Z', element, vr, path, scope, 'Peitto: date/time not in E.1-1 emptied (guideline: no date of exposure)');
    }
    if (vr === 'AS') return remove('Peitto: age not in E.1-1 removed (guideline: no exact age)');
    if (CODE_ATTRIBUTES.has(element.tag)) {
      if (scope.standardScheme && CODE_TEXT_ATTRIBUTES.has(element.tag) && this.holdsIdentifier(element, scope)) {
        // PS3.15 E.3.5 Clean Structured Content: content that identifies the patient is cleaned wherever it is;
        // a device that writes a channel label or a name into the meaning of a published code (a waveform's
        // Channel Source Sequence, an annotation's Concept Name) has made that meaning free text.
        return this.apply('C', element, vr, path, scope, 'Peitto: code of a published coding scheme holding an identifier of the object is cleaned');
      }
      if (scope.standardScheme) return this.apply('K', element, vr, path, scope, 'not in E.1-1: code of a published coding scheme kept');
      if (element.tag === CODING_SCHEME_DESIGNATOR) {
        if (stringValue(element) === NEUTRAL_PRIVATE_DESIGNATOR) return this.apply('K', element, vr, path, scope, 'not in E.1-1: kept');
        this.record(element, path, vr, 'replaced', 'Peitto: a local coding scheme designator may name the institution (PS3.16 8.2)');
        return stringOutput(element.tag, vr, [NEUTRAL_PRIVATE_DESIGNATOR]);
      }
      if (CODE_TEXT_ATTRIBUTES.has(element.tag)) {
        return this.apply('C', element, vr, path, scope, 'Peitto: code of a private or unknown coding scheme is cleaned (may be a local identifier)');
      }
      return this.apply('K', element, vr, path, scope, 'not in E.1-1: kept');
    }
    if ((scope.cleaning && TEXT_VRS.has(vr)) || isFreeTextVr(vr)) {
      const why = scope.cleaning ? 'Peitto: text inside cleaned content is cleaned' : 'Peitto: free text not in E.1-1 is cleaned';
      return this.apply('C', element, vr, path, scope, why);
    }
    if (TEXT_VRS.has(vr) && DESCRIPTIVE_KEYWORD.test(lookupTag(element.tag)?.keyword ?? '')) {
      return this.apply('C', element, vr, path, scope, 'Peitto: descriptive text not in E.1-1 is cleaned');
    }
    const multiplicity = BINARY_VALUE_SIZE.get(vr) && !element.items ? element.length / BINARY_VALUE_SIZE.get(vr)! : undefined;
    const vm = lookupTag(element.tag)?.vm;
    if (multiplicity !== undefined && vm !== undefined && !fitsMultiplicity(vm, multiplicity)) {
      // Numbers that do not fit the attribute (22 values where PS3.6 says 3) are not what the attribute holds: a
      // damaged tag can carry another element's value, an identifier's bytes too, into a kept attribute.
      return remove(`Peitto: ${multiplicity} values where PS3.6 allows VM ${vm}: a damaged or misused attribute, removed`);
    }
    if (TEXT_VRS.has(vr)) {
      // PS3.15 E.1: information that identifies the patient is removed wherever it is. A value that repeats a
      // person's name or the patient's ID (a damaged or misused attribute) is not kept as it is.
      if (this.holdsIdentifier(element, scope, this.personal)) return this.apply('C', element, vr, path, scope, "Peitto: a kept attribute that repeats a person's name or the patient's ID is cleaned");
    }
    return this.apply('K', element, vr, path, scope, 'not in E.1-1: kept');
  }

  /** Whether a text value contains one of the object's identifying values (as a word, or verbatim when it has several). */
  private holdsIdentifier(element: DicomElement, scope: Scope, values: readonly string[] = this.identifying): boolean {
    const text = stringValues({ ...element, bytes: valueBytes(element, this.object.source) }, scope.charset).join(' ').toLowerCase();
    const words = new Set(text.split(/[^\p{L}\p{N}]+/u));
    return values.some((value) => {
      const v = value.toLowerCase();
      return words.has(v) || (/[^\p{L}\p{N}]/u.test(v) && text.includes(v));
    });
  }

  private apply(action: ProfileAction, element: DicomElement, vr: Vr, path: string, scope: Scope, rule: string): OutputElement | undefined {
    switch (action) {
      case 'K':
        if (vr === 'SQ') return this.sequence(element, path, scope, scope.cleaning, 'kept', rule);
        this.record(element, path, vr, 'kept', rule);
        return this.keep(element, vr);
      case 'U*':
        if (vr === 'SQ') return this.sequence(element, path, scope, scope.cleaning, 'kept', `${rule} (UIDs within replaced)`);
        return this.replaceUids(element, vr, path, scope, rule);
      case 'X':
        this.record(element, path, vr, 'removed', rule);
        return undefined;
      case 'Z':
        this.record(element, path, vr, 'emptied', rule);
        if (vr === 'SQ') return { kind: 'sequence', tag: element.tag, items: [], undefinedLength: element.length === UNDEFINED_LENGTH };
        return emptyOutput(element.tag, vr);
      case 'D':
        return this.dummy(element, vr, path, scope, rule);
      case 'U':
        if (vr !== 'UI') return this.dummy(element, vr, path, scope, rule);
        return this.replaceUids(element, vr, path, scope, rule);
      case 'C':
        return this.clean(element, vr, path, scope, rule);
    }
  }

  private keep(element: DicomElement, vr: Vr): OutputElement {
    return vr !== element.vr ? { kind: 'source', element, vr } : { kind: 'source', element };
  }

  private sequence(element: DicomElement, path: string, scope: Scope, cleaning: boolean, outcome: Outcome, rule: string): OutputElement {
    if (!element.items && element.length > 0) {
      // A sequence whose bytes could not be parsed (a UN of a SQ attribute that is not a valid implicit VR
      // sequence) cannot be checked, so nothing of it is kept.
      this.record(element, path, 'SQ', 'emptied', 'Peitto: sequence content unreadable, so it cannot be checked');
      return { kind: 'sequence', tag: element.tag, items: [], undefinedLength: false };
    }
    this.record(element, path, 'SQ', outcome, rule);
    const keeps = this.run_.overrides?.keepsItem;
    const items: OutputItem[] = [];
    (element.items ?? []).forEach((item, index) => {
      if (keeps && !keeps(path, index)) {
        for (const inner of item.elements) {
          this.record(inner, `${path}[${index}].${formatTag(inner.tag)}`, inner.vr, 'removed', 'Peitto: the region lies outside the cropped image');
        }
        return;
      }
      items.push({
        elements: this.elements(item.elements, { path: `${path}[${index}].`, charset: scope.charset, cleaning }),
        undefinedLength: item.length === UNDEFINED_LENGTH,
      });
    });
    return { kind: 'sequence', tag: element.tag, items, undefinedLength: element.length === UNDEFINED_LENGTH };
  }

  private replaceUids(element: DicomElement, vr: Vr, path: string, _scope: Scope, rule: string): OutputElement {
    const values = stringValues(element);
    const mapped = values.map((uid) => (uid === '' || this.run_.isWellKnownUid(uid) ? uid : this.run_.uids.map(uid)));
    const changed = mapped.some((uid, i) => uid !== values[i]);
    this.record(element, path, vr, changed ? 'replaced' : 'kept', changed ? rule : `${rule}: well-known UID kept`);
    return changed ? stringOutput(element.tag, 'UI', mapped) : this.keep(element, vr);
  }

  private dummy(element: DicomElement, vr: Vr, path: string, scope: Scope, rule: string): OutputElement | undefined {
    if (vr === 'SQ') return this.sequence(element, path, scope, true, 'kept', `${rule} (content cleaned item by item)`);
    if (vr === 'UI') return this.replaceUids(element, vr, path, scope, rule);
    const text = dummyString(vr);
    if (text === undefined) {
      this.record(element, path, vr, 'emptied', `${rule} (no dummy for VR ${vr}: emptied)`);
      return emptyOutput(element.tag, vr);
    }
    this.record(element, path, vr, 'replaced', rule);
    return stringOutput(element.tag, vr, [text]);
  }

  private clean(element: DicomElement, vr: Vr, path: string, scope: Scope, rule: string): OutputElement | undefined {
    if (vr === 'SQ') return this.sequence(element, path, scope, true, 'kept', `${rule} (content cleaned item by item)`);
    if (vr === 'PN' || vr === 'DA' || vr === 'DT' || vr === 'TM') return this.dummy(element, vr, path, scope, rule);
    if (vr === 'UI') return this.replaceUids(element, vr, path, scope, rule);
    if (BINARY_VRS.has(vr)) {
      this.record(element, path, vr, 'removed', `${rule} (binary content cannot be cleaned: removed)`);
      return undefined;
    }
    if (!TEXT_VRS.has(vr) && vr !== 'CS') {
      this.record(element, path, vr, 'kept', `${rule} (numbers, no text to clean)`);
      return this.keep(element, vr);
    }
    const bytes = valueBytes(element, this.object.source);
    const original = stringValues({ ...element, bytes, vr }, scope.charset);
    const cleaned = original.map((value) => this.run_.cleanText(value, this.identifying)).map((v) => encodable(v, scope.charset));
    if (cleaned.every((v, i) => v === original[i])) {
      this.record(element, path, vr, 'kept', `${rule} (nothing to clean)`);
      return this.keep(element, vr);
    }
    if (cleaned.every((v) => v === '')) {
      // Nothing safe is left: a dummy rather than an empty value, since the attribute may be Type 1 (PS3.15
      // E.1.1: C replaces with values of similar meaning known not to identify).
      this.record(element, path, vr, 'replaced', `${rule} (no vocabulary term left: dummy value)`);
      return stringOutput(element.tag, vr, [dummyString(vr) ?? '']);
    }
    this.record(element, path, vr, 'cleaned', rule);
    return stringOutput(element.tag, vr, cleaned, scope.charset);
  }
}

/** Drops words a character set cannot encode without code extension switches (the cleaner keeps whole words). */
function encodable(text: string, charset: CharacterSet): string {
  if (charset.encode(text)) return text;
  return text
    .split(' ')
    .filter((word) => charset.encode(word) !== undefined)
    .join(' ');
}
